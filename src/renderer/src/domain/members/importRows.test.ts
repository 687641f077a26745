import type { Member, MemberEvent } from '../entities'
import { memberSearchText } from '../names'
import { cellKey, importRows, rowsToWrite, type ImportContext, type ImportRecord } from './importRows'
import { cell as cellOf, member as memberOf } from '@renderer/testing/factories'

const TODAY = '2026-11-21'
const cell = cellOf('c1', { name: 'Chi bộ Khu dân cư số 1' })
const existing = memberOf('e1', {
  fullName: 'Nguyễn Văn An',
  birthDate: '1980-01-02',
  admissionDate: '2005-01-01',
  officialDate: '2006-01-01',
  partyCardNumber: '11111111',
  idNumber: '001080000001'
})
existing.searchText = memberSearchText(existing)

function ctx(extra: Partial<ImportContext> = {}): ImportContext {
  let n = 0
  return {
    today: TODAY,
    existingMembers: [existing],
    cells: [cell],
    createMissingCells: false,
    newId: () => `n${++n}`,
    now: 'now',
    ...extra
  }
}
const row = (rowNumber: number, values: ImportRecord['values']): ImportRecord => ({
  rowNumber,
  values: { gender: 'Nam', cellName: 'Chi bộ Khu dân cư số 1', ...values }
})

describe('importRows matching: party card, then CCCD, then name + birth date', () => {
  it.each<[string, ImportRecord['values'], string, string | undefined]>([
    ['same party card', { fullName: 'Nguyễn Văn An', partyCardNumber: '11111111' }, 'update', 'partyCard'],
    ['same CCCD, no card', { fullName: 'Nguyễn Văn An', idNumber: '001080000001' }, 'update', 'idNumber'],
    [
      'same CCCD from a number cell that lost both leading zeros',
      { fullName: 'Nguyễn Văn An', idNumber: 1080000001 },
      'update',
      'idNumber'
    ],
    [
      'same name (any accents/case) and birth date',
      { fullName: 'NGUYỄN VĂN AN', birthDate: '2/1/1980' },
      'update',
      'nameBirth'
    ],
    ['same name, other birth date', { fullName: 'Nguyễn Văn An', birthDate: '3/1/1980' }, 'new', undefined],
    [
      'card checked before CCCD',
      { fullName: 'Nguyễn Văn An', partyCardNumber: '11111111', idNumber: '001080000001' },
      'update',
      'partyCard'
    ]
  ])('%s → %s', (_n, values, outcome, matchedBy) => {
    const preview = importRows([row(5, values)], ctx())
    expect(preview.rows[0].outcome).toBe(outcome)
    expect(preview.rows[0].matchedBy).toBe(matchedBy)
    if (outcome === 'update') expect(preview.rows[0].member.id).toBe('e1')
  })

  it('an update keeps the record id and adds no second admission event', () => {
    const preview = importRows(
      [
        row(5, {
          fullName: 'Nguyễn Văn An',
          partyCardNumber: '11111111',
          admissionDate: '1/1/2005',
          phone: '0912345678'
        })
      ],
      ctx({ existingEventTypes: new Map([['e1', new Set(['admission'])]]) })
    )
    const r = preview.rows[0]
    expect(r.member).toMatchObject({ id: 'e1', phone: '0912345678', idNumber: '001080000001' })
    expect(r.events.map((e) => e.type)).toEqual(['official'])
  })

  it('a phone number Excel turned into a number gets its leading zero back, and says so', () => {
    const preview = importRows(
      [
        row(5, { fullName: 'Nguyễn Văn An', partyCardNumber: '11111111', phone: 912345678 }),
        row(6, { fullName: 'Trần Văn Bảo', gender: 'Nam', cellName: 'Khu phố 1', phone: 2438223344 })
      ],
      ctx()
    )
    expect(preview.rows.map((r) => r.member.phone)).toEqual(['0912345678', '02438223344'])
    expect(preview.rows[0].fixes).toContain(
      'Số điện thoại bị Excel đổi thành số, mất số 0 đầu: đã khôi phục thành 0912345678.'
    )
  })

  it('two rows for one existing member: the second is a problem naming the first', () => {
    const preview = importRows(
      [
        row(5, { fullName: 'Nguyễn Văn An', partyCardNumber: '11111111' }),
        row(6, { fullName: 'Nguyễn Văn An', idNumber: '001080000001' })
      ],
      ctx()
    )
    expect(preview.rows[1].outcome).toBe('problem')
    expect(preview.rows[1].problems).toEqual([
      'Cùng một đảng viên (Nguyễn Văn An) với dòng 5 (Nguyễn Văn An).'
    ])
  })

  it('a CCCD used twice in the file: both rows are problems, the first copy too', () => {
    const preview = importRows(
      [
        row(5, { fullName: 'Lê Văn Bình', idNumber: '001090000002' }),
        row(9, { fullName: 'Trần Văn Cường', idNumber: '001090000002' })
      ],
      ctx()
    )
    expect(preview.counts).toEqual({ new: 0, update: 0, problem: 2 })
    expect(preview.rows[0].problems).toEqual(['Số CCCD 001090000002 trùng với dòng 9 (Trần Văn Cường).'])
    expect(preview.rows[0].events).toEqual([])
    expect(preview.rows[1].problems).toEqual(['Số CCCD 001090000002 trùng với dòng 5 (Lê Văn Bình).'])
  })

  it('a party card used three times: every copy is a problem, the first naming each later one', () => {
    const preview = importRows(
      [
        row(5, { fullName: 'Lê Văn Bình', partyCardNumber: '12345678' }),
        row(6, { fullName: 'Lê Văn Bính', partyCardNumber: '12345678' }),
        row(7, { fullName: 'Lê Văn Bịnh', partyCardNumber: '12345678' })
      ],
      ctx()
    )
    expect(preview.rows.map((r) => r.problems)).toEqual([
      [
        'Số thẻ đảng viên 12345678 trùng với dòng 6 (Lê Văn Bính).',
        'Số thẻ đảng viên 12345678 trùng với dòng 7 (Lê Văn Bịnh).'
      ],
      ['Số thẻ đảng viên 12345678 trùng với dòng 5 (Lê Văn Bình).'],
      ['Số thẻ đảng viên 12345678 trùng với dòng 5 (Lê Văn Bình).']
    ])
  })
})

