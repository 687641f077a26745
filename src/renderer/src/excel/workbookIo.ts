// Creating a workbook and turning it into bytes (the bytes go to `platform` to be saved).
import ExcelJS from 'exceljs'
import { FONT_NAME } from './styles'

/**
 * The workbook's default font (font 0 of styles.xml, the "Normal" style every unstyled cell and the
 * column-width unit use). exceljs always writes Calibri 11 there; it adds that font only when its
 * list is still empty, so putting Times New Roman 11 in first makes it the default. Size 11 keeps
 * the width unit at 7 px a character, as the layout arithmetic assumes (styles.ts columnPixels).
 */
const DEFAULT_FONT = { name: FONT_NAME, family: 1, size: 11, color: { theme: 1 } }

interface StyleManager {
  model?: { fonts?: unknown[] }
  _addFont?: (font: object) => number
}

/** A new workbook signed "Sổ Chi bộ", written with Times New Roman as its default font. */
export function newWorkbook(now: Date = new Date()): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook()
  wb.creator = 'Sổ Chi bộ'
  wb.lastModifiedBy = 'Sổ Chi bộ'
  wb.created = now
  wb.modified = now
  useDefaultFont(wb)
  return wb
}

/**
 * exceljs has no option for the default font. Its writer creates the style manager inside
 * `prepareModel` (the same name in the Node and the browser build); catching the assignment lets
 * the first font be ours. Without the internals (another exceljs version) the file stays valid,
 * with Calibri as its default — and the fit-to-send check in the tests fails, so it is noticed.
 */
function useDefaultFont(wb: ExcelJS.Workbook): void {
  const xlsx = wb.xlsx as unknown as { prepareModel?: (model: object, options: object) => unknown }
  const prepare = xlsx.prepareModel
  if (typeof prepare !== 'function') return
  xlsx.prepareModel = function (model: object, options: object) {
    let styles: StyleManager | undefined
    Object.defineProperty(model, 'styles', {
      configurable: true,
      enumerable: true,
      get: () => styles,
      set: (value: StyleManager) => {
        if (value?.model?.fonts?.length === 0 && typeof value._addFont === 'function')
          value._addFont(DEFAULT_FONT)
        styles = value
      }
    })
    return prepare.call(this, model, options)
  }
}

/** The xlsx file as bytes, in Node (a Buffer) and in the browser (an ArrayBuffer) alike. */
export async function workbookToBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  // exceljs types this as its own `Buffer` (an ArrayBuffer); at run time it is a Uint8Array subclass.
  const buffer: unknown = await wb.xlsx.writeBuffer()
  return buffer instanceof Uint8Array
    ? new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
    : new Uint8Array(buffer as ArrayBuffer)
}

/** A new workbook holding what `add` lays out in it: what every report's build…Workbook returns. */
export function workbookWith(add: (wb: ExcelJS.Workbook) => unknown, now?: Date): ExcelJS.Workbook {
  const wb = newWorkbook(now)
  add(wb)
  return wb
}

/** The bytes of `workbookWith(add, now)`. */
export function bytesWith(add: (wb: ExcelJS.Workbook) => unknown, now?: Date): Promise<Uint8Array> {
  return workbookToBytes(workbookWith(add, now))
}

/**
 * The "one document" builder of a sheet builder: `documentBytes(addX)(…args)` is the bytes of a
 * workbook holding `addX(wb, …args)` alone (the year-end pack puts the same sheets in one workbook).
 */
export function documentBytes<P extends unknown[]>(
  add: (wb: ExcelJS.Workbook, ...args: P) => unknown
): (...args: P) => Promise<Uint8Array> {
  return (...args) => bytesWith((wb) => add(wb, ...args))
}

/** The same as a workbook, dated `now` (tests fix the date): `documentWorkbook(addX)(settings, a, b, now?)`. */
export function documentWorkbook<S, A, B>(
  add: (wb: ExcelJS.Workbook, settings: S, a: A, b: B) => unknown
): (settings: S, a: A, b: B, now?: Date) => ExcelJS.Workbook {
  return (settings, a, b, now) => workbookWith((wb) => add(wb, settings, a, b), now)
}
