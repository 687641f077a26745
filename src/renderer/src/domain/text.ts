// Text typed or imported into a record: invisible and direction-changing characters removed, and
// lengths kept sensible. One function for every write path (forms, imports, demo data), applied by
// the repositories, so no path can store a name that looks like another one (a zero-width space in
// "Nguyễn Văn An") or reads backwards on screen and in Excel (U+202E), and no cell overflows Excel's
// 32,767-character limit (docs/design.md §7).
import { MEMBER_FIELD_LABELS } from './members/fieldLabels'

/**
 * Zero-width and direction marks (U+200B–U+200F), bidi embeddings/overrides (U+202A–U+202E), bidi
 * isolates (U+2066–U+2069), the byte-order mark / zero-width no-break space (U+FEFF), soft hyphen,
 * word joiner and other invisible format characters (U+2060–U+2064, U+00AD), and control characters
 * (C0 and C1) other than tab and line breaks.
 */
const INVISIBLE =
  /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g
const LINE_BREAKS = /[\t\r\n]+/g

export const TEXT_LIMITS = {
  /** Names of people and cells. */
  name: 100,
  /** Notes and every other free text field. */
  note: 2_000,
  /** A meeting's agenda, conclusion and similar minutes text. */
  long: 10_000,
  /** Excel's limit for one cell: nothing the app writes may exceed it. */
  excelCell: 32_767
} as const

/** Fields that hold a name: one line, at most TEXT_LIMITS.name. */
const NAME_FIELDS = new Set(['fullName', 'name', 'chairName', 'secretaryName', 'ownerName'])
/** Minutes text that can be long. */
const LONG_FIELDS = new Set(['agenda', 'conclusion', 'topic', 'voteResult', 'content'])

const FIELD_LABELS: Record<string, string> = {
  fullName: 'Họ và tên',
  name: 'Tên',
  note: 'Ghi chú',
  chairName: 'Người chủ trì',
  secretaryName: 'Thư ký',
  ownerName: 'Người thực hiện',
  agenda: 'Nội dung',
  conclusion: 'Kết luận',
  topic: 'Chủ đề',
  address: MEMBER_FIELD_LABELS.address,
  hometown: MEMBER_FIELD_LABELS.hometown
}

export function textLimit(field: string): number {
  return NAME_FIELDS.has(field)
    ? TEXT_LIMITS.name
    : LONG_FIELDS.has(field)
      ? TEXT_LIMITS.long
      : TEXT_LIMITS.note
}

/**
 * Removes invisible and direction-changing characters; a name also loses line breaks and tabs.
 * (names.ts `cleanText`, used by every form and import for one-line text, calls it first.)
 */
export function removeInvisible(text: string, field = ''): string {
  const visible = text.replace(INVISIBLE, '')
  return NAME_FIELDS.has(field) ? visible.replace(LINE_BREAKS, ' ') : visible
}

/** Vietnamese message when a field's text is too long, or null. */
export function textLengthIssue(field: string, text: string): string | null {
  const max = textLimit(field)
  return text.length > max
    ? `${FIELD_LABELS[field] ?? 'Nội dung'} dài ${text.length.toLocaleString('vi-VN')} ký tự, quá giới hạn ${max.toLocaleString('vi-VN')} ký tự.`
    : null
}

/** A text too long to store; its message is for the clerk. */
export class TextTooLongError extends Error {
  readonly userMessage: string
  constructor(message: string) {
    super(message)
    this.name = 'TextTooLongError'
    this.userMessage = message
  }
}

/**
 * A copy of a record (and the plain objects and arrays inside it) with every string cleaned.
 * Throws TextTooLongError when one is over its field's limit: the write stops, nothing is stored.
 */
export function cleanRecordText<T>(record: T, field = ''): T {
  if (typeof record === 'string') {
    const cleaned = removeInvisible(record, field)
    const issue = textLengthIssue(field, cleaned)
    if (issue) throw new TextTooLongError(issue)
    return cleaned as T
  }
  if (Array.isArray(record)) return record.map((item) => cleanRecordText(item, field)) as T
  if (record && typeof record === 'object' && Object.getPrototypeOf(record) === Object.prototype) {
    const out: Record<string, unknown> = {}
    // for…in, not Object.entries: no array of pairs per record (an import cleans 30,000 of them).
    for (const key in record) out[key] = cleanRecordText(record[key], key)
    return out as T
  }
  return record
}
