// Both sheets of a cell's book are matched to the database by row position: register row i is
// identity.meetingIds[i], rating row i is identity.ratingRoll[i]. The sheets are protected without
// a password, so a secretary can unprotect them and insert, delete or sort rows; read by position,
// one meeting's minutes or one member's rating would then land on another. These checks find such
// a sheet, and plan.ts refuses it whole rather than guess which row went where.
import type { IsoDate, MeetingType } from '../entities'
import { formatDate } from '../dates'
import { MEETING_TYPE_LABELS } from '../labels'
import { foldForSearch } from '../names'
import type { ReturnedBook, ReturnedRegisterRow } from './content'
import { parseDateValue, parseMeetingType, textOf } from './values'

/** "2026-01-05|regular": a recorded meeting's row as the file was made (identity.meetingKeys). */
export const meetingKey = (date: IsoDate, type: MeetingType): string => `${date}|${type}`

function keyOfRow(row: ReturnedRegisterRow): string | null {
  const date = parseDateValue(row.date)
  const type = parseMeetingType(row.type)
  return date.ok && type.ok ? meetingKey(date.value, type.value) : null
}

const registerMoved = (detail: string) =>
  `Các dòng của sổ sinh hoạt đã bị chèn, xóa hoặc sắp xếp lại (${detail}). Sổ sinh hoạt không được nhập; hãy ghi vào đúng các dòng có sẵn của sổ đã giao, không chèn, xóa hay sắp xếp dòng.`

/**
 * Why the register's rows are no longer where the file put them, or null. The locked STT numbers
 * catch a row inserted or deleted anywhere and a sort that took them along; the recorded meetings'
 * keys catch a sort that left them behind. A recorded meeting's date or type corrected in its own
 * row is not a move.
 */
export function registerRowsMoved(book: ReturnedBook): string | null {
  const rows = book.register
  for (const [i, row] of rows.entries()) {
    const stt = textOf(row.stt)
    if (stt === String(i + 1)) continue
    return registerMoved(
      stt
        ? `dòng ${row.rowNumber} mang số thứ tự ${stt}, sổ giao là ${i + 1}`
        : `dòng ${row.rowNumber} không có số thứ tự, sổ giao là ${i + 1}`
    )
  }
  const keys = book.identity.meetingKeys
  if (!keys) return null
  const written = rows.map(keyOfRow)
  for (const [k, key] of keys.entries()) {
    if (written[k] === key) continue
    const j = written.indexOf(key)
    if (j < 0) continue
    const [date, type] = key.split('|')
    return registerMoved(
      `buổi ${MEETING_TYPE_LABELS[type as MeetingType].toLowerCase()} ngày ${formatDate(date)} ở dòng ${rows[k].rowNumber} nay nằm ở dòng ${rows[j].rowNumber}`
    )
  }
  return null
}

/**
 * Why the rating sheet's rows no longer name identity.ratingRoll in its order, or null. The locked
 * STT numbers catch a move the names cannot: two namesakes' rows swapped.
 */
export function ratingRowsMoved(book: ReturnedBook, names: ReadonlyMap<string, string>): string | null {
  for (const [i, row] of book.rating.entries()) {
    if (row.stt === undefined) continue
    const stt = textOf(row.stt)
    if (stt === String(i + 1)) continue
    const found = stt ? `mang số thứ tự ${stt}` : 'không có số thứ tự'
    return `Thứ tự các dòng trên trang xếp loại đã bị đổi (dòng ${row.rowNumber} ${found}, sổ giao là ${i + 1}). Trang xếp loại không được nhập; hãy dùng đúng thứ tự trong sổ đã giao.`
  }
  for (const [i, memberId] of book.identity.ratingRoll.entries()) {
    const row = book.rating[i]
    const written = row ? textOf(row.name) : ''
    const given = names.get(memberId) ?? ''
    if (foldForSearch(written) === foldForSearch(given)) continue
    const place = row ? `dòng ${row.rowNumber}` : `dòng thứ ${i + 1} của bảng`
    return `Thứ tự hoặc tên đảng viên trên trang xếp loại đã bị đổi (${place} ghi “${written}”, sổ giao là “${given}”). Trang xếp loại không được nhập; hãy dùng đúng thứ tự trong sổ đã giao.`
  }
  return null
}
