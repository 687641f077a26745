// Khen thưởng's warning that the year's list may be incomplete: only the committee's decisions make
// candidates (commendations.ts resultOf), members' and — since chi bộ decided HTXSNV this year are
// candidates too — cells'. Those rated at some step but not yet decided are counted, each as the
// year's review screens count them.
import { currentRating } from '../reviews/ratings'
import { cellResultRows } from '../reviews/reportRows'
import { countedRating, type ReviewYearData } from '../reviews/yearData'

export interface Undecided {
  /** Members whose rating counts (countedRating) and has no committee decision. */
  members: number
  /** Cells reviewed in the year (cellResultRows) rated at some step, without a committee decision. */
  cells: number
}

export function undecidedOfYear(data: ReviewYearData): Undecided {
  let members = 0
  for (const s of data.subjects) {
    const r = data.memberReviews.get(s.memberId)
    if (countedRating(s, r) && !r?.decision) members++
  }
  const cells = cellResultRows(data).filter((row) => {
    const cr = data.cellReviews.get(row.cellId)
    return currentRating(cr) && !cr?.decision
  }).length
  return { members, cells }
}

/** "Năm 2025: 3 đảng viên, 1 chi bộ chưa có quyết định xếp loại của Đảng ủy. …"; empty when none. */
export function undecidedWarning(year: number, u: Undecided): string {
  const parts = [u.members ? `${u.members} đảng viên` : '', u.cells ? `${u.cells} chi bộ` : ''].filter(
    Boolean
  )
  if (parts.length === 0) return ''
  return `Năm ${year}: ${parts.join(', ')} chưa có quyết định xếp loại của Đảng ủy. Danh sách chỉ gồm đảng viên, chi bộ Đảng ủy đã quyết định Hoàn thành xuất sắc nhiệm vụ và những đề nghị đã ghi ở trang này.`
}