// Two rows of one new person would become two members. Two real people can share a name and a
// birth date, so the later row waits for the clerk: "Sửa" to type what tells them apart (CCCD or
// card), or left as it is, not written.
describe('importRows: one new person in two rows', () => {
  const binh = {
    fullName: 'Lê Văn Bình',
    gender: 'Nam',
    birthDate: '01/01/1970',
    admissionDate: '02/09/1995',
    cellName: 'Chi bộ Khu dân cư số 1'
  }

  it('the later row is a problem naming the earlier one, which is written with a warning', () => {
    const preview = importRows([row(2, binh), row(7, { ...binh, fullName: 'le van binh' })], ctx())
    expect(preview.counts).toEqual({ new: 1, update: 0, problem: 1 })
    expect(rowsToWrite(preview, new Set()).members).toHaveLength(1)
    expect(preview.rows[1].problems).toEqual([
      'Họ tên và ngày sinh trùng với dòng 2 (Lê Văn Bình). Nếu là hai người khác nhau, bấm “Sửa” và nhập số CCCD hoặc số thẻ đảng viên của người này; nếu là một người, để nguyên: dòng này không được ghi.'
    ])
    expect(preview.rows[0].warnings).toEqual(['Họ tên và ngày sinh trùng với dòng 7 (Le Van Binh).'])
  })

  it.each<[string, ImportRecord['values'], ImportRecord['values'], number]>([
    ['two different CCCDs: two people', { idNumber: '001070000001' }, { idNumber: '001070000002' }, 2],
    [
      'two different party cards: two people',
      { partyCardNumber: '01000001' },
      { partyCardNumber: '01000002' },
      2
    ],
    [
      'a card on one row, a CCCD on the other: cannot tell',
      { partyCardNumber: '01000001' },
      { idNumber: '001070000002' },
      1
    ]
  ])('%s', (_, first, second, written) => {
    const preview = importRows([row(2, { ...binh, ...first }), row(3, { ...binh, ...second })], ctx())
    expect(rowsToWrite(preview, new Set()).members).toHaveLength(written)
  })
})

