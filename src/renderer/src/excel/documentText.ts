// The words of a Party document's frame (HD 36-HD/VPTW 2018; docs/design.md §7): the number line,
// the date line, the document type and subject of the title, the "Nơi nhận" lines. Pure text, no
// exceljs: the layout (partyDocument.ts) places them.
import { foldForSearch } from '@renderer/domain/names'
import { parseIsoDate, parseTypedDate } from '@renderer/domain/dates'

/** Document types of HD 36 the app issues, with the code written in the number ("Số 12-BC/ĐU"). */
export const DOCUMENT_KINDS = {
  'Báo cáo': 'BC',
  'Danh sách': 'DS',
  'Tờ trình': 'TTr',
  'Thông báo': 'TB',
  'Biên bản': 'BB',
  'Kế hoạch': 'KH'
} as const

export type DocumentKind = keyof typeof DOCUMENT_KINDS

/** What the number line shows in place of the number left to fill in by hand. */
const BLANK_NUMBER = '      '

export function upper(text: string): string {
  return text.normalize('NFC').toLocaleUpperCase('vi')
}

/** "Danh sách đảng viên …" → kind 'Danh sách' and subject "Đảng viên …"; unknown kinds keep the title. */
export function splitTitle(
  title: string,
  kind?: DocumentKind
): { kind: DocumentKind | null; heading: string; subject: string } {
  const text = title.normalize('NFC').trim()
  const found =
    kind ??
    (Object.keys(DOCUMENT_KINDS) as DocumentKind[]).find((k) =>
      foldForSearch(text).startsWith(foldForSearch(k) + ' ')
    )
  if (!found) return { kind: null, heading: upper(text), subject: '' }
  const rest = foldForSearch(text).startsWith(foldForSearch(found) + ' ')
    ? text.slice(found.length).trim()
    : text
  return {
    kind: found,
    heading: upper(found),
    subject: rest.charAt(0).toLocaleUpperCase('vi') + rest.slice(1)
  }
}

/**
 * The number line: "12-BC" + "/ĐU" → "Số 12-BC/ĐU"; a bare "12" takes the kind's code ("Số 12-DS/ĐU");
 * no number → "Số       -DS/ĐU", the number left blank to be written by hand (HD 36).
 */
export function numberLine(number: string | undefined, code: string, suffix: string): string {
  const n = (number ?? '')
    .normalize('NFC')
    .trim()
    .replace(/^Số\s*/i, '')
  const s = suffix.normalize('NFC').trim()
  if (!n) return `Số ${BLANK_NUMBER}-${code}${s}`
  const withCode = /^\d+$/.test(n) ? `${n}-${code}` : n
  return `Số ${s && !withCode.endsWith(s) ? withCode + s : withCode}`
}

/** "12-BC" + "/ĐU" → "Số 12-BC/ĐU"; empty when no number is given (kept for callers of the old API). */
export function formatDocumentNumber(number: string | undefined, suffix: string): string {
  return number?.trim() ? numberLine(number, 'BC', suffix) : ''
}

/**
 * "<place>, ngày dd tháng m năm yyyy" as HD 36 writes it: a leading zero for days below 10 and for
 * months 1 and 2 only ("ngày 03 tháng 4 năm 2018", "ngày 05 tháng 01 năm 2026").
 */
export function formatDateLine(placeName: string, date: Date | string | undefined): string {
  let y: number, m: number, d: number
  if (date === undefined || date instanceof Date) {
    const t = date ?? new Date()
    ;[y, m, d] = [t.getFullYear(), t.getMonth() + 1, t.getDate()]
  } else {
    const p = parseIsoDate(parseTypedDate(date) ?? date)
    if (!p || /^\d{4}$/.test(date.trim())) throw new Error(`Ngày văn bản không hợp lệ: "${date}".`)
    ;[y, m, d] = [p.year, p.month, p.day]
  }
  const day = String(d).padStart(2, '0')
  const month = m <= 2 ? String(m).padStart(2, '0') : String(m)
  const place = placeName.normalize('NFC').trim()
  return `${place ? place + ', ' : ''}ngày ${day} tháng ${month} năm ${y}`
}

/** "- …," lines, the archive line last ("- Lưu VP Đảng ủy." or, for a cell, "- Lưu Chi bộ."). */
export function recipientLines(recipients: string[] | undefined, archiveLine = 'Lưu VP Đảng ủy'): string[] {
  const clean = (s: string): string =>
    s
      .normalize('NFC')
      .trim()
      .replace(/^[-–•+]\s*/, '')
      .replace(/[\s,;.]+$/, '')
  const isArchive = (s: string): boolean => foldForSearch(s).startsWith('luu ')
  const given = (recipients ?? []).map(clean).filter(Boolean)
  const list = [...given.filter((s) => !isArchive(s)), given.find(isArchive) ?? clean(archiveLine)]
  return list.map((s, i) => `- ${s}${i === list.length - 1 ? '.' : ','}`)
}
