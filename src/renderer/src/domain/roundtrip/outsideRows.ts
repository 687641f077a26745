// What a secretary wrote under a sheet's table. The book is read by position (rowOrder.ts), so such
// rows are never matched to a meeting or a member: they are named here instead, so the office and
// the cell see what was not read. They never refuse the rest of the sheet, which is where it was.
import { foldForSearch } from '../names'
import type { ReturnedBook } from './content'
import { ratingPlace, registerPlace, type BookProblem } from './problems'
import { textOf } from './values'

/** "25, 26" or "25–40": the rows, runs of three or more as a range. */
export function rowList(rows: readonly number[]): string {
  const parts: string[] = []
  for (let i = 0; i < rows.length;) {
    let j = i
    while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++
    if (j - i >= 2) parts.push(`${rows[i]}–${rows[j]}`)
    else parts.push(...rows.slice(i, j + 1).map(String))
    i = j + 1
  }
  return parts.join(', ')
}

/** One problem naming every row written under the register, or none. */
export function registerRowsOutside(book: ReturnedBook): BookProblem[] {
  const rows = book.registerBelow
  if (!rows.length) return []
  return [
    {
      kind: 'outsideRegister',
      place: registerPlace(rowList(rows)),
      message: `Dòng ${rowList(rows)} của sổ sinh hoạt nằm ngoài các dòng của sổ nên không được đọc: hãy ghi vào các dòng trống có sẵn; nếu sổ đã hết dòng, Văn phòng nhập sổ này rồi tạo sổ mới (các buổi đã nhập có sẵn, thêm dòng trống) để ghi tiếp.`
    }
  ]
}

/**
 * One problem per row written under the rating roll: a name not on the roll (a member who came
 * after the book was made), a second line of a member on it, or a row without a name.
 */
export function ratingRowsOutside(book: ReturnedBook, names: ReadonlyMap<string, string>): BookProblem[] {
  const onRoll = new Map<string, { name: string; row: number }>()
  book.identity.ratingRoll.forEach((memberId, i) => {
    const name = names.get(memberId) ?? ''
    const row = book.rating[i]
    if (row) onRoll.set(foldForSearch(name), { name, row: row.rowNumber })
  })
  return book.ratingBelow.map((row) => {
    const place = ratingPlace(row.rowNumber)
    const name = textOf(row.name)
    if (!name)
      return {
        kind: 'outsideRatingRoll',
        place,
        message: `Dòng ${row.rowNumber} nằm ngoài danh sách của sổ giao nên không được đọc; chỉ ghi vào dòng của đồng chí có tên trong sổ.`
      }
    const own = onRoll.get(foldForSearch(name))
    if (own !== undefined)
      return {
        kind: 'duplicateMember',
        place,
        message: `${own.name} đã có dòng ${own.row} trong sổ giao; dòng ${row.rowNumber} ghi thêm nằm ngoài danh sách nên không được đọc — hãy ghi vào dòng ${own.row}.`
      }
    return {
      kind: 'outsideRatingRoll',
      place,
      message: `${name} (dòng ${row.rowNumber}) không có trong danh sách của sổ giao nên không được đọc; đảng viên mới chuyển đến cần được ghi ở Sổ Chi bộ rồi tạo sổ mới.`
    }
  })
}
