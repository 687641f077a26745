// Past ratings and past Huy hiệu Đảng imported from Excel: every problem kind and parsing rule,
// table-driven. Members are found by party card, CCCD, then name + birth date (docs/design.md §7);
// a decision already recorded is never overwritten; milestones are those of HD 01-HD/TW 2021.
import { describe, expect, it } from 'vitest'
import type { Member, MemberEvent, MemberReview } from '../entities'
import { MemberMatcher } from './memberMatch'
import { analyzePastRatings, type HistoryRowBase, type PastRatingValues } from './pastRatings'
import { analyzePastBadges, type PastBadgeValues } from './pastBadges'
import { parseBadgeText, parseMilestone } from './badgeText'

const member = (id: string, fullName: string, over: Partial<Member> = {}): Member => ({
  id,
  fullName,
  gender: 'male',
  cellId: 'c1',
  birthDate: '1960-05-01',
  admissionDate: '1985-01-01',
  status: 'official',
  active: 1,
  searchText: '',
  createdAt: 'x',
  updatedAt: 'x',
  ...over
})
const MEMBERS = [
  member('an', 'Nguyễn Văn An', { partyCardNumber: '01234567', idNumber: '001060000001' }),
  member('binh', 'Trần Thị Bình', { partyCardNumber: '07654321' }),
  member('cuong1', 'Lê Văn Cường', { birthDate: '1970-01-01' }),
  member('cuong2', 'Lê Văn Cường', { birthDate: '1970-01-01' })
]
/** A history row shown as a problem, never written, with exactly these problems. */
function expectProblems(row: HistoryRowBase, ...problems: string[]) {
  expect(row.outcome).toBe('problem')
  expect(row.problems).toEqual(problems)
}

describe('finding the member of a history row (party card, then CCCD, then name + birth date)', () => {
  const matcher = new MemberMatcher(MEMBERS)
  it.each([
    ['by party card, leading zero lost by Excel', { partyCardNumber: 1234567 }, 'an', 'partyCard'],
    ['by CCCD', { idNumber: '001060000001' }, 'an', 'idNumber'],
    ['by CCCD from a number cell that lost both leading zeros', { idNumber: 1060000001 }, 'an', 'idNumber'],
    [
      'by name without accents + birth date',
      { fullName: 'tran thi binh', birthDate: '01/05/1960' },
      'binh',
      'nameBirth'
    ],
    [
      'card first even with another name',
      { partyCardNumber: '07654321', fullName: 'Ai đó' },
      'binh',
      'partyCard'
    ]
  ] as const)('%s', (_, values, id, by) => {
    expect(matcher.match(values)).toMatchObject({ member: { id }, by })
  })
  it.each([
    [
      'nothing to find by',
      { fullName: 'Nguyễn Văn An' },
      'Cần số thẻ đảng viên, CCCD, hoặc họ tên và ngày sinh để tìm đảng viên.'
    ],
    [
      'unknown member',
      { partyCardNumber: '99999999' },
      'Không tìm thấy đảng viên này trong sổ (theo số thẻ, CCCD, họ tên và ngày sinh).'
    ],
    [
      'two members with the same name and birth date',
      { fullName: 'Lê Văn Cường', birthDate: '1970-01-01' },
      'Có 2 đảng viên cùng họ tên "Lê Văn Cường" và ngày sinh: cần thêm số thẻ hoặc CCCD.'
    ],
    [
      'card and CCCD of two different members',
      { partyCardNumber: '07654321', idNumber: '001060000001' },
      'Số thẻ 07654321 là của Trần Thị Bình, còn CCCD 001060000001 là của Nguyễn Văn An.'
    ]
  ] as const)('%s → a problem', (_, values, problem) => {
    expect(matcher.match(values)).toEqual({ member: null, problem })
  })
})