// docs/design.md §8: nothing is overwritten silently. A row never replaces who a member is.
describe('importRows never replaces an identity (docs/design.md §8)', () => {
  const other: Member = {
    ...existing,
    id: 'e2',
    fullName: 'Trần Thị Bình',
    gender: 'female',
    birthDate: '1975-03-04',
    partyCardNumber: '22222222',
    idNumber: '001175000002'
  }
  const preview = (values: ImportRecord['values']) =>
    importRows([row(5, values)], ctx({ existingMembers: [existing, other] })).rows[0]

  it.each<[string, ImportRecord['values'], string[]]>([
    [
      "another member's party card with another name, birth date and gender",
      { fullName: 'Phạm Văn Cường', gender: 'Nam', birthDate: '1/1/1990', partyCardNumber: '22222222' },
      [
        'Số thẻ đảng viên 22222222 là của đồng chí Trần Thị Bình (sinh 04/03/1975), nhưng dòng này khác: Họ và tên: Trần Thị Bình → Phạm Văn Cường; Giới tính: Nữ → Nam; Ngày sinh: 04/03/1975 → 01/01/1990. Không ghi đè thông tin nhân thân: nếu đúng là một người, hãy sửa hồ sơ trên màn hình Đảng viên.'
      ]
    ],
    [
      "another member's CCCD (no card) with another name",
      { fullName: 'Phạm Văn Cường', birthDate: '4/3/1975', gender: 'Nữ', idNumber: '001175000002' },
      [
        'Số CCCD 001175000002 là của đồng chí Trần Thị Bình (sinh 04/03/1975), nhưng dòng này khác: Họ và tên: Trần Thị Bình → Phạm Văn Cường. Không ghi đè thông tin nhân thân: nếu đúng là một người, hãy sửa hồ sơ trên màn hình Đảng viên.'
      ]
    ],
    [
      "the member's card with another member's CCCD",
      { fullName: 'Nguyễn Văn An', partyCardNumber: '11111111', idNumber: '001175000002' },
      [
        'Số CCCD 001175000002 đã là của đồng chí Trần Thị Bình (sinh 04/03/1975): một CCCD không thể thuộc hai đảng viên.',
        'Số thẻ đảng viên 11111111 là của đồng chí Nguyễn Văn An (sinh 02/01/1980), nhưng dòng này khác: Số CCCD: 001080000001 → 001175000002. Không ghi đè thông tin nhân thân: nếu đúng là một người, hãy sửa hồ sơ trên màn hình Đảng viên.'
      ]
    ],
    [
      "the member's CCCD with another member's card",
      { fullName: 'Nguyễn Văn An', idNumber: '001080000001', partyCardNumber: '22222222' },
      [
        'Số CCCD 001080000001 đã là của đồng chí Nguyễn Văn An (sinh 02/01/1980): một CCCD không thể thuộc hai đảng viên.',
        'Số thẻ đảng viên 22222222 là của đồng chí Trần Thị Bình (sinh 04/03/1975), nhưng dòng này khác: Họ và tên: Trần Thị Bình → Nguyễn Văn An; Giới tính: Nữ → Nam; Số CCCD: 001175000002 → 001080000001. Không ghi đè thông tin nhân thân: nếu đúng là một người, hãy sửa hồ sơ trên màn hình Đảng viên.'
      ]
    ],
    [
      'the same card with a new CCCD',
      { fullName: 'Nguyễn Văn An', partyCardNumber: '11111111', idNumber: '001080009999' },
      [
        'Số thẻ đảng viên 11111111 là của đồng chí Nguyễn Văn An (sinh 02/01/1980), nhưng dòng này khác: Số CCCD: 001080000001 → 001080009999. Không ghi đè thông tin nhân thân: nếu đúng là một người, hãy sửa hồ sơ trên màn hình Đảng viên.'
      ]
    ]
  ])('%s → a problem row, nothing written', (_name, values, problems) => {
    const r = preview(values)
    expect(r.outcome).toBe('problem')
    expect(r.problems).toEqual(problems)
  })

  it('the same person: a year of birth made precise is an update shown before → after', () => {
    const yearOnly = { ...existing, birthDate: '1980' }
    const r = importRows(
      [
        row(5, {
          fullName: 'Nguyễn Văn An',
          partyCardNumber: '11111111',
          birthDate: '2/1/1980',
          phone: '0912'
        })
      ],
      ctx({ existingMembers: [yearOnly] })
    ).rows[0]
    expect(r.outcome).toBe('update')
    expect(r.changes).toEqual([
      { field: 'birthDate', before: '1980', after: '1980-01-02' },
      { field: 'phone', before: null, after: '0912' }
    ])
  })

  it('a bare year in the file never blurs a full birth date on record', () => {
    const r = preview({ fullName: 'Nguyễn Văn An', partyCardNumber: '11111111', birthDate: '1980' })
    expect(r.outcome).toBe('update')
    expect(r.member.birthDate).toBe('1980-01-02')
    expect(r.changes).toEqual([])
  })

  it("a new row whose CCCD is nobody's stays new; the rest of an update is listed before → after", () => {
    expect(preview({ fullName: 'Phạm Văn Cường', idNumber: '001090000003' }).outcome).toBe('new')
    const r = preview({ fullName: 'Nguyễn Văn An', partyCardNumber: '11111111', admissionDate: '3/2/2005' })
    expect(r.outcome).toBe('update')
    expect(r.changes).toEqual([{ field: 'admissionDate', before: '2005-01-01', after: '2005-02-03' }])
  })
})

