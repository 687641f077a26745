import type { Member, MemberEvent, MemberEventType } from '../entities'
import { event } from '@renderer/testing/reviewFactories'
import { checkNewEvent } from './eventChecks'
import { memberStateOn } from '../memberState'

const ID = 'm1'
/** Admitted 01/06/2015, official 01/06/2016, as the form records it (both on the timeline). */
const record: Pick<Member, 'admissionDate' | 'officialDate' | 'cellId'> = {
  admissionDate: '2015-06-01',
  officialDate: '2016-06-01',
  cellId: 'c1'
}
const entered = [event(ID, 'admission', '2015-06-01', { cellId: 'c1' }), event(ID, 'official', '2016-06-01')]
const h = (...more: [MemberEventType, string][]): MemberEvent[] => [
  ...entered,
  ...more.map(([type, date]) => event(ID, type, date))
]

type Expect = [level: 'error' | 'warning', message: RegExp] | null

/** No issue, or exactly one on the date field with this level and message. */
function expectIssue(issues: ReturnType<typeof checkNewEvent>, expected: Expect) {
  if (!expected) expect(issues).toEqual([])
  else {
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({ field: 'date', level: expected[0] })
    expect(issues[0].message).toMatch(expected[1])
  }
}

describe('a new event against the member’s history ("Thêm sự kiện")', () => {
  // Rule 1 — "Từ trần" ends the history: no event of any kind is dated after the death.
  // Rule 2 — after "Xóa tên", "Khai trừ" or "Ra khỏi Đảng" the member is no longer in the Party
  //          (memberState.ts, ENDED): only "Kết nạp lại" may follow, and after it the history goes on.
  // Rule 3 — nothing of a member's party life comes before his admission (ngày vào Đảng); a member
  //          transferred in from another đảng bộ was admitted there first. An award may be older.
  // Rule 4 — "Công nhận chính thức" is never before the admission (the form's error), and "Người được
  //          kết nạp vào Đảng phải trải qua thời kỳ dự bị mười hai tháng" (Điều lệ Đảng, Điều 5),
  //          counted again from a readmission (QĐ 294-QĐ/TW 2025, điểm 3.5.1): earlier is the form's
  //          warning, "sớm hơn 12 tháng dự bị".
  // Rule 5 — "Kết nạp lại" is for one who was put out of the Party or left it (Điều lệ Đảng, Điều 8;
  //          QĐ 294-QĐ/TW 2025, điểm 3.5.1): recorded for a member still in the Party, it would start
  //          his probation again (memberStateOn) and an official member would be listed "Dự bị". A
  //          second "Kết nạp vào Đảng" after the first does the same: a later admission is a readmission.
  it.each<[string, MemberEvent[], MemberEventType, string, Expect]>([
    // Rule 1
    [
      'rule 1: a transfer in after the death is refused (the auditor’s case)',
      h(['death', '2024-03-10']),
      'transferIn',
      '2024-05-01',
      ['error', /đã từ trần ngày 10\/03\/2024: không ghi được sự kiện sau ngày này/]
    ],
    [
      'rule 1: not even a readmission after the death',
      h(['death', '2024-03-10']),
      'readmission',
      '2025-01-01',
      ['error', /đã từ trần/]
    ],
    [
      'rule 1: an award on the day of the death is not after it',
      h(['death', '2024-03-10']),
      'award',
      '2024-03-10',
      null
    ],
    ['rule 1: an event before the death is fine', h(['death', '2024-03-10']), 'award', '2023-05-01', null],
    [
      'rule 1: a death dated before an event already recorded is refused',
      h(['award', '2024-05-01']),
      'death',
      '2024-03-10',
      ['error', /Đã ghi “Khen thưởng” ngày 01\/05\/2024, sau ngày này: không có sự kiện nào sau ngày từ trần/]
    ],
    [
      'rule 1: a badge known by its year only is not surely after a death that year',
      h(['death', '2024-03-10']),
      'badge',
      '2024',
      null
    ],
    // Truy tặng: the badge may follow the death at a ceremony in the 12 months after it (HD 01-HD/TW
    // 2021 mục 18), as Khen thưởng proposes it (honours/badges.ts).
    [
      'rule 1: a badge awarded posthumously at a ceremony 6 months after the death is recorded',
      h(['death', '2024-03-10']),
      'badge',
      '2024-09-02',
      null
    ],
    [
      'rule 1: a badge a year or more after the death is refused, saying the 12 months',
      h(['death', '2024-03-10']),
      'badge',
      '2025-03-10',
      [
        'error',
        /đã từ trần ngày 10\/03\/2024: không ghi được sự kiện sau ngày này \(chỉ truy tặng Huy hiệu Đảng trong 12 tháng sau ngày từ trần\)/
      ]
    ],
    [
      'rule 1: a death recorded before a posthumous badge already on the timeline is fine',
      h(['badge', '2024-09-02']),
      'death',
      '2024-03-10',
      null
    ],
    [
      'rule 1: an award (khen thưởng) after the death is still refused: only the badge is posthumous here',
      h(['death', '2024-03-10']),
      'award',
      '2024-09-02',
      ['error', /đã từ trần ngày 10\/03\/2024: không ghi được sự kiện sau ngày này\.$/]
    ],
    // Rule 2
    [
      'rule 2: an exemption after a removal is refused',
      h(['removal', '2020-01-01']),
      'exemption',
      '2021-01-01',
      ['error', /đã bị xóa tên ngày 01\/01\/2020: sau ngày này chỉ ghi được “Kết nạp lại”/]
    ],
    [
      'rule 2: a transfer in after an expulsion is refused',
      h(['expulsion', '2020-01-01']),
      'transferIn',
      '2021-01-01',
      ['error', /đã bị khai trừ/]
    ],
    [
      'rule 2: an admission after leaving is refused (it is a readmission)',
      h(['leaving', '2020-01-01']),
      'admission',
      '2021-01-01',
      ['error', /đã ra khỏi Đảng.*chỉ ghi được “Kết nạp lại”/]
    ],
    [
      'rule 2: a readmission after a removal is fine',
      h(['removal', '2020-01-01']),
      'readmission',
      '2021-01-01',
      null
    ],
    [
      'rule 2: after the readmission the history goes on',
      h(['removal', '2020-01-01'], ['readmission', '2021-01-01']),
      'exemption',
      '2023-01-01',
      null
    ],
    [
      'rule 2: a removal dated before an event already recorded is refused',
      h(['exemption', '2023-01-01']),
      'removal',
      '2022-01-01',
      [
        'error',
        /Đã ghi “Miễn công tác và sinh hoạt đảng” ngày 01\/01\/2023, sau ngày này: sau khi bị xóa tên chỉ có “Kết nạp lại”/
      ]
    ],
    [
      'rule 2: a removal before a readmission already recorded is fine',
      h(['readmission', '2021-01-01']),
      'removal',
      '2020-01-01',
      null
    ],
    [
      'rule 2: a death after a removal is after it too',
      h(['removal', '2020-01-01']),
      'death',
      '2022-01-01',
      ['error', /đã bị xóa tên/]
    ],
    // Rule 3
    [
      'rule 3: an exemption before the admission is refused',
      h(),
      'exemption',
      '2014-01-01',
      [
        'error',
        /Trước ngày vào Đảng \(01\/06\/2015\): chưa là đảng viên thì chưa có “Miễn công tác và sinh hoạt đảng”/
      ]
    ],
    [
      'rule 3: a transfer in before the record’s admission date is refused',
      h(),
      'transferIn',
      '2015-05-31',
      ['error', /Trước ngày vào Đảng/]
    ],
    ['rule 3: a transfer in after the admission elsewhere is fine', h(), 'transferIn', '2018-03-01', null],
    ['rule 3: an award may be older than the admission', h(), 'award', '2010-01-01', null],
    [
      'rule 3: a badge of a year before the admission year is refused',
      h(),
      'badge',
      '2014',
      ['error', /Trước ngày vào Đảng/]
    ],
    ['rule 3: a badge of the admission year is not surely before it', h(), 'badge', '2015', null],
    // Rule 4
    [
      'rule 4: an official recognition before the admission is the form’s error (the auditor’s case)',
      [],
      'official',
      '2014-06-01',
      ['error', /^Ngày chính thức không được trước ngày vào Đảng\.$/]
    ],
    [
      'rule 4: two months after the admission is the form’s warning (the auditor’s case)',
      [],
      'official',
      '2015-08-01',
      ['warning', /sớm hơn 12 tháng dự bị \(từ 01\/06\/2015 đến 01\/06\/2016 — Điều lệ Đảng, Điều 5\)/]
    ],
    ['rule 4: twelve months after the admission is fine', [], 'official', '2016-06-01', null],
    [
      'rule 4: after a readmission the 12 months count from it',
      h(['removal', '2020-01-01'], ['readmission', '2021-01-01']),
      'official',
      '2021-06-01',
      ['warning', /từ 01\/01\/2021 đến 01\/01\/2022/]
    ],
    [
      'rule 4: the first recognition, recorded late, counts from the first admission',
      [
        event(ID, 'admission', '2015-06-01'),
        event(ID, 'removal', '2020-01-01'),
        event(ID, 'readmission', '2021-01-01')
      ],
      'official',
      '2016-06-01',
      null
    ],
    // Rule 5
    [
      'rule 5: a readmission of an official member never put out is refused',
      h(),
      'readmission',
      '2020-01-01',
      ['error', /“Kết nạp lại” chỉ ghi sau khi .*xóa tên, khai trừ hoặc ra khỏi Đảng/]
    ],
    [
      'rule 5: a second readmission after the first ended the break is refused',
      h(['removal', '2020-01-01'], ['readmission', '2021-01-01']),
      'readmission',
      '2022-01-01',
      ['error', /đã kết nạp lại ngày 01\/01\/2021/]
    ],
    [
      'rule 5: a readmission dated before the removal it ends is refused',
      h(['removal', '2020-01-01']),
      'readmission',
      '2019-01-01',
      ['error', /“Kết nạp lại” chỉ ghi sau khi/]
    ],
    [
      'rule 5: a readmission after an expulsion is fine',
      h(['expulsion', '2020-01-01']),
      'readmission',
      '2024-01-01',
      null
    ],
    [
      'rule 5: a readmission of a year after a removal that year is not surely before it',
      h(['removal', '2020-03-01']),
      'readmission',
      '2020',
      null
    ],
    [
      'rule 5: a second admission after the first is refused (it would restart the probation)',
      h(),
      'admission',
      '2020-01-01',
      ['error', /đã được kết nạp ngày 01\/06\/2015/]
    ],
    [
      'rule 5: an admission on the record’s own date (an old record without its event) is fine',
      [],
      'admission',
      '2015-06-01',
      null
    ]
  ])('%s', (_name, history, type, date, expected) => {
    expectIssue(checkNewEvent(record, history, { type, date }), expected)
  })

  // Rule 6 — nothing of a member's life is dated before his birth, an award included (rule 3 lets an
  //          award precede the admission, and a record without an admission date is checked by
  //          nothing else). A bare year is before only in an earlier year.
  it.each<[string, Pick<Member, 'admissionDate' | 'birthDate'>, MemberEventType, string, Expect]>([
    [
      'rule 6: an award dated before the birth is refused',
      { admissionDate: '2015-06-01', birthDate: '1985-04-30' },
      'award',
      '1984-01-01',
      ['error', /Trước ngày sinh \(30\/04\/1985\)/]
    ],
    [
      'rule 6: a death before the birth on a record without an admission date is refused',
      { admissionDate: null, birthDate: '1985-04-30' },
      'death',
      '1980-01-01',
      ['error', /Trước ngày sinh/]
    ],
    [
      'rule 6: an award of the birth year, known by its year, is not surely before it',
      { admissionDate: '2015-06-01', birthDate: '1985-04-30' },
      'award',
      '1985',
      null
    ],
    [
      'rule 6: an award after the birth is fine',
      { admissionDate: '2015-06-01', birthDate: '1985-04-30' },
      'award',
      '2003-01-01',
      null
    ]
  ])('%s', (_name, member, type, date, expected) => {
    expectIssue(checkNewEvent(member, [], { type, date }), expected)
  })

  it('what a refused readmission would have done: an official member listed "Dự bị"', () => {
    const readmitted = event(ID, 'readmission', '2020-01-01', { cellId: 'c1' })
    expect(memberStateOn(record, [...h(), readmitted], '2020-06-01').status).toBe('probationary')
    expect(checkNewEvent(record, h(), readmitted)[0]?.level).toBe('error')
  })

  it('an official event for a member admitted 01/06/2025 dated 01/06/2024 is refused (the auditor’s case)', () => {
    const issues = checkNewEvent({ admissionDate: '2025-06-01' }, [event(ID, 'admission', '2025-06-01')], {
      type: 'official',
      date: '2024-06-01'
    })
    expect(issues).toEqual([
      { field: 'date', level: 'error', message: 'Ngày chính thức không được trước ngày vào Đảng.' }
    ])
  })

  it('a record without an admission date or event is not checked against one', () => {
    expect(checkNewEvent({ admissionDate: null }, [], { type: 'exemption', date: '1990-01-01' })).toEqual([])
  })

  it('what the refused transfer would have done: the dead member official again', () => {
    // Why rule 1 refuses it: the status is derived from the history.
    const history = h(['death', '2024-03-10'])
    const transfer = event(ID, 'transferIn', '2024-05-01', { cellId: 'c1' })
    expect(memberStateOn(record, [...history, transfer], '2024-06-01').status).toBe('official')
    expect(checkNewEvent(record, history, transfer)[0]?.level).toBe('error')
  })
})