const TODAY = '2026-12-01'
const review = (year: number, memberId: string, over: Partial<MemberReview> = {}): MemberReview => ({
  id: `${year}:${memberId}`,
  year,
  memberId,
  cellId: 'c1',
  updatedAt: 'x',
  ...over
})
const ratings = (
  rows: PastRatingValues[],
  reviews: MemberReview[] = [],
  events: MemberEvent[] = [],
  locked: number[] = []
) =>
  analyzePastRatings(
    rows.map((values, i) => ({ rowNumber: i + 2, values })),
    { today: TODAY, members: MEMBERS, events, reviews, lockedYears: new Set(locked), now: 'now' }
  )

// A typo'd card or CCCD would give another member's past years (and so the streaks commendations
// count). The match order stays (card, CCCD, name + birth date), but a name in the file that is
// not the matched member's is a problem, as the member import treats it (identityProblems).
describe('a card or CCCD whose member has another name than the file', () => {
  it.each([
    [
      'ratings',
      () => ratings([{ partyCardNumber: '07654321', fullName: 'Nguyễn Văn An', year: 2020, rating: 1 }])
    ],
    [
      'badges',
      () => badges([{ partyCardNumber: '07654321', fullName: 'Nguyễn Văn An', milestone: 30, date: 2010 }])
    ]
  ] as const)('%s: the row is a problem naming both', (_, analyze) => {
    const [row] = analyze()
    expectProblems(
      row,
      'Số thẻ 07654321 là của đồng chí Trần Thị Bình, nhưng tệp ghi họ tên “Nguyễn Văn An”: không ghi. Nếu số thẻ hoặc CCCD trong tệp gõ nhầm, sửa tệp rồi chọn lại; nếu đúng là một người, sửa họ tên trên màn hình Đảng viên.'
    )
    expect(row.name).toBe('Trần Thị Bình')
    expect(row.nameInFile).toBe('Nguyễn Văn An')
  })

  it('the same name without accents or in other case is the same name', () => {
    const [row] = ratings([{ idNumber: '001060000001', fullName: 'NGUYEN VAN AN', year: 2020, rating: 1 }])
    expect(row.outcome).toBe('new')
    expect(row.nameInFile).toBeUndefined()
  })

  it('no name in the file: the card alone finds the member', () => {
    const [row] = ratings([{ partyCardNumber: '07654321', year: 2020, rating: 1 }])
    expect(row).toMatchObject({ outcome: 'new', name: 'Trần Thị Bình' })
  })
})

