// A meeting counts as held once its day has come (complianceGrid leaves a later one out): what the
// forms say when the clerk records a day or a month still ahead — planned, or the year typed wrong.
import type { IsoDate } from '../entities'
import { formatDate } from '../dates'

/** The note under a meeting's date after today, or null. */
export function dateToComeNote(date: string, today: IsoDate): string | null {
  if (!date || date.slice(0, 10) <= today) return null
  return `Ngày ${formatDate(date)} chưa đến: buổi họp chỉ được tính là đã sinh hoạt từ ngày đó. Ghi nhầm năm thì sửa lại ngày.`
}

/** The note beside a month (YYYY-MM) after the current one, or null. */
export function monthToComeNote(month: string, today: IsoDate): string | null {
  if (!/^\d{4}-\d{2}$/.test(month) || month <= today.slice(0, 7)) return null
  return `Tháng ${month.slice(5)}/${month.slice(0, 4)} chưa đến: các buổi ghi ở đây chỉ được tính là đã sinh hoạt từ ngày họp.`
}
