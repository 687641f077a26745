import { describe, expect, it } from 'vitest'
import type { Cell, MemberReview } from '../entities'
import { event, member, review } from '@renderer/testing/reviewFactories'
import { openYear, type YearSource } from '../reviews/openYear'
import { BUILT_IN_PROFILES } from '../rules/profiles'
import { groupEventsByMember } from '../reviews/eligibility'
import { badgeCandidates } from '../honours/badges'
import type { CommendationCandidate } from '../honours/commendations'
import { absenceWarningGroups } from './absenceList'
import { incompleteGroups, ratingList, NOT_YET_RATED } from './ratingList'
import { DEFAULT_AWARD_FORM, excellentProposals } from './excellentProposals'
import { CHECK_ADMISSION_DATE, badgeFormGroups, timeOutOfParty } from './badgeForm'
import { positionOf } from './position'
import { memberSummaryRows } from '../reviews/reportRows'

function cell(id: string, name: string, over: Partial<Cell> = {}): Cell {
  return {
    id,
    name,
    type: 'residential',
    status: 'active',
    committee: [],
    createdAt: '2020-01-01T00:00:00.000Z',
    updatedAt: '2020-01-01T00:00:00.000Z',
    ...over
  }
}
const CELLS = [cell('c2', 'Chi bộ Khu phố 10'), cell('c1', 'Chi bộ Khu phố 2')]
/** A review year opened over CELLS under the built-in profiles, with no cell reviews. */
const openedYear = (src: Pick<YearSource, 'year' | 'members' | 'events' | 'memberReviews'>) =>
  openYear({ ...src, cells: CELLS, cellReviews: [], profiles: BUILT_IN_PROFILES })

// Điều lệ Đảng Điều 8.2 (QĐ 294-QĐ/TW 2025): 3 months of unexcused absence in a year → the cell
// considers removal. The threshold is the profile's absenceWarningCount.
describe('Điều 8.2 list: members at the threshold, by cell, as grounds for the cell', () => {
  const members = new Map([
    ['a', { fullName: 'Trần Văn An', birthDate: '1980-01-02', cellId: 'c1' }],
    ['b', { fullName: 'Lê Thị Bình', birthDate: null, cellId: 'c2' }],
    ['c', { fullName: 'Phạm Văn Cường', birthDate: null, cellId: 'c1' }]
  ])
  const marks = [
    ...['2026-01-05', '2026-01-20', '2026-03-05', '2026-07-05'].map((date) => ({
      memberId: 'a',
      date,
      status: 'unexcused' as const
    })),
    ...['2026-02-05', '2026-04-05', '2026-06-05'].map((date) => ({
      memberId: 'b',
      date,
      status: 'unexcused' as const
    })),
    // Two months only: approaching, not listed.
    ...['2026-02-05', '2026-04-05'].map((date) => ({ memberId: 'c', date, status: 'unexcused' as const })),
    { memberId: 'c', date: '2026-05-05', status: 'excused' as const }
  ]
  /** The list of 2026 at a threshold of months, for one cell or (null) every cell. */
  const groupsAt = (threshold: number, cellId: string | null = null) =>
    absenceWarningGroups(marks, 2026, { absenceWarningCount: threshold }, members, CELLS, cellId)

  it.each([
    [
      3,
      null,
      [
        ['Chi bộ Khu phố 2', ['Trần Văn An']],
        ['Chi bộ Khu phố 10', ['Lê Thị Bình']]
      ]
    ],
    [4, null, []],
    [3, 'c2', [['Chi bộ Khu phố 10', ['Lê Thị Bình']]]]
  ] as const)('threshold %i months, cell %s', (threshold, cellId, expected) => {
    const groups = groupsAt(threshold, cellId)
    expect(groups.map((g) => [g.cellName, g.items.map((r) => r.fullName)])).toEqual(expected)
  })

  it('counts months (two absences in January are one month) and meetings', () => {
    const [row] = groupsAt(3)[0].items
    expect(row).toMatchObject({
      unexcusedMeetings: 4,
      monthCount: 3,
      months: '1, 3, 7',
      birthDate: '1980-01-02'
    })
  })
})

