// Commendation candidates (docs/design.md §6 Honours): members and cells the committee decided xuất sắc
// this year; members xuất sắc N years in a row (N = profile.memberStreakYears, default 5); cells xuất
// sắc N years in a row (profile.cellStreakYears, the seeds' example 3). Counted over every year on record.
import { entryFor } from '../collections'
import type { Cell, CellReview, Commendation, MemberReview, Rating } from '../entities'
import { sortByVietnameseName, sortCells } from '../names'
import type { ReviewSubject } from '../reviews/eligibility'
import { reviewYearCells, type ReviewYearOf } from '../reviews/yearCells'
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
    entryFor(h, r.memberId, () => new Map()).set(r.year, resultOf(r))
  }
  return h
}

/**
 * The histories for `year`'s commendations: its decisions only for the year's counted subjects, so that
 * a member decided xuất sắc and then transferred out (or dead, exempt, marked absent…) is a candidate
 * neither for the year nor for a streak ending with it, as the ĐV HTXSNV sheet leaves them out too.
 * Earlier years' decisions stay as recorded.
 */
export function yearMemberHistory(
  data: { year: number; subjects: readonly Pick<ReviewSubject, 'memberId' | 'eligible'>[] },
  reviews: Iterable<MemberReview>
): History {
  const counted = new Set(data.subjects.filter((s) => s.eligible).map((s) => s.memberId))
  const kept: MemberReview[] = []
  for (const r of reviews) if (r.year !== data.year || counted.has(r.memberId)) kept.push(r)
  return memberHistory(kept)
}

export function cellHistory(reviews: Iterable<CellReview>): History {
  const h: History = new Map()
  for (const r of reviews) {
    entryFor(h, r.cellId, () => new Map()).set(r.year, resultOf(r))
  }
  return h
}

/**
 * The cells' histories for `of.year`'s commendations: each decision only for a year its cell existed
 * in (domain/reviews/yearCells.ts: the cells of the opened year up to its as-of date, of an earlier
 * year up to its 31 December). A decision kept on a cell merged or dissolved before the year, or on a
 * cell not yet founded, is no result (docs/design.md §6 Ratings: warned of, not counted): it makes no
 * candidate of the year and no year of a streak. A cell closed during a year is that year's.
 */
export function yearCellHistory(
  of: ReviewYearOf,
  cells: readonly Cell[],
  reviews: Iterable<CellReview>
): History {
  const existed = new Map<number, Set<string>>()
  const cellsOf = (year: number) =>
    entryFor(existed, year, () => {
      const yearCells = reviewYearCells(cells, {
        year,
        asOfDate: year === of.year ? of.asOfDate : `${year}-12-31`
      })
      return new Set(yearCells.map((c) => c.id))
    })
  const kept: CellReview[] = []
  for (const r of reviews) if (cellsOf(r.year).has(r.cellId)) kept.push(r)
  return cellHistory(kept)
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
    const set = entryFor(used, id, () => new Set<number>())
    c.years.forEach((y) => set.add(y))
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
  /** The row of a member or cell in the ward's records; null for one that is not. */
  const candidate = (
    subject: 'member' | 'cell',
    basis: Commendation['basis'],
    id: string,
    years: number[]
  ): CommendationCandidate | null => {
    const m = subject === 'member' ? names.members.get(id) : undefined
    if (subject === 'member' ? !m : !names.cells.has(id)) return null
    const cellId = m ? m.cellId : id
    return {
      key: `${subject}:${basis}:${id}`,
      subject,
      basis,
      memberId: m ? id : null,
      cellId,
      name: m ? m.fullName : cellName(id),
      cellName: cellName(cellId),
      years
    }
  }
  const streaks = (subject: 'member' | 'cell', histories: History, length: number) =>
    streakCandidates(histories, year, length, usedStreakYears(list, subject, year)).flatMap(
      (s) => candidate(subject, 'excellentStreak', s.id, s.years) ?? []
    )
  const thisYear = (subject: 'member' | 'cell', histories: History) =>
    [...histories]
      .filter(([, byYear]) => byYear.get(year) === 'excellent')
      .flatMap(([id]) => candidate(subject, 'excellentYear', id, [year]) ?? [])
  const out: CommendationCandidate[] = [
    ...sortByVietnameseName(streaks('member', members, params.memberStreakYears), (c) => c.name),
    ...sortCells(streaks('cell', cells, params.cellStreakYears)),
    ...sortByVietnameseName(thisYear('member', members), (c) => c.name),
    ...sortCells(thisYear('cell', cells))
  ]
  // Proposals recorded on the Khen thưởng page stay in the year's list even when no rule finds them
  // (e.g. the committee later decided another level): the clerk decides what happens to them.
  const listed = new Set(out.map((c) => c.key))
  for (const c of list) {
    const id = c.subject === 'member' ? c.memberId : c.cellId
    const row = c.year === year && id ? candidate(c.subject, c.basis, id, c.years) : null
    if (!row || listed.has(row.key)) continue
    listed.add(row.key)
    out.push(row)
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

/**
 * 4. Danh sách đề nghị khen thưởng: the streaks (members, then cells), each with its years. It goes to
 * the higher level for appraisal; the year's xuất sắc members and cells are the Đảng ủy's own awards,
 * so they are not on it (members: domain/reports/excellentProposals.ts).
 */
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
