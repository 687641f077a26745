// A meeting counts as held once its day has come: the grid, the absence warnings and the meeting
// quality checks take what was held by today (heldBy), and the forms say so when the clerk records a
// day or a month still ahead — planned, or the year typed wrong.
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

/** What was held by `today`: the meetings, or the attendance marks of meetings, dated on or before it. */
export function heldBy<T extends { date: string }>(items: readonly T[], today: IsoDate): T[] {
  return items.filter((i) => i.date.slice(0, 10) <= today)
}
