// A cell meets only while it exists: from its founding (foundedOn) to the day before its closing
// (closedOn, set when it is dissolved or merged). A merge moves the members into the receiving cell
// on the closing day itself (cellMerge.ts dates their cellChange that day), so from that day on the
// meetings are the receiving cell's. A meeting dated outside that span has an empty roll, is due in
// no month of the compliance grid (a cell is due only in months it existed for whole), and leaves
// the receiving cell's month "Không sinh hoạt" (Điều lệ Đảng Điều 24; HD 42-HD/BTCTW 2025: a regular
// meeting every month). Both editors refuse it with the same message.
import type { Cell, IsoDate } from '../entities'
import { comparable, formatDate, isYearOnly } from '../dates'

export type LifeCell = Pick<Cell, 'name' | 'status' | 'foundedOn' | 'closedOn' | 'mergedIntoId'>

/** Why a cell cannot have met on `date` (Vietnamese, saying what to do), or null. */
export type LifeCheck = (date: IsoDate) => string | null

/**
 * The check for one cell; `cellName` names the cell it was merged into. A cell with no founding date
 * always existed; one closed without a date cannot be checked against it.
 */
export function cellLifeCheck(
  cell: LifeCell | undefined,
  cellName: (cellId: string) => string | undefined
): LifeCheck {
  return (date) => {
    if (!cell || !date) return null
    const founded = cell.foundedOn?.slice(0, 10)
    if (founded && date < comparable(founded)) {
      const unit = isYearOnly(founded) ? 'năm' : 'ngày'
      return `${cell.name} thành lập ${unit} ${formatDate(founded)}: chưa có buổi sinh hoạt trước ${unit} này.`
    }
    if (cell.closedOn && date >= cell.closedOn) {
      const on = `ngày ${formatDate(cell.closedOn)}`
      if (cell.status === 'merged') {
        const into = cellName(cell.mergedIntoId ?? '') ?? 'chi bộ nhận hợp nhất'
        return `${cell.name} đã hợp nhất vào ${into} ${on}: buổi sinh hoạt từ ngày này ghi cho ${into}.`
      }
      return `${cell.name} đã giải thể ${on}: không ghi buổi sinh hoạt từ ngày này.`
    }
    return null
  }
}