describe('past ratings: each row new, already recorded, or a problem with its reason', () => {
  const an = { partyCardNumber: '01234567' }
  it.each([
    ['missing year', { ...an, rating: 'HTTNV' }, 'Thiếu năm.'],
    [
      'a year that is not one',
      { ...an, year: '20x', rating: 'HTTNV' },
      'Năm "20x" không hợp lệ (từ 1976 đến 2026).'
    ],
    ['a future year', { ...an, year: 2027, rating: 'HTTNV' }, 'Năm "2027" không hợp lệ (từ 1976 đến 2026).'],
    ['missing level', { ...an, year: 2020 }, 'Thiếu mức xếp loại.'],
    [
      'unknown level',
      { ...an, year: 2020, rating: 'Giỏi' },
      '“Giỏi” không phải mức xếp loại (gõ 1–4 hoặc HTXSNV, HTTNV, HTNV, KHTNV).'
    ],
    [
      'a year before the member was admitted (the streaks of commendations would count it)',
      { ...an, year: 1984, rating: 1 },
      'Năm 1984 đồng chí chưa vào Đảng (kết nạp 01/01/1985): không có xếp loại đảng viên năm này.'
    ],
    [
      'unknown member',
      { partyCardNumber: '99999999', year: 2020, rating: 1 },
      'Không tìm thấy đảng viên này trong sổ (theo số thẻ, CCCD, họ tên và ngày sinh).'
    ]
  ] as const)('%s', (_, values, problem) => {
    const [row] = ratings([values])
    expectProblems(row, problem)
  })
  it('a level written in full or as 1–4 is read', () => {
    const rows = ratings([
      { ...an, year: 2019, rating: 'Hoàn thành xuất sắc nhiệm vụ' },
      { ...an, year: 2020, rating: 2 },
      { ...an, year: '2021', rating: 'htnv' }
    ])
    expect(rows.map((r) => [r.outcome, r.rating])).toEqual([
      ['new', 'excellent'],
      ['new', 'good'],
      ['new', 'complete']
    ])
    expect(rows[0].review).toEqual({
      id: '2019:an',
      year: 2019,
      memberId: 'an',
      cellId: 'c1',
      decision: 'excellent',
      updatedAt: 'now'
    })
  })
  it('the cell is the one the member was in at the end of that year', () => {
    const events: MemberEvent[] = [
      { id: 'e1', memberId: 'an', type: 'admission', date: '1985-01-01', cellId: 'old', createdAt: 'x' },
      {
        id: 'e2',
        memberId: 'an',
        type: 'cellChange',
        date: '2022-03-01',
        cellId: 'c1',
        fromCellId: 'old',
        createdAt: 'x'
      }
    ]
    const [r2020, r2023] = ratings(
      [
        { ...an, year: 2020, rating: 1 },
        { ...an, year: 2023, rating: 1 }
      ],
      [],
      events
    )
    expect(r2020.review?.cellId).toBe('old')
    expect(r2023.review?.cellId).toBe('c1')
  })
  it('the same decision already recorded: nothing to write', () => {
    const [row] = ratings(
      [{ ...an, year: 2020, rating: 'HTTNV' }],
      [review(2020, 'an', { decision: 'good' })]
    )
    expect(row).toMatchObject({ outcome: 'same', note: 'Đã có trong sổ: năm 2020 HTTNV.' })
  })
  it('another decision already recorded is never overwritten', () => {
    const [row] = ratings(
      [{ ...an, year: 2020, rating: 'HTXSNV' }],
      [review(2020, 'an', { decision: 'good' })]
    )
    expect(row.problems).toEqual([
      'Năm 2020 đã có quyết định HTTNV trong sổ, tệp ghi HTXSNV: không ghi đè (sửa ở trang Đánh giá, xếp loại nếu cần).'
    ])
  })
  it('a review without decision gets the decision and keeps the rest', () => {
    const [row] = ratings(
      [{ ...an, year: 2020, rating: 'HTTNV' }],
      [review(2020, 'an', { selfRating: 'excellent', score: 88 })]
    )
    expect(row.review).toMatchObject({ selfRating: 'excellent', score: 88, decision: 'good' })
  })
  it('a locked year is not touched', () => {
    const [row] = ratings([{ ...an, year: 2020, rating: 'HTTNV' }], [], [], [2020])
    expect(row.problems).toEqual(['Kết quả năm 2020 đã khóa: không ghi thêm.'])
  })
  it('the same member and year twice: both rows are problems, the first too', () => {
    const rows = ratings([
      { ...an, year: 2020, rating: 1 },
      { idNumber: '001060000001', year: 2020, rating: 2 }
    ])
    expect(rows.map((r) => [r.outcome, r.problems])).toEqual([
      ['problem', ['Năm này của đảng viên này còn ở dòng 3: chỉ giữ một dòng.']],
      ['problem', ['Năm này của đảng viên này còn ở dòng 2: chỉ giữ một dòng.']]
    ])
  })
})

