// Both sheets of a cell's book are matched to the database by row position: register row i is
// identity.meetingIds[i], rating row i is identity.ratingRoll[i]. The sheets are protected without
// a password, so a secretary can unprotect them and insert, delete or sort rows; read by position,
// one meeting's minutes or one member's rating would then land on another. These checks find such
// a sheet, and plan.ts refuses it whole rather than guess which row went where.
import { foldForSearch } from '../names'
import type { ReturnedBook } from './content'
import { textOf } from './values'

/** Why the rating sheet's rows no longer name identity.ratingRoll in its order, or null. */
export function ratingRowsMoved(book: ReturnedBook, names: ReadonlyMap<string, string>): string | null {
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
