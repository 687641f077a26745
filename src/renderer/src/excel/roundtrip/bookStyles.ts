// Frozen styles of a cell's book. Cells the secretary writes in are unlocked and white; everything
// else is locked (the sheet is protected, without a password: it stops a slip, not a person).
import type ExcelJS from 'exceljs'
import { BOX, font, frozenStyle } from '../styles'

const GREY: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } }
const left = { horizontal: 'left', vertical: 'middle', wrapText: true } as const
const centre = { horizontal: 'center', vertical: 'middle', wrapText: true } as const
const UNLOCKED = { locked: false }

export const BOOK_STYLES = {
  org: frozenStyle({ font: font(12), alignment: left }),
  cell: frozenStyle({ font: font(12, { bold: true }), alignment: left }),
  title: frozenStyle({ font: font(14, { bold: true }), alignment: centre }),
  legend: frozenStyle({ font: font(11, { italic: true }), alignment: { ...left, vertical: 'top' } }),
  header: frozenStyle({ font: font(11, { bold: true }), alignment: centre, border: BOX, fill: GREY }),
  nameHeader: frozenStyle({
    font: font(11, { bold: true }),
    alignment: { horizontal: 'center', vertical: 'bottom', textRotation: 90, wrapText: false },
    border: BOX,
    fill: GREY
  }),
  stt: frozenStyle({ font: font(12), alignment: centre, border: BOX, fill: GREY }),
  lockedText: frozenStyle({ font: font(12), alignment: left, border: BOX, fill: GREY }),
  lockedMark: frozenStyle({ font: font(12), alignment: centre, border: BOX, fill: GREY }),
  inputText: frozenStyle({ font: font(12), alignment: left, border: BOX, protection: UNLOCKED }),
  inputCentre: frozenStyle({
    font: font(12),
    alignment: centre,
    border: BOX,
    protection: UNLOCKED,
    numFmt: '@'
  }),
  inputDate: frozenStyle({
    font: font(12),
    alignment: centre,
    border: BOX,
    protection: UNLOCKED,
    numFmt: 'dd/mm/yyyy'
  }),
  inputScore: frozenStyle({
    font: font(12),
    alignment: centre,
    border: BOX,
    protection: UNLOCKED,
    numFmt: '0.##'
  }),
  sign: frozenStyle({ font: font(12, { bold: true }), alignment: centre })
}