// A past rating is the ward's decision on one of its members in that year (QĐ 124-QĐ/TW, streaks
// "5 năm liền" read them): a row the book contradicts is shown as a problem, never written.
describe('past ratings against what the book says of the member and the year', () => {
  const an = { partyCardNumber: '01234567' }
  const event = (type: MemberEvent['type'], date: string, over: Partial<MemberEvent> = {}): MemberEvent => ({
    id: `${type}-${date}`,
    memberId: 'an',
    type,
    date,
    createdAt: 'x',
    ...over
  })
  it('a year the book marks "không xếp loại" (vắng buổi kiểm điểm) gets no decision on top', () => {
    const [row] = ratings(
      [{ ...an, year: 2020, rating: 1 }],
      [review(2020, 'an', { notRatedReason: 'absent' })]
    )
    expectProblems(
      row,
      'Năm 2020 sổ ghi đồng chí không xếp loại (Vắng buổi kiểm điểm), tệp ghi HTXSNV: không ghi (sửa ở trang Đánh giá, xếp loại nếu cần).'
    )
    expect(row.review).toBeUndefined()
  })
  it.each([
    [
      'after his death',
      [event('death', '2019-03-01')],
      'Năm 2021 đồng chí không thuộc đảng số của Đảng bộ (từ trần, ngày chốt danh sách 15/12/2021): không có xếp loại của Đảng bộ năm này.'
    ],
    [
      'after he transferred out',
      [event('transferOut', '2019-03-01')],
      'Năm 2021 đồng chí không thuộc đảng số của Đảng bộ (đã chuyển đi, ngày chốt danh sách 15/12/2021): không có xếp loại của Đảng bộ năm này.'
    ],
    [
      'in the year he transferred out, before the review',
      [event('transferOut', '2021-10-01')],
      'Năm 2021 đồng chí không thuộc đảng số của Đảng bộ (đã chuyển đi, ngày chốt danh sách 15/12/2021): không có xếp loại của Đảng bộ năm này.'
    ]
  ] as const)('a year %s is a problem', (_, events, problem) => {
    const [row] = ratings([{ ...an, year: 2021, rating: 2 }], [], [...events])
    expectProblems(row, problem)
  })
  it('a member of another đảng bộ staying here for a while is rated at home (QĐ 232-QĐ/TW 2025, 6.3.2)', () => {
    const guest: Member = member('khach', 'Phạm Văn Khách', { partyCardNumber: '05555555' })
    const stay = event('transferIn', '2020-06-01', {
      memberId: 'khach',
      transferKind: 'temporary',
      endDate: '2022-06-01'
    })
    const [row] = analyzePastRatings(
      [{ rowNumber: 2, values: { partyCardNumber: '05555555', year: 2021, rating: 1 } }],
      {
        today: TODAY,
        members: [...MEMBERS, guest],
        events: [stay],
        reviews: [],
        lockedYears: new Set(),
        now: 'now'
      }
    )
    expectProblems(
      row,
      'Năm 2021 đồng chí không thuộc đảng số của Đảng bộ (sinh hoạt tạm thời, là đảng viên của đảng bộ khác, ngày chốt danh sách 15/12/2021): không có xếp loại của Đảng bộ năm này.'
    )
  })
  it('the years before his death, and the year he died after the review, are written', () => {
    const rows = ratings(
      [
        { ...an, year: 2018, rating: 2 },
        { ...an, year: 2019, rating: 2 }
      ],
      [],
      [event('death', '2019-12-20')]
    )
    expect(rows.map((r) => r.outcome)).toEqual(['new', 'new'])
  })
  it('a year opened on Đánh giá is judged at its own as-of date', () => {
    const values = [{ ...an, year: 2021, rating: 2 }]
    const death = [event('death', '2021-12-05')]
    const at = (asOfDates?: Map<number, string>) =>
      analyzePastRatings([{ rowNumber: 2, values: values[0] }], {
        today: TODAY,
        members: MEMBERS,
        events: death,
        reviews: [],
        lockedYears: new Set(),
        now: 'now',
        ...(asOfDates ? { asOfDates } : {})
      })[0].outcome
    expect(at()).toBe('problem')
    expect(at(new Map([[2021, '2021-11-30']]))).toBe('new')
  })
  it('a locked year that already holds the same decision is "already recorded", not a problem', () => {
    const [row] = ratings(
      [{ ...an, year: 2020, rating: 'HTTNV' }],
      [review(2020, 'an', { decision: 'good' })],
      [],
      [2020]
    )
    expect(row).toMatchObject({ outcome: 'same', problems: [] })
  })
})