describe('importRows cells', () => {
  it.each([
    ['Chi bộ Khu dân cư số 1', 'khu dan cu so 1'],
    ['  chi bo KHU DÂN CƯ số 1 ', 'khu dan cu so 1'],
    ['Khu dân cư số 1', 'khu dan cu so 1']
  ])('cellKey(%j) = %s', (name, key) => {
    expect(cellKey(name)).toBe(key)
  })

  it('a missing cell is a problem unless the clerk agrees to create it (once, for every row)', () => {
    const records = [
      row(5, { fullName: 'A B', cellName: 'Chi bộ Trường Mầm non' }),
      row(6, { fullName: 'C D', cellName: 'chi bộ trường mầm non' })
    ]
    const refused = importRows(records, ctx())
    expect(refused.rows[0].problems).toEqual(['Chưa có chi bộ "Chi bộ Trường Mầm non" trong sổ.'])
    const created = importRows(records, ctx({ createMissingCells: true }))
    expect(created.newCells).toHaveLength(1)
    expect(created.newCells[0]).toMatchObject({
      name: 'Chi bộ Trường Mầm non',
      type: 'school',
      status: 'active'
    })
    expect(created.rows.map((r) => r.member.cellId)).toEqual([created.newCells[0].id, created.newCells[0].id])
  })

  it('rowsToWrite leaves out problems and skipped rows, and cells no chosen row uses', () => {
    const records = [
      row(5, { fullName: 'A B', cellName: 'Chi bộ Mới' }),
      row(6, { fullName: '' }),
      row(7, { fullName: 'E F' })
    ]
    const preview = importRows(records, ctx({ createMissingCells: true }))
    const all = rowsToWrite(preview, new Set())
    expect(all.members.map((m) => m.fullName)).toEqual(['A B', 'E F'])
    expect(all.cells).toHaveLength(1)
    const skipped = rowsToWrite(preview, new Set([5]))
    expect(skipped.members.map((m) => m.fullName)).toEqual(['E F'])
    expect(skipped.cells).toHaveLength(0)
  })
})