// docs/design.md §6: not rated — admitted < 6 months before the review, exempt, suspended, absent
// from the review meeting; results count the committee's decisions, earlier steps say provisional.
describe('full rating list per cell: the level, or why not rated, or "chưa đánh giá"', () => {
  const YEAR = 2026
  const members = [
    member('dec', { fullName: 'Nguyễn Văn Dũng', cellId: 'c1' }),
    member('prop', { fullName: 'Nguyễn Văn Hải', cellId: 'c1' }),
    member('none', { fullName: 'Nguyễn Văn Khoa', cellId: 'c1' }),
    member('young', {
      fullName: 'Nguyễn Văn Long',
      cellId: 'c1',
      admissionDate: '2026-09-01',
      officialDate: null
    }),
    member('absent', { fullName: 'Nguyễn Văn Minh', cellId: 'c2' }),
    member('bad', { fullName: 'Nguyễn Văn Nam', cellId: 'c2' })
  ]
  const reviews: MemberReview[] = [
    review(YEAR, 'dec', { decision: 'good', selfRating: 'excellent' }),
    review(YEAR, 'prop', { cellProposal: 'complete' }),
    review(YEAR, 'absent', { notRatedReason: 'absent', cellId: 'c2' }),
    review(YEAR, 'bad', { decision: 'incomplete', cellId: 'c2' })
  ]
  const events = [event('bad', 'discipline', '2026-05-12', { disciplineLevel: 'warning' })]
  const opened = openedYear({ year: YEAR, members, events, memberReviews: reviews })
  const info = new Map(members.map((m) => [m.id, m]))
  const list = ratingList(opened, info)
  const row = (id: string) => list.groups.flatMap((g) => g.items).find((r) => r.memberId === id)!

  it.each([
    ['dec', 'Hoàn thành tốt nhiệm vụ', '', ''],
    ['prop', 'Hoàn thành nhiệm vụ', '', 'Theo chi bộ đề xuất'],
    ['none', NOT_YET_RATED, '', ''],
    ['young', 'Không xếp loại', 'Kết nạp chưa đủ 6 tháng (kết nạp 01/09/2026)', ''],
    ['absent', 'Không xếp loại', 'Vắng buổi kiểm điểm', ''],
    ['bad', 'Không hoàn thành nhiệm vụ', '', 'Bị kỷ luật cảnh cáo (12/05/2026)']
  ])('%s: %s', (id, result, reason, note) => {
    expect(row(id)).toMatchObject({ result, reason, note })
  })

  it('every member is listed, by cell (natural order) then name; the list is provisional while a proposal counts', () => {
    expect(list.groups.map((g) => [g.cellName, g.items.length])).toEqual([
      ['Chi bộ Khu phố 2', 4],
      ['Chi bộ Khu phố 10', 2]
    ])
    expect(list.stage).toBe('cellProposal')
    expect(list.counts).toMatchObject({ good: 1, complete: 1, incomplete: 1, notRated: 2, notYet: 1 })
  })

  it('one cell only, and the không hoàn thành nhiệm vụ list', () => {
    expect(ratingList(opened, info, 'c2').groups.map((g) => g.cellId)).toEqual(['c2'])
    expect(incompleteGroups(list).flatMap((g) => g.items.map((r) => r.memberId))).toEqual(['bad'])
  })
})

describe('members who left the đảng số in the year: listed with the reason, counted apart (as the summary sheet leaves them out of its total)', () => {
  // docs/design.md §6: a rating kept on someone who then left, died or was transferred out is not a
  // result; the summary sheet (memberSummaryRows) counts only members in the ward on the as-of date,
  // so the rating list's "không xếp loại" must not hold those it leaves out, or the two disagree.
  const YEAR = 2026
  const members = [
    member('stay', { fullName: 'Nguyễn Văn An', cellId: 'c1' }),
    member('exempt', { fullName: 'Nguyễn Văn Bình', cellId: 'c1' }),
    member('moved', { fullName: 'Nguyễn Văn Cường', cellId: 'c1' }),
    member('died', { fullName: 'Nguyễn Văn Đức', cellId: 'c1' })
  ]
  const events = [
    event('exempt', 'exemption', '2025-03-01'),
    event('moved', 'transferOut', '2026-05-01', { transferKind: 'permanent' }),
    event('died', 'death', '2026-04-01')
  ]
  const opened = openedYear({
    year: YEAR,
    members,
    events,
    memberReviews: [review(YEAR, 'stay', { decision: 'good' }), review(YEAR, 'moved', { selfRating: 'good' })]
  })
  const list = ratingList(opened, new Map(members.map((m) => [m.id, m])))
  const summary = memberSummaryRows(opened).at(-1)!

  it('all four are listed, the two who left with their reason', () => {
    expect(list.groups.flatMap((g) => g.items).length).toBe(4)
  })
  it('"không xếp loại" is the summary’s (exempt, too new, other); those who left are counted apart', () => {
    expect(list.counts).toMatchObject({ good: 1, notRated: 1, notYet: 0, left: 2 })
    expect(summary.notExempt + summary.notProbation + summary.notOther).toBe(list.counts.notRated)
    expect(summary.total).toBe(4 - list.counts.left)
  })
})