// The member import tells two people apart by a number that differs (toldApart); a history row whose
// card or CCCD is not the found member's is the same doubt: another person of that name and birth date.
describe('a row whose card or CCCD contradicts the member it finds', () => {
  it.each([
    [
      'found by name and birth date, the card in the file is another',
      { fullName: 'Trần Thị Bình', birthDate: '01/05/1960', partyCardNumber: '11111111' },
      'Số thẻ 11111111 trong tệp khác số thẻ của đồng chí Trần Thị Bình trong sổ (07654321): không ghi. Nếu tệp gõ nhầm, sửa tệp rồi chọn lại; nếu sổ ghi nhầm, sửa hồ sơ trên màn hình Đảng viên.'
    ],
    [
      'found by card, the CCCD in the file is another',
      { partyCardNumber: '01234567', idNumber: '001060009999' },
      'CCCD 001060009999 trong tệp khác CCCD của đồng chí Nguyễn Văn An trong sổ (001060000001): không ghi. Nếu tệp gõ nhầm, sửa tệp rồi chọn lại; nếu sổ ghi nhầm, sửa hồ sơ trên màn hình Đảng viên.'
    ],
    [
      'an identity cell holding an Excel error is not skipped for the name',
      { fullName: 'Trần Thị Bình', birthDate: '01/05/1960', partyCardNumber: '#N/A' },
      'Ô số thẻ đảng viên có lỗi công thức Excel (#N/A): sửa trong tệp rồi chọn lại.'
    ]
  ] as const)('%s → a problem', (_, values, problem) => {
    const [row] = ratings([{ ...values, year: 2020, rating: 1 }])
    expectProblems(row, problem)
  })
  it('a card the book does not hold for the member found by name and birth date is no contradiction', () => {
    const [row] = ratings([
      {
        fullName: 'Lê Văn Cường',
        birthDate: '1970-01-01',
        partyCardNumber: '22222222',
        year: 2020,
        rating: 1
      }
    ])
    // Two members of that name and birth date, neither with a card: still not guessed at.
    expect(row.outcome).toBe('problem')
    const [one] = analyzePastRatings(
      [
        {
          rowNumber: 2,
          values: {
            fullName: 'Lê Văn Cường',
            birthDate: '1970-01-01',
            partyCardNumber: '22222222',
            year: 2020,
            rating: 1
          }
        }
      ],
      { today: TODAY, members: [MEMBERS[2]], events: [], reviews: [], lockedYears: new Set(), now: 'now' }
    )
    expect(one.outcome).toBe('new')
  })
})

const badges = (rows: PastBadgeValues[], events: MemberEvent[] = []) => {
  let n = 0
  return analyzePastBadges(
    rows.map((values, i) => ({ rowNumber: i + 2, values })),
    {
      today: TODAY,
      members: MEMBERS,
      events,
      newId: () => `id${++n}`,
      now: 'now'
    }
  )
}