describe('importRows: a merged or dissolved cell takes no member in activity', () => {
  // A merge moves every member in activity to the receiving cell on its day, and a dissolution waits
  // until none is left (cellRepository): a closed cell has no meetings after it closed
  // (cellLife.ts), so a member in activity put there would be on no cell's roll. An old list still
  // naming the closed cell is matched to it only for the history of members no longer in activity.
  const merged = cellOf('c3', {
    name: 'Chi bộ Khu dân cư số 3',
    status: 'merged',
    closedOn: '2025-07-01',
    mergedIntoId: 'c1'
  })
  const dissolved = cellOf('c4', {
    name: 'Chi bộ Khu dân cư số 4',
    status: 'dissolved',
    closedOn: '2024-01-01'
  })
  const cells = [cell, merged, dissolved]
  const one = (values: ImportRecord['values']) => importRows([row(5, values)], ctx({ cells })).rows[0]
  it.each<[string, ImportRecord['values'], 'new' | 'update' | 'problem', RegExp | null]>([
    [
      'a new member in activity into a merged cell',
      { fullName: 'Phạm Văn Cường', admissionDate: '1/1/2010', cellName: 'Chi bộ Khu dân cư số 3' },
      'problem',
      /Chi bộ Khu dân cư số 3 đã hợp nhất vào Chi bộ Khu dân cư số 1 ngày 01\/07\/2025/
    ],
    [
      'a new member in activity into a dissolved cell',
      { fullName: 'Phạm Văn Cường', admissionDate: '1/1/2010', cellName: 'Chi bộ Khu dân cư số 4' },
      'problem',
      /Chi bộ Khu dân cư số 4 đã giải thể ngày 01\/01\/2024/
    ],
    [
      'an existing member in activity moved into a merged cell',
      { fullName: 'Nguyễn Văn An', partyCardNumber: '11111111', cellName: 'Chi bộ Khu dân cư số 3' },
      'problem',
      /đã hợp nhất/
    ],
    [
      'a member who died, recorded in his old merged cell for the history',
      {
        fullName: 'Phạm Văn Cường',
        admissionDate: '1/1/2010',
        cellName: 'Chi bộ Khu dân cư số 3',
        status: 'Từ trần'
      },
      'new',
      null
    ]
  ])('%s → %s', (_case, values, outcome, problem) => {
    const r = one(values)
    expect(r.outcome).toBe(outcome)
    if (problem) expect(r.problems.join(' ')).toMatch(problem)
    else expect(r.problems).toEqual([])
  })
})

