// Danh sách đảng viên vắng sinh hoạt không lý do đến ngưỡng Điều 8.2 (Điều lệ Đảng Điều 8.2; QĐ 294-QĐ/TW
// 2025): the grounds a cell needs to propose removal. The warning itself is domain/meetings/absences.ts;
// this only adds who the member is and where they belong, grouped by cell.
import type { AttendanceMark, Cell, Member } from '../entities'
import type { RulesParams } from '../rules/params'
import { absenceWarnings } from '../meetings/absences'
import { groupByCells, type CellGroup } from '../reviews/reportRows'

export interface AbsenceRow {
  memberId: string
  fullName: string
  birthDate: string | null
  cellId: string
  unexcusedMeetings: number
  monthCount: number
  /** "1, 3, 7" */
  months: string
  /** Staying here temporarily: the decision is his own đảng bộ's (GUEST_ABSENCE_NOTE). */
  guest: boolean
}

/**
 * Members whose unexcused months in the year reach the threshold, grouped by cell (cells by name,
 * members in Vietnamese order). Only members still on the ward's lists (`members` given) are listed;
 * `cellId` limits the list to one cell; `guests` are the members staying here temporarily.
 */
export function absenceWarningGroups(
  marks: readonly Pick<AttendanceMark, 'memberId' | 'date' | 'status'>[],
  year: number,
  params: Pick<RulesParams, 'absenceWarningCount'>,
  members: ReadonlyMap<string, Pick<Member, 'fullName' | 'birthDate' | 'cellId'>>,
  cells: readonly Cell[],
  cellId: string | null = null,
  guests: ReadonlySet<string> = new Set()
): CellGroup<AbsenceRow>[] {
  const byCell = new Map<string, AbsenceRow[]>()
  for (const w of absenceWarnings(marks, year, params, undefined, guests)) {
    if (w.level !== 'warning') continue
    const m = members.get(w.memberId)
    if (!m || (cellId && m.cellId !== cellId)) continue
    const list = byCell.get(m.cellId) ?? []
    list.push({
      memberId: w.memberId,
      fullName: m.fullName,
      birthDate: m.birthDate ?? null,
      cellId: m.cellId,
      unexcusedMeetings: w.unexcusedMeetings,
      monthCount: w.months.length,
      months: w.months.join(', '),
      guest: w.guest
    })
    byCell.set(m.cellId, list)
  }
  return groupByCells(cells, byCell)
}