describe('past Huy hiệu Đảng (HD 01-HD/TW 2021): written as the member’s badge events', () => {
  const an = { partyCardNumber: '01234567' }
  it('a badge row becomes a badge event with milestone, date and decision number', () => {
    const [row] = badges([{ ...an, milestone: '30 năm', date: '03/02/2016', decisionNumber: '125-QĐ/TU' }])
    expect(row.outcome).toBe('new')
    expect(row.event).toEqual({
      id: 'id1',
      memberId: 'an',
      type: 'badge',
      date: '2016-02-03',
      milestone: 30,
      decisionNumber: '125-QĐ/TU',
      note: 'Nhập lịch sử từ Excel',
      createdAt: 'now'
    })
  })
  it.each([
    ['missing milestone', { ...an, date: 2016 }, 'Thiếu mốc Huy hiệu (30, 40 … năm).'],
    [
      'not a milestone',
      { ...an, milestone: 35, date: 2016 },
      '"35" không phải mốc Huy hiệu Đảng (30, 40, 45, 50 … 90 năm).'
    ],
    ['missing date', { ...an, milestone: 30 }, 'Thiếu ngày trao (hoặc năm trao).'],
    [
      'a date that does not exist',
      { ...an, milestone: 30, date: '31/02/2016' },
      'Ngày trao "31/02/2016" không phải ngày có thật.'
    ],
    ['a date after today', { ...an, milestone: 30, date: '2030' }, 'Ngày trao ở sau hôm nay.']
  ] as const)('%s', (_, values, problem) => {
    const [row] = badges([values])
    expectProblems(row, problem)
  })
  it('a milestone already awarded is not written again', () => {
    const [row] = badges(
      [{ ...an, milestone: 30, date: 2016 }],
      [{ id: 'b', memberId: 'an', type: 'badge', date: '2016-02-03', milestone: 30, createdAt: 'x' }]
    )
    expect(row).toMatchObject({ outcome: 'same', note: 'Đã có Huy hiệu 30 năm trong hồ sơ.' })
  })
  it('the same badge twice in the file: both rows are problems', () => {
    const rows = badges([
      { ...an, milestone: 30, date: 2016 },
      { ...an, milestone: '30 năm', date: 2017 }
    ])
    expect(rows.map((r) => r.outcome)).toEqual(['problem', 'problem'])
  })
})

// HD 01-HD/TW 2021 mục 18: a badge marks N years of party age, awarded early by at most 12 months
// (30–65 years) or 24 months (70–90) to the gravely ill, 12 posthumously. A badge dated before that is
// a typo of the milestone, the date or the admission; written, it would stop the real milestone ever
// being proposed (awarded milestones are not proposed again).
describe('a past badge dated before the member could reach its milestone', () => {
  const an = { partyCardNumber: '01234567' } // admitted 01/01/1985: 30 years on 01/01/2015
  const tooEarly = (milestone: number, awarded: string, reached: string) =>
    `Huy hiệu ${milestone} năm trao ${awarded} khi đồng chí chưa đủ ${milestone} năm tuổi Đảng (đủ ngày ${reached}; tặng sớm nhiều nhất 12 tháng): không ghi. Kiểm tra lại mốc, ngày trao trong tệp và ngày vào Đảng trong hồ sơ.`
  const gap: MemberEvent[] = [
    { id: 'g1', memberId: 'an', type: 'removal', date: '1990-01-01', createdAt: 'x' },
    { id: 'g2', memberId: 'an', type: 'readmission', date: '1995-01-01', createdAt: 'x' }
  ]
  it.each<[string, PastBadgeValues, MemberEvent[], string]>([
    [
      'years too early',
      { ...an, milestone: 30, date: '03/02/2000' },
      [],
      tooEarly(30, '03/02/2000', '01/01/2015')
    ],
    [
      'before the admission itself',
      { ...an, milestone: 40, date: 1980 },
      [],
      tooEarly(40, 'năm 1980', '01/01/2025')
    ],
    [
      'a year wholly before the early window',
      { ...an, milestone: 30, date: 2013 },
      [],
      tooEarly(30, 'năm 2013', '01/01/2015')
    ],
    [
      'a gap in membership (removal → readmission) moves the milestone later',
      { ...an, milestone: 30, date: '03/02/2016' },
      gap,
      tooEarly(30, '03/02/2016', '01/01/2020')
    ]
  ])('%s → a problem', (_, values, events, problem) => {
    const [row] = badges([values], events)
    expectProblems(row, problem)
    expect(row.event).toBeUndefined()
  })
  it.each([
    ['on the day', { ...an, milestone: 30, date: '01/01/2015' }],
    ['early within 12 months (gravely ill, posthumous)', { ...an, milestone: 30, date: '02/01/2014' }],
    ['a year that may hold an early award', { ...an, milestone: 30, date: 2014 }],
    [
      'a member with no admission date recorded cannot be checked',
      { partyCardNumber: '07654321', milestone: 30, date: 2000 }
    ]
  ] as const)('%s → written', (_, values) => {
    const members = [MEMBERS[0], { ...MEMBERS[1], admissionDate: null }]
    const [row] = analyzePastBadges([{ rowNumber: 2, values }], {
      today: TODAY,
      members,
      events: [],
      newId: () => 'id',
      now: 'now'
    })
    expect(row.problems).toEqual([])
    expect(row.outcome).toBe('new')
  })
  it('a milestone proposed for a coming ceremony (Khen thưởng) is not written as awarded beside it', () => {
    const [row] = analyzePastBadges(
      [{ rowNumber: 2, values: { ...an, milestone: 30, date: '03/02/2016' } }],
      {
        today: TODAY,
        members: MEMBERS,
        events: [],
        proposals: [{ memberId: 'an', milestone: 30, ceremonyDate: '2027-02-03', status: 'proposed' }],
        newId: () => 'id',
        now: 'now'
      }
    )
    expectProblems(
      row,
      'Huy hiệu 30 năm của đồng chí đang được đề nghị trong đợt 03/02/2027 (trang Khen thưởng): không ghi. Nếu đồng chí đã được trao trước đây, bỏ đề nghị đó rồi nhập lại.'
    )
  })
  it('a decision number that is an Excel error is not written into the record', () => {
    const [row] = badges([{ ...an, milestone: 30, date: '03/02/2016', decisionNumber: '#REF!' }])
    expectProblems(row, 'Ô số quyết định có lỗi công thức Excel (#REF!): sửa trong tệp rồi chọn lại.')
  })
})