describe('importRows: an update into another cell is a move, said in the preview', () => {
  const cells = [cell, cellOf('c2', { name: 'Chi bộ Khu dân cư số 2' })]
  const moved = (existingEventTypes?: ImportContext['existingEventTypes']) =>
    importRows(
      [
        row(5, {
          fullName: 'Nguyễn Văn An',
          partyCardNumber: '11111111',
          admissionDate: '1/1/2005',
          cellName: 'Chi bộ Khu dân cư số 2'
        })
      ],
      ctx({ cells, existingEventTypes })
    ).rows[0]
  const one = (values: ImportRecord['values']) => importRows([row(5, values)], ctx({ cells })).rows[0]

  it('the change is listed, and the warning says the move is dated the import day', () => {
    const r = moved(new Map([['e1', new Set(['admission', 'official'])]]))
    expect(r.outcome).toBe('update')
    expect(r.changes).toEqual([{ field: 'cellId', before: 'c1', after: 'c2' }])
    expect(r.warnings).toEqual([
      'Đổi chi bộ: ghi sự kiện “Chuyển chi bộ trong Đảng bộ” ngày 21/11/2026 (ngày nhập, vì tệp không ghi ngày chuyển); các kỳ sinh hoạt trước ngày đó vẫn tính ở chi bộ cũ. Nếu đã chuyển từ ngày khác, sau khi nhập hãy xóa sự kiện này ở trang hồ sơ đảng viên và ghi lại đúng ngày.'
    ])
  })

  it.each([
    // [case, event types he has, outcome, what the row says]
    [
      'no move in his history: corrected, no move recorded',
      new Set(['admission', 'official']),
      'update',
      'Sửa chi bộ ghi nhầm: không ghi sự kiện chuyển chi bộ; quá trình sinh hoạt đảng và các kỳ sinh hoạt đã qua tính ở chi bộ trong tệp.'
    ],
    [
      'a move already in his history: which cell was wrong is unknown, the row is not written',
      new Set(['admission', 'cellChange']),
      'problem',
      'Không sửa được chi bộ ghi nhầm: quá trình sinh hoạt đảng đã có “Chuyển chi bộ trong Đảng bộ”, nên không rõ chi bộ nào ghi nhầm. Hãy chọn “Chuyển chi bộ” cho các dòng đổi chi bộ, hoặc sửa ở trang hồ sơ đảng viên.'
    ]
  ])('the clerk says the sổ’s cell was typed wrong — %s', (_case, types, outcome, said) => {
    const preview = importRows(
      [
        row(5, { fullName: 'Nguyễn Văn An', partyCardNumber: '11111111', cellName: 'Chi bộ Khu dân cư số 2' })
      ],
      ctx({ cells, existingEventTypes: new Map([['e1', types]]), newCell: 'correction' })
    )
    const r = preview.rows[0]
    expect(preview.newCell).toBe('correction')
    expect(r.outcome).toBe(outcome)
    expect([...r.problems, ...r.warnings]).toEqual([said])
    expect(rowsToWrite(preview, new Set()).newCell).toBe('correction')
  })

  it('the same cell: no such warning', () => {
    const r = one({ fullName: 'Nguyễn Văn An', partyCardNumber: '11111111' })
    expect(r.outcome).toBe('update')
    expect(r.warnings).toEqual([])
  })

  it('an admission event added to an existing member names no cell (the file gives today’s, not the one he was admitted into)', () => {
    const r = moved()
    const admission = r.events.find((e) => e.type === 'admission')!
    expect(admission.date).toBe('2005-01-01')
    expect(admission).not.toHaveProperty('cellId')
  })

  it('a new member’s admission event names the file’s cell', () => {
    const r = one({ fullName: 'Phạm Văn Cường', admissionDate: '1/1/2010' })
    expect(r.outcome).toBe('new')
    expect(r.events.find((e) => e.type === 'admission')).toMatchObject({ cellId: 'c1' })
  })
})

describe('importRows statuses become dated events', () => {
  it.each([
    ['Dự bị', ['admission']],
    ['Chính thức', ['admission', 'official']],
    ['Miễn sinh hoạt', ['admission', 'official', 'exemption']],
    ['Chuyển đi', ['admission', 'official', 'transferOut']]
  ])('%s → %j', (status, types) => {
    const officialDate = status === 'Dự bị' ? undefined : '1/1/2011'
    const preview = importRows(
      [
        row(5, {
          fullName: 'Võ Thị Thu',
          gender: 'Nữ',
          birthDate: '1/1/1985',
          admissionDate: '1/1/2010',
          officialDate,
          status
        })
      ],
      ctx()
    )
    expect(preview.rows[0].events.map((e) => e.type)).toEqual(types)
    const undated = preview.rows[0].events.find((e) => e.type === 'exemption' || e.type === 'transferOut')
    if (undated) {
      expect(undated.date).toBe(TODAY)
      expect(undated.note).toMatch(/chưa rõ ngày/)
    }
  })
})

