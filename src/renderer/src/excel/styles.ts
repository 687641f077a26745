// Shared, frozen cell styles for Party documents (Times New Roman, HD 36-HD/VPTW 2018) and the
// small layout arithmetic (column pixels, estimated wrapped-line counts) the layout needs.
//
// Styles are created once and assigned by reference (`cell.style = STYLE`): exceljs de-duplicates
// style objects through a WeakMap when writing, so sharing one object per column kind keeps a
// 10,000-row export close to the cost of writing bare values. They are deep-frozen so that an
// accidental `cell.font = …` on one cell throws instead of restyling every cell sharing it.
import type ExcelJS from 'exceljs'

export const FONT_NAME = 'Times New Roman'

type Style = Partial<ExcelJS.Style>

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const v of Object.values(value as object)) deepFreeze(v)
  }
  return value
}

export function font(size: number, opts: { bold?: boolean; italic?: boolean } = {}): Partial<ExcelJS.Font> {
  return { name: FONT_NAME, family: 1, size, bold: !!opts.bold, italic: !!opts.italic }
}

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } }
export const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN }

/** Builds a style and freezes it; call at module level or once per sheet column, never per cell. */
export function frozenStyle(style: Style): Style {
  return deepFreeze(style)
}

// ——— Document parts ———

const centred = (wrap = true): Partial<ExcelJS.Alignment> => ({
  horizontal: 'center',
  vertical: 'middle',
  wrapText: wrap
})

export const STYLES = deepFreeze({
  superior: { font: font(14), alignment: centred() },
  issuingBody: { font: font(14, { bold: true }), alignment: centred() },
  star: { font: font(14), alignment: centred(false) },
  docNumber: { font: font(14), alignment: centred(false) },
  nationalTitle: { font: font(15, { bold: true }), alignment: centred() },
  /** The rule under "ĐẢNG CỘNG SẢN VIỆT NAM": underscores (partyDocument.ts ruleText), hugging the top. */
  rule: { font: font(8), alignment: { horizontal: 'center', vertical: 'top', wrapText: false } },
  dateLine: { font: font(14, { italic: true }), alignment: centred() },
  draft: { font: font(14, { bold: true }), alignment: centred(false) },
  /** The document type, e.g. "BÁO CÁO" (HD 36: bold capitals 15–16). */
  title: { font: font(15, { bold: true }), alignment: centred() },
  /** The subject line under it ("Kết quả …"), bold 14. */
  subject: { font: font(14, { bold: true }), alignment: centred() },
  subtitle: { font: font(13, { italic: true }), alignment: centred() },
  emptyMessage: { font: font(13, { italic: true }), alignment: centred() },
  tableHeader: { font: font(12, { bold: true }), alignment: centred(), border: BOX },
  groupRow: {
    font: font(12, { bold: true }),
    alignment: { horizontal: 'left', vertical: 'middle', wrapText: true },
    border: BOX
  },
  note: {
    font: font(12, { italic: true }),
    alignment: { horizontal: 'left', vertical: 'top', wrapText: true }
  },
  recipientsTitle: {
    font: font(12, { bold: true, italic: true }),
    alignment: { horizontal: 'left', vertical: 'bottom', wrapText: false }
  },
  recipients: { font: font(11), alignment: { horizontal: 'left', vertical: 'top', wrapText: true } },
  signature: {
    font: font(14, { bold: true }),
    alignment: { horizontal: 'center', vertical: 'bottom', wrapText: true }
  }
} satisfies Record<string, Style>)

// ——— Column kinds ———

export type Align = 'left' | 'center' | 'right'

/** A body-cell style for one column: font size 12, thin box, wrapped, given alignment and format. */
export function bodyStyle(align: Align, numFmt: string | undefined, bold: boolean): Style {
  const style: Style = {
    font: font(12, { bold }),
    alignment: { horizontal: align, vertical: 'middle', wrapText: true },
    border: BOX
  }
  if (numFmt) style.numFmt = numFmt
  return frozenStyle(style)
}

// ——— Layout arithmetic ———

/** Pixels of a column of `width` characters (Calibri 11 default font: 7 px a character + 5 px padding). */
export function columnPixels(width: number): number {
  return Math.trunc(width * 7 + 5)
}

// Each character is classed once per weight: toLocale*Case is slow, and a 10,000-row sheet measures
// the same few dozen letters again and again.
const EM_CACHE = [new Map<string, number>(), new Map<string, number>()]

function charEm(ch: string, bold: boolean): number {
  const cache = EM_CACHE[bold ? 1 : 0]
  let em = cache.get(ch)
  if (em === undefined) cache.set(ch, (em = classEm(ch, bold)))
  return em
}

/** Width of one character in em of Times New Roman (averages by class; Vietnamese marks add none). */
function classEm(ch: string, bold: boolean): number {
  if (ch === ' ') return 0.25
  if (ch === '_') return 0.5
  if (/[.,:;'!|]/.test(ch)) return 0.27
  if (/[0-9]/.test(ch)) return 0.5
  if (ch !== ch.toLocaleLowerCase('vi')) return bold ? 0.74 : 0.68
  if (ch !== ch.toLocaleUpperCase('vi')) return bold ? 0.5 : 0.46
  return 0.4 // other punctuation: - / ( ) * %
}

/** Estimated pixel width of a single line of text in Times New Roman at a size (points). */
export function textPixels(text: string, size: number, bold = false): number {
  let em = 0
  for (const ch of text) em += charEm(ch, bold)
  return Math.ceil((em * size * 96) / 72)
}

/**
 * Rough count of lines a text takes when wrapped in a cell `pixels` wide. Rows whose cells wrap get
 * an explicit height from this: merged cells are never auto-fitted (Excel, LibreOffice), and
 * LibreOffice does not auto-fit rows of an imported xlsx at all. Errs on the generous side.
 */
export function estimateLines(text: string, pixels: number, size: number, bold = false): number {
  const room = pixels - 10
  const space = textPixels(' ', size, bold)
  let lines = 0
  for (const paragraph of text.split('\n')) {
    // Greedy word wrap, as Excel and LibreOffice do: a line may also end after a hyphen inside a
    // word ("…-du-sinh-" / "hoat-2025.xlsx"); a piece longer than the line is broken.
    let line = 0
    lines++
    for (const word of paragraph.split(' ')) {
      word.split(/(?<=-)/).forEach((piece, i) => {
        const w = textPixels(piece, size, bold)
        const gap = i === 0 ? space : 0
        if (line > 0 && line + gap + w <= room) line += gap + w
        else {
          if (line > 0) lines++
          line = w
          while (line > room) {
            lines++
            line -= room
          }
        }
      })
    }
  }
  return lines
}

/**
 * Row height in points for `lines` lines of a font size: a line of Times New Roman takes 1.125 × its
 * size (its ascent and descent, 1.107 em, rounded to whole pixels; LibreOffice prints 12 pt lines
 * 13.5 pt apart), plus 2 pt for the marks above Vietnamese capitals (Ễ, Ỗ); rounded up to a quarter
 * point. One line of 12 pt → 15.5 pt (Excel's own row for Times New Roman 12: 15.75 pt).
 */
export function heightForLines(lines: number, size: number): number {
  return Math.ceil((lines * size * 1.125 + 2) * 4) / 4
}