describe('the "Huy hiệu Đảng" column of a member list: "30 năm (03/02/2020, 125-QĐ/TU); 40 năm (2030)"', () => {
  it.each([
    ['30 năm (03/02/2020)', [{ milestone: 30, date: '2020-02-03' }]],
    ['30 năm (2020)', [{ milestone: 30, date: '2020' }]],
    ['30 nam (2020)', [{ milestone: 30, date: '2020' }]],
    ['30 năm (03/02/2020, 125-QĐ/TU)', [{ milestone: 30, date: '2020-02-03', decisionNumber: '125-QĐ/TU' }]],
    [
      '30 năm (2010); 40 năm (07/11/2020)',
      [
        { milestone: 30, date: '2010' },
        { milestone: 40, date: '2020-11-07' }
      ]
    ],
    ['', []]
  ])('"%s"', (text, expected) => {
    expect(parseBadgeText(text)).toEqual({ badges: expected, problems: [] })
  })
  it.each([
    ['30 năm', 'Huy hiệu Đảng "30 năm": cần dạng "30 năm (03/02/2020)" hoặc "30 năm (2020)".'],
    ['35 năm (2020)', 'Huy hiệu Đảng: "35 năm" không phải mốc Huy hiệu Đảng (30, 40, 45, 50 … 90 năm).'],
    [
      '30 năm (hôm qua)',
      'Huy hiệu Đảng "30 năm (hôm qua)": ngày trao "hôm qua" không đọc được (dạng 03/02/2020 hoặc 2020).'
    ]
  ])('"%s" → a problem', (text, problem) => {
    expect(parseBadgeText(text).problems).toEqual([problem])
  })
  it.each([
    ['Huy hiệu 40 năm tuổi Đảng', 40],
    ['90', 90]
  ])('milestone "%s" → %i', (text, n) => expect(parseMilestone(text)).toEqual({ milestone: n }))
})
