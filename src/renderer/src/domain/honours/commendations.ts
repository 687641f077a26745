// Commendation candidates (docs/design.md §6 Honours): members xuất sắc this year; members xuất sắc N years
// in a row (N = profile.memberStreakYears, default 5); cells xuất sắc N years in a row
// (profile.cellStreakYears, the seeds' example 3). Counted over every year on record.
import type { CellReview, Commendation, MemberReview, Rating } from '../entities'
import { sortByVietnameseName, sortCells } from '../names'
import type { RulesParams } from '../rules/params'
import { streakCandidates } from './streaks'

/**
 * A year's result for commendations: the committee's decision only (Đảng ủy quyết định). A cell's
 * proposal or a self-rating is not a result (docs/design.md §6: results count the committee's
 * decisions); members proposed by hand on the Khen thưởng page are kept from their records.
 */
export function resultOf(r: { decision?: Rating | null }): Rating | null {
  return r.decision ?? null
}

export type History = Map<string, Map<number, Rating | null>>

export function memberHistory(reviews: Iterable<MemberReview>): History {
  const h: History = new Map()
  for (const r of reviews) {
    if (r.notRatedReason) continue
    let m = h.get(r.memberId)
    if (!m) h.set(r.memberId, (m = new Map()))
    m.set(r.year, resultOf(r))
  }
  return h
}

export function cellHistory(reviews: Iterable<CellReview>): History {
  const h: History = new Map()
  for (const r of reviews) {
    let m = h.get(r.cellId)
    if (!m) h.set(r.cellId, (m = new Map()))
    m.set(r.year, resultOf(r))
  }
  return h
}

/** Years already used by earlier streak commendations (proposed or awarded), per member or cell. */
export function usedStreakYears(
  commendations: Iterable<Commendation>,
  subject: 'member' | 'cell',
  beforeYear: number
): Map<string, Set<number>> {
  const used = new Map<string, Set<number>>()
  for (const c of commendations) {
    if (c.subject !== subject || c.basis !== 'excellentStreak' || c.year >= beforeYear) continue
    const id = (subject === 'member' ? c.memberId : c.cellId) ?? ''
    const set = used.get(id) ?? new Set<number>()
    c.years.forEach((y) => set.add(y))
    used.set(id, set)
  }
  return used
}

export interface CommendationCandidate {
  key: string
  subject: 'member' | 'cell'
  basis: Commendation['basis']
  memberId: string | null
  cellId: string | null
  name: string
  cellName: string
  years: number[]
}

export interface CandidateNames {
  members: ReadonlyMap<string, { fullName: string; cellId: string }>
  cells: ReadonlyMap<string, string>
}

export function commendationCandidates(
  year: number,
  params: Pick<RulesParams, 'memberStreakYears' | 'cellStreakYears'>,
  members: History,
  cells: History,
  names: CandidateNames,
  earlier: Iterable<Commendation> = []
): CommendationCandidate[] {
  const list = [...earlier]
  const cellName = (id: string | undefined) => (id ? (names.cells.get(id) ?? '') : '')
  const out: CommendationCandidate[] = []
  const thisYear: CommendationCandidate[] = []
  for (const [id, byYear] of members) {
    const m = names.members.get(id)
    if (!m || byYear.get(year) !== 'excellent') continue
    thisYear.push({
      key: `member:excellentYear:${id}`,
      subject: 'member',
      basis: 'excellentYear',
      memberId: id,
      cellId: m.cellId,
      name: m.fullName,
      cellName: cellName(m.cellId),
      years: [year]
    })
  }
  const memberStreaks: CommendationCandidate[] = []
  for (const c of streakCandidates(
    members,
    year,
    params.memberStreakYears,
    usedStreakYears(list, 'member', year)
  )) {
    const m = names.members.get(c.id)
    if (!m) continue
    memberStreaks.push({
      key: `member:excellentStreak:${c.id}`,
      subject: 'member',
      basis: 'excellentStreak',
      memberId: c.id,
      cellId: m.cellId,
      name: m.fullName,
      cellName: cellName(m.cellId),
      years: c.years
    })
  }
  const cellStreaks: CommendationCandidate[] = []
  for (const c of streakCandidates(
    cells,
    year,
    params.cellStreakYears,
    usedStreakYears(list, 'cell', year)
  )) {
    if (!names.cells.has(c.id)) continue
    cellStreaks.push({
      key: `cell:excellentStreak:${c.id}`,
      subject: 'cell',
      basis: 'excellentStreak',
      memberId: null,
      cellId: c.id,
      name: cellName(c.id),
      cellName: cellName(c.id),
      years: c.years
    })
  }
  out.push(...sortByVietnameseName(memberStreaks, (c) => c.name))
  out.push(...sortCells(cellStreaks))
  out.push(...sortByVietnameseName(thisYear, (c) => c.name))
  // Proposals recorded on the Khen thưởng page stay in the year's list even when no rule finds them
  // (e.g. the committee later decided another level): the clerk decides what happens to them.
  const listed = new Set(out.map((c) => c.key))
  for (const c of list) {
    if (c.year !== year) continue
    const id = c.subject === 'member' ? c.memberId : c.cellId
    const key = `${c.subject}:${c.basis}:${id}`
    if (!id || listed.has(key)) continue
    const m = c.subject === 'member' ? names.members.get(id) : undefined
    if (c.subject === 'member' && !m) continue
    if (c.subject === 'cell' && !names.cells.has(id)) continue
    listed.add(key)
    out.push({
      key,
      subject: c.subject,
      basis: c.basis,
      memberId: c.subject === 'member' ? id : null,
      cellId: c.subject === 'member' ? m!.cellId : id,
      name: c.subject === 'member' ? m!.fullName : cellName(id),
      cellName: cellName(c.subject === 'member' ? m!.cellId : id),
      years: c.years
    })
  }
  return out
}

/** "2021–2025" for a run of consecutive years, "2025" for one. */
export function yearsText(years: readonly number[]): string {
  if (years.length === 0) return ''
  if (years.length === 1) return String(years[0])
  return `${years[0]}–${years[years.length - 1]}`
}

export interface CommendationReportGroup {
  label: string
  items: CommendationCandidate[]
}

/** 4. Danh sách đề nghị khen thưởng: the streaks (members, then cells), each with its years. */
export function commendationReportGroups(
  candidates: readonly CommendationCandidate[],
  params: Pick<RulesParams, 'memberStreakYears' | 'cellStreakYears'>
): CommendationReportGroup[] {
  const members = candidates.filter((c) => c.subject === 'member' && c.basis === 'excellentStreak')
  const cells = candidates.filter((c) => c.subject === 'cell' && c.basis === 'excellentStreak')
  return [
    {
      label: `I. Đảng viên hoàn thành xuất sắc nhiệm vụ ${params.memberStreakYears} năm liền`,
      items: members
    },
    { label: `II. Chi bộ hoàn thành xuất sắc nhiệm vụ ${params.cellStreakYears} năm liền`, items: cells }
  ]
}
