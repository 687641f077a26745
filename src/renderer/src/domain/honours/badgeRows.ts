// 5. Danh sách đảng viên đề nghị tặng Huy hiệu Đảng đợt <ngày>: grouped by milestone (highest
// first), names in Vietnamese order.
import type { Cell, IsoDate, Member } from '../entities'
import { formatDate, isYearOnly } from '../dates'
import { sortByVietnameseName } from '../names'
import type { BadgeCandidate } from './badges'

export interface BadgeReportRow {
  memberId: string
  fullName: string
  birthDate: IsoDate | null
  hometown: string
  firstAdmission: IsoDate
  officialDate: IsoDate | null
  cellName: string
  milestone: number
  partyYears: number
  note: string
}

export interface BadgeReportGroup {
  milestone: number
  label: string
  rows: BadgeReportRow[]
}

export function earlyNote(
  c: Pick<BadgeCandidate, 'early' | 'dueDate' | 'gapDays'> &
    Partial<Pick<BadgeCandidate, 'needsVerification' | 'verifyReason'>>
): string {
  const parts: string[] = []
  if (c.early === 'illness')
    parts.push(
      `Tặng sớm (bệnh nặng), đủ tuổi Đảng ${c.needsVerification ? 'năm' : 'ngày'} ${formatDate(c.dueDate)}`
    )
  if (c.early === 'posthumous') parts.push('Truy tặng')
  if (c.gapDays > 0) parts.push(`Trừ ${c.gapDays} ngày gián đoạn`)
  // A year-only due date is one reason to verify; a date the import stood in for is another.
  if (c.needsVerification && isYearOnly(c.dueDate))
    parts.push(`Cần xác minh: chỉ biết năm, đủ tuổi Đảng trong năm ${formatDate(c.dueDate)}`)
  if (c.verifyReason) parts.push(c.verifyReason)
  return parts.join('; ')
}

export function badgeReportGroups(
  candidates: readonly BadgeCandidate[],
  members: ReadonlyMap<string, Pick<Member, 'birthDate' | 'hometown' | 'officialDate'>>,
  cells: readonly Pick<Cell, 'id' | 'name'>[]
): BadgeReportGroup[] {
  const cellNames = new Map(cells.map((c) => [c.id, c.name]))
  const byMilestone = new Map<number, BadgeReportRow[]>()
  for (const c of candidates) {
    // Held back by discipline (QĐ 24-QĐ/TW 2021): not proposed at this ceremony.
    if (c.heldBack) continue
    const m = members.get(c.memberId)
    const row: BadgeReportRow = {
      memberId: c.memberId,
      fullName: c.fullName,
      birthDate: m?.birthDate ?? null,
      hometown: m?.hometown ?? '',
      firstAdmission: c.firstAdmission,
      officialDate: m?.officialDate ?? null,
      cellName: cellNames.get(c.cellId) ?? '',
      milestone: c.milestone,
      partyYears: c.partyYears,
      note: earlyNote(c)
    }
    const list = byMilestone.get(c.milestone) ?? []
    list.push(row)
    byMilestone.set(c.milestone, list)
  }
  return [...byMilestone.keys()]
    .sort((a, b) => b - a)
    .map((milestone) => ({
      milestone,
      label: `Huy hiệu ${milestone} năm tuổi Đảng`,
      rows: sortByVietnameseName(byMilestone.get(milestone)!, (r) => r.fullName)
    }))
}