describe('position: the committee seat on the date, else the party position, then the occupation', () => {
  const cells = [
    cell('c1', 'A', { committee: [{ memberId: 'a', role: 'secretary', from: '2020-01-01', to: null }] }),
    // Merged on 01/07: its secretary's seat, never closed by the clerk, ended that day.
    cell('c2', 'B', {
      status: 'merged',
      closedOn: '2026-07-01',
      committee: [{ memberId: 'd', role: 'secretary', from: '2020-01-01', to: null }]
    })
  ]
  it.each([
    [
      'a secretary: the seat, then the occupation',
      member('a', { occupation: 'Hưu trí' }),
      'Bí thư chi bộ; Hưu trí'
    ],
    [
      'a party position typed on the record',
      member('b', { partyPosition: 'Đảng ủy viên', occupation: 'Công chức' }),
      'Đảng ủy viên; Công chức'
    ],
    ['nothing known', member('c'), ''],
    [
      'the secretary of a cell merged in July: no seat at the year’s end',
      member('d', { occupation: 'Giáo viên' }),
      'Giáo viên'
    ]
  ])('%s', (_l, m, expected) => expect(positionOf(m, cells, '2026-12-31')).toBe(expected))
})

// docs/design.md §6 Honours: members rated xuất sắc this year are commendation candidates; who is
// one is commendations.ts' (decision, else proposal).
describe("this year's HTXSNV proposed for commendation", () => {
  const cand = (
    id: string,
    basis: CommendationCandidate['basis'],
    years: number[],
    cellId = 'c1'
  ): CommendationCandidate => ({
    key: `${basis}:${id}`,
    subject: 'member',
    basis,
    memberId: id,
    cellId,
    name: `Trần Văn ${id}`,
    cellName: '',
    years
  })
  const candidates = [
    cand('A', 'excellentYear', [2026]),
    cand('B', 'excellentYear', [2026], 'c2'),
    cand('A', 'excellentStreak', [2022, 2023, 2024, 2025, 2026])
  ]
  const members = new Map([['A', member('A', { birthDate: '1970', occupation: 'Hưu trí' })]])
  const reviews = new Map([
    ['A', { decision: 'excellent' as const }],
    ['B', { cellProposal: 'excellent' as const }]
  ])

  it("lists this year's members by cell with birth date, position, form of award and the streak noted", () => {
    const p = excellentProposals(2026, candidates, members, reviews, CELLS)
    expect(p.total).toBe(2)
    expect(p.groups[0].items[0]).toEqual({
      memberId: 'A',
      fullName: 'Trần Văn A',
      birthDate: '1970',
      position: 'Hưu trí',
      awardForm: DEFAULT_AWARD_FORM,
      note: 'Hoàn thành xuất sắc nhiệm vụ 5 năm liền (2022–2026): đề nghị cấp trên khen thưởng'
    })
    expect(p.stage).toBe('cellProposal')
  })

  it.each([
    ['Bằng khen', 'Bằng khen'],
    ['  ', DEFAULT_AWARD_FORM]
  ])('the clerk\'s form of award "%s" is printed as "%s"', (form, printed) => {
    expect(
      excellentProposals(2026, candidates, members, reviews, CELLS, form, 'c1').groups[0].items[0].awardForm
    ).toBe(printed)
  })
})

// HD 01-HD/TW 2021 mục 18: the HHĐ forms ask for số thẻ, ngày quyết định kết nạp, ngày chính thức and,
// for a readmitted member, the time out of the Party; a year-only date is never made 1 January.
describe('Huy hiệu Đảng list with the HHĐ form columns', () => {
  const readmitted = member('r', {
    fullName: 'Đỗ Văn Tâm',
    admissionDate: '1980-03-15',
    officialDate: '1996-09-01',
    partyCardNumber: '01234567',
    hometown: 'Nam Định'
  })
  const yearOnly = member('y', { fullName: 'Hà Văn Sơn', admissionDate: '1976', officialDate: '1977' })
  const events = groupEventsByMember([
    event('r', 'admission', '1980-03-15'),
    event('r', 'removal', '1990-05-02'),
    event('r', 'readmission', '1995-09-01')
  ])
  const inputs = [readmitted, yearOnly].map((m) => ({
    member: m,
    events: events.get(m.id) ?? [],
    awarded: new Set<number>()
  }))
  const groups = badgeFormGroups(
    badgeCandidates(inputs, '2026-02-03'),
    new Map([readmitted, yearOnly].map((m) => [m.id, m])),
    events,
    CELLS
  )
  const row = (id: string) => groups.flatMap((g) => g.rows).find((r) => r.memberId === id)!

  it('a readmitted member: card number as text, the first admission date and the time out', () => {
    expect(row('r')).toMatchObject({
      partyCardNumber: '01234567',
      admissionDate: '1980-03-15',
      officialDate: '1996-09-01',
      timeOut: 'Từ 02/05/1990 đến 01/09/1995',
      cellName: 'Chi bộ Khu phố 2'
    })
    expect(row('r').note).toMatch(/^Trừ \d+ ngày gián đoạn$/)
  })

  it('a date known by its year stays the year and the row asks to check it', () => {
    expect(row('y')).toMatchObject({
      admissionDate: '1976',
      officialDate: '1977',
      timeOut: '',
      note: CHECK_ADMISSION_DATE
    })
  })

  it('a member still out of the Party shows the open gap', () => {
    expect(timeOutOfParty(member('x'), [event('x', 'leaving', '2001')])).toBe('Từ 2001')
  })
})
