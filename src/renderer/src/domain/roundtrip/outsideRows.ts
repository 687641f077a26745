// What a secretary wrote under the register. The book is read by position (rowOrder.ts), so such
// rows are never matched to a meeting or a member: they are named here instead, so the office and
// the cell see what was not read. They never refuse the rest of the sheet, which is where it was.
import type { ReturnedBook } from './content'
import { registerPlace, type BookProblem } from './problems'

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