describe('a status the file gives an existing member is shown before → after (docs/design.md §8)', () => {
  const HISTORY = new Map([['e1', new Set(['admission', 'official'])]])
  it('an official member the list says died: the death event, dated the import day, is said, not “no change”', () => {
    const preview = importRows(
      [row(5, { fullName: 'Nguyễn Văn An', partyCardNumber: '11111111', status: 'Đã từ trần' })],
      ctx({ existingEventTypes: HISTORY })
    )
    const r = preview.rows[0]
    expect(r.outcome).toBe('update')
    expect(r.events.map((e) => [e.type, e.date])).toEqual([['death', TODAY]])
    expect(r.warnings).toContain(
      'Trạng thái: Chính thức → Từ trần: ghi sự kiện “Từ trần” ngày 21/11/2026 (ngày nhập, vì tệp không ghi ngày). Nếu ngày khác, sau khi nhập hãy sửa sự kiện ở trang hồ sơ đảng viên.'
    )
  })

  it('the same status as stored says nothing', () => {
    const preview = importRows(
      [row(5, { fullName: 'Nguyễn Văn An', partyCardNumber: '11111111', status: 'Chính thức' })],
      ctx({ existingEventTypes: HISTORY })
    )
    // The official date is on record: the member stays official, no "missing official date" warning.
    expect(preview.rows[0].warnings).toEqual([])
    expect(preview.rows[0].events).toEqual([])
  })

  it('a status no event of the file can give is kept as stored, and said so', () => {
    const removed = { ...existing, status: 'removed' as const }
    const preview = importRows(
      [row(5, { fullName: 'Nguyễn Văn An', partyCardNumber: '11111111', status: 'Chính thức' })],
      ctx({ existingMembers: [removed], existingEventTypes: HISTORY })
    )
    expect(preview.rows[0].events).toEqual([])
    expect(preview.rows[0].warnings).toEqual([
      'Trạng thái trong tệp “Chính thức”, trong sổ “Đã xóa tên”: tệp không cho ngày của sự kiện làm đổi trạng thái, nên giữ như trong sổ. Nếu đã thay đổi, hãy ghi sự kiện ở trang hồ sơ đảng viên.'
    ])
  })
})

describe('the "Huy hiệu Đảng" column: badges already awarded become badge events (HD 01-HD/TW 2021)', () => {
  it('a new member gets one badge event per badge written', () => {
    const preview = importRows(
      [row(5, { fullName: 'Lê Văn Bình', badges: '30 năm (03/02/2016, 125-QĐ/TU); 40 năm (2026)' })],
      ctx()
    )
    const badges = preview.rows[0].events.filter((e) => e.type === 'badge')
    expect(badges.map((e) => [e.milestone, e.date, e.decisionNumber])).toEqual([
      [30, '2016-02-03', '125-QĐ/TU'],
      [40, '2026', undefined]
    ])
  })
  it('a milestone the existing member already has is not added twice', () => {
    const preview = importRows(
      [
        row(5, {
          fullName: 'Nguyễn Văn An',
          partyCardNumber: '11111111',
          badges: '30 năm (2016); 40 năm (2026)'
        })
      ],
      // Admitted in 1975: 30 years in 2005, 40 in 2015 (a 40-year badge of 2026 is not too early).
      ctx({
        existingMembers: [{ ...existing, admissionDate: '1975-01-01' }],
        existingBadges: new Map([['e1', new Set([30])]])
      })
    )
    expect(preview.rows[0].events.filter((e) => e.type === 'badge').map((e) => e.milestone)).toEqual([40])
  })
  it('a badge text that cannot be read is a problem', () => {
    const preview = importRows([row(5, { fullName: 'Lê Văn Bình', badges: '30 năm' })], ctx())
    expect(preview.rows[0].problems).toEqual([
      'Huy hiệu Đảng "30 năm": cần dạng "30 năm (03/02/2020)" hoặc "30 năm (2020)".'
    ])
  })
})

