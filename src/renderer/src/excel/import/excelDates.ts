// Excel's day numbers, read from .xlsx (./xlsxXml) and legacy .xls (./grid) alike: day 0 is
// 30/12/1899 (the 1900 system with its phantom 29/02/1900) or, in a 1904-system workbook (Mac
// Excel's old default), 1462 days later.
const DAY_0 = Date.UTC(1899, 11, 30)
const DAYS_1904 = 1462
const DAY_MS = 86_400_000

/**
 * The last day Excel shows, 31/12/9999. A date-formatted number outside 0…this names no day (Excel
 * shows "#####"): the readers keep it as the number, which an import then reports as a problem,
 * instead of an invalid Date that would fail the whole read.
 */
export const MAX_EXCEL_SERIAL = 2_958_465

export function isExcelDay(serial: number): boolean {
  return serial >= 0 && serial <= MAX_EXCEL_SERIAL
}

/** The instant a day number names, its time of day kept (as exceljs read it). */
export function excelSerialToInstant(serial: number, date1904 = false): Date {
  return new Date(DAY_0 + Math.round((serial + (date1904 ? DAYS_1904 : 0)) * DAY_MS))
}

/**
 * The day a day number names, at UTC midnight: its whole part, as Excel shows it (a date at 14:30 is
 * still that day); a second below the next day is float error of that day, not a time.
 */
export function excelSerialToDate(serial: number, date1904 = false): Date {
  return excelSerialToInstant(Math.floor(serial + 1 / 86_400), date1904)
}