// HD 01-HD/TW 2021 mục 18: a badge marks N years of party age (from the first admission, less the
// gaps), awarded early by at most 12 months (30–65 years) or 24 months (70–90) to the gravely ill. A
// badge of the list dated before that is a typo of the milestone, the date or the admission; written,
// the milestone would count as awarded and never be proposed. The same check, and the same words, as
// the history import (badgeBeforeReach).
describe('the "Huy hiệu Đảng" column: a badge dated before its milestone could be reached (HD 01-HD/TW 2021 mục 18)', () => {
  const tooEarly = (milestone: number, awarded: string, reached: string) =>
    `Huy hiệu ${milestone} năm trao ${awarded} khi đồng chí chưa đủ ${milestone} năm tuổi Đảng (đủ ngày ${reached}; tặng sớm nhiều nhất 12 tháng): không ghi. Kiểm tra lại mốc, ngày trao trong tệp và ngày vào Đảng trong hồ sơ.`
  const newcomer = { fullName: 'Lê Văn Bình', birthDate: '02/03/1960', admissionDate: '01/01/1985' }
  const held = { fullName: 'Nguyễn Văn An', partyCardNumber: '11111111' } // admitted 01/01/2005 on record
  const admittedIn = (date: string, extra: MemberEvent[] = []): Partial<ImportContext> => ({
    existingMembers: [{ ...existing, admissionDate: date }],
    existingEvents: new Map([
      ['e1', [{ id: 'a1', memberId: 'e1', type: 'admission', date, createdAt: 'x' }, ...extra]]
    ])
  })
  const gap: MemberEvent[] = [
    { id: 'g1', memberId: 'e1', type: 'removal', date: '1990-01-01', createdAt: 'x' },
    { id: 'g2', memberId: 'e1', type: 'readmission', date: '1995-01-01', createdAt: 'x' }
  ]
  it.each([
    [
      'a new member admitted in 1985, 30 years in 2000',
      { ...newcomer, badges: '30 năm (03/02/2000)' },
      {},
      [tooEarly(30, '03/02/2000', '01/01/2015')]
    ],
    [
      'a year wholly before the early window',
      { ...newcomer, badges: '30 năm (2013)' },
      {},
      [tooEarly(30, 'năm 2013', '01/01/2015')]
    ],
    [
      'each badge of the cell is checked',
      { ...newcomer, badges: '30 năm (2015); 40 năm (03/02/2020)' },
      {},
      [tooEarly(40, '03/02/2020', '01/01/2025')]
    ],
    [
      'a member in the sổ, admitted 2005 on his record (the file gives no date)',
      { ...held, badges: '30 năm (2020)' },
      {},
      [tooEarly(30, 'năm 2020', '01/01/2035')]
    ],
    [
      'a gap in membership (removal 1990 → readmission 1995) moves the milestone later',
      { ...held, badges: '30 năm (03/02/2016)' },
      admittedIn('1985-01-01', gap),
      [tooEarly(30, '03/02/2016', '01/01/2020')]
    ],
    [
      'the file corrects the admission to 1995: the stored admission moves with it',
      { ...held, admissionDate: '01/01/1995', badges: '30 năm (03/02/2016)' },
      admittedIn('1985-01-01'),
      [tooEarly(30, '03/02/2016', '01/01/2025')]
    ]
  ] as const)('%s → a problem, nothing written', (_, values, extra, problems) => {
    const [r] = importRows([row(5, values)], ctx(extra)).rows
    expect(r.outcome).toBe('problem')
    expect(r.problems).toEqual(problems)
    expect(r.events).toEqual([])
  })
  it.each([
    ['on the day', { ...newcomer, badges: '30 năm (01/01/2015)' }, {}],
    ['early within 12 months (gravely ill)', { ...newcomer, badges: '30 năm (02/01/2014)' }, {}],
    ['a year that may hold an early award', { ...newcomer, badges: '30 năm (2014)' }, {}],
    [
      'no admission date, in the file or the sổ: nothing to judge by',
      { fullName: 'Lê Văn Bình', badges: '30 năm (2000)' },
      {}
    ],
    [
      'a milestone the member already holds is not written, so not judged',
      { ...held, badges: '30 năm (2000)' },
      { existingBadges: new Map([['e1', new Set([30])]]) }
    ],
    [
      'the file corrects the admission to 1975: 30 years in 2005',
      { ...held, admissionDate: '01/01/1975', badges: '30 năm (03/02/2005)' },
      admittedIn('2005-01-01')
    ]
  ] as const)('%s → written', (_, values, extra) => {
    const [r] = importRows([row(5, values)], ctx(extra)).rows
    expect(r.problems).toEqual([])
    expect(r.outcome).not.toBe('problem')
  })
})
