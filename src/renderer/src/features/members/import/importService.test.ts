import ExcelJS from 'exceljs'
import { vi } from 'vitest'
import { createTestDb, setDb, type SoChiBoDatabase } from '@renderer/db/database'
import { memberRepository } from '@renderer/db/repositories/memberRepository'
import { analyzeImport, commitImport, loadImportFile, recordsOf, rememberMapping } from './importService'
import { PlatformError } from '@renderer/platform'
import { withFullBackupFolder } from '@renderer/features/backup/testing/fakePlatform'
import { buildSampleMemberList } from '@renderer/excel/testing/sampleMemberList'
import { buildRawXlsx, dateCell, row, textCell } from '@renderer/excel/testing/rawXlsx'
import { expectSoundRecords } from '@renderer/db/testing/soundRecords'
import { StaleRecordError } from '@renderer/domain/staleRecord'
import { formatDate } from '@renderer/domain/dates'

let sample: Uint8Array
beforeAll(async () => {
  sample = await buildSampleMemberList()
})
const bytes = () => sample
const TODAY = '2026-11-21'

let db: SoChiBoDatabase
beforeEach(() => {
  db = createTestDb()
})
afterEach(() => {
  vi.restoreAllMocks()
  setDb(null)
})

describe('importing a member list into the database', () => {
  it('writes every chosen row, the six cells and the events in one go; re-import updates', async () => {
    const loaded = await loadImportFile(bytes())
    const progress: number[] = []
    const preview = await analyzeImport(recordsOf(loaded), {
      createMissingCells: true,
      today: TODAY,
      onProgress: (f) => progress.push(f)
    })
    expect(progress.at(-1)).toBe(1)
    // The clerk skips one valid row (row 5) on top of the five problems (both copies of a duplicated card).
    const result = await commitImport(preview, new Set([5]), 'danh-sach.xlsx')
    expect(result).toEqual({ created: 114, updated: 0, cellsCreated: 6 })
    expect(await db.members.count()).toBe(114)
    expect(await db.cells.count()).toBe(6)
    const exempt = (await db.members.toArray()).filter((m) => m.status === 'exempt')
    expect(exempt.map((m) => m.fullName)).toEqual(['Quách Thị Mỹ Linh'])
    const moved = (await db.members.toArray()).find((m) => m.fullName === 'Tạ Hữu Nghĩa')!
    expect(moved).toMatchObject({ status: 'transferredOut', active: 0 })
    // One entry: the import's summary, naming every member added (docs/design.md §8).
    const [entry, ...others] = await db.auditLog.toArray()
    expect(entry).toMatchObject({
      action: 'import',
      summary: 'Nhập từ Excel "danh-sach.xlsx": 114 đảng viên mới, 0 cập nhật, 6 chi bộ mới'
    })
    const named = (entry.after as { addedMembers: { id: string; fullName: string }[] }).addedMembers
    expect(named).toHaveLength(114)
    expect(named).toEqual(expect.arrayContaining([{ id: moved.id, fullName: 'Tạ Hữu Nghĩa' }]))
    expect(others).toEqual([])
    // What the import wrote would back up and restore: every record has its shape.
    await expectSoundRecords()

    const again = await analyzeImport(recordsOf(await loadImportFile(bytes())), {
      createMissingCells: true,
      today: TODAY
    })
    expect(again.counts).toEqual({ new: 1, update: 114, problem: 5 })
    // Nothing doubled: existing admission/official events are not added again.
    expect(again.rows.filter((r) => r.outcome === 'update').every((r) => r.events.length === 0)).toBe(true)
  })

  it('a failure while writing leaves the database exactly as it was', async () => {
    const loaded = await loadImportFile(bytes())
    const preview = await analyzeImport(recordsOf(loaded), { createMissingCells: true, today: TODAY })
    // Cells and events are written before members: fail at the members, the last step.
    vi.spyOn(db.members, 'bulkPut').mockRejectedValueOnce(new Error('disk full'))
    await expect(commitImport(preview, new Set(), 'x.xlsx')).rejects.toThrow('disk full')
    expect(await db.cells.count()).toBe(0)
    expect(await db.timelineBooks.count()).toBe(0)
    expect(await db.members.count()).toBe(0)
    expect(await db.auditLog.count()).toBe(0)
  })

  it('makes a safety copy before writing, and imports nothing when the copy cannot be written', async () => {
    await withFullBackupFolder(async (write) => {
      const preview = await analyzeImport(recordsOf(await loadImportFile(bytes())), {
        createMissingCells: true,
        today: TODAY
      })
      await expect(commitImport(preview, new Set(), 'x.xlsx')).rejects.toThrow(PlatformError)
      expect(write).toHaveBeenCalledOnce()
      expect(write.mock.calls[0][0]).toMatch(/truoc-nhap/)
      expect(await db.members.count()).toBe(0)
    })
  })

  it('remembers a corrected mapping for the same header layout', async () => {
    const first = await loadImportFile(bytes())
    expect(first.remembered).toBe(false)
    const corrected = [...first.mapping]
    corrected[9] = 'address' // "Chi bộ nơi cư trú" → the clerk wants it kept as an address note
    await rememberMapping(first.sheet.layoutKey, corrected)
    const second = await loadImportFile(bytes())
    expect(second.remembered).toBe(true)
    expect(second.mapping[9]).toBe('address')
  })

  it('a member created by mistake can be deleted with its events', async () => {
    const preview = await analyzeImport(recordsOf(await loadImportFile(bytes())), {
      createMissingCells: true,
      today: TODAY
    })
    await commitImport(preview, new Set(), 'x.xlsx')
    const one = (await db.members.toArray())[0]
    await memberRepository.removeMistake(one.id)
    expect(await db.members.get(one.id)).toBeUndefined()
    expect(await memberRepository.events(one.id)).toEqual([])
    const timelines = (await db.timelineBooks.toArray()).flatMap((b) => b.timelines)
    expect(timelines.map((t) => t.memberId)).not.toContain(one.id)
  })
})

async function xlsx(rows: (string | number | null)[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('DS')
  for (const r of rows) ws.addRow(r)
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer)
}

async function importSample(): Promise<void> {
  const preview = await analyzeImport(recordsOf(await loadImportFile(bytes())), {
    createMissingCells: true,
    today: TODAY
  })
  await commitImport(preview, new Set(), 'danh-sach.xlsx')
}

// docs/design.md §8: nothing is overwritten silently; the audit log says what changed, field by field.
describe('a date no day can be', () => {
  // A date-formatted cell holding 1e20 shows "#####" in Excel. It used to fail the whole read with
  // "Invalid time value"; now its row alone is a problem, said in Vietnamese, and the others import.
  it('is a problem of its row, not a failure of the file', async () => {
    const file = await buildRawXlsx({
      sheets: [
        {
          sheetData:
            row(
              1,
              ...['Họ và tên', 'Ngày sinh', 'Giới tính', 'Chi bộ'].map((t, i) => textCell(`${'ABCD'[i]}1`, t))
            ) +
            row(
              2,
              textCell('A2', 'Nguyễn Văn An'),
              dateCell('B2', 1e20),
              textCell('C2', 'Nam'),
              textCell('D2', 'Chi bộ 1')
            ) +
            row(
              3,
              textCell('A3', 'Lê Thị Bình'),
              dateCell('B3', 29222),
              textCell('C3', 'Nữ'),
              textCell('D3', 'Chi bộ 1')
            )
        }
      ]
    })
    const preview = await analyzeImport(recordsOf(await loadImportFile(file)), {
      createMissingCells: true,
      today: TODAY
    })
    const [an, binh] = preview.rows
    expect(an.outcome).toBe('problem')
    expect(an.problems).toEqual(['Ngày sinh "100000000000000000000" không phải ngày.'])
    expect(binh.outcome).toBe('new')
  })
})

describe('an import never replaces who a member is, and logs every change', () => {
  it("a row carrying another member's party card changes nothing; a real update is audited before → after", async () => {
    await importSample()
    const members = await db.members.toArray()
    // Any member the sample imported with a card (the duplicated card's two rows are not imported).
    const tung = members.find((m) => m.partyCardNumber && m.fullName !== 'Trịnh Thị Hạnh')!
    const hanh = members.find((m) => m.fullName === 'Trịnh Thị Hạnh')!
    const header = ['Họ và tên', 'Giới tính', 'Ngày sinh', 'Số thẻ', 'CCCD', 'Chi bộ', 'Điện thoại']
    const file = await xlsx([
      header,
      [
        'Nguyễn Văn Giả',
        'Nam',
        '1/1/1990',
        tung.partyCardNumber!,
        '001090123456',
        'Chi bộ Khu dân cư số 1',
        null
      ],
      [
        'Trịnh Thị Hạnh',
        'Nữ',
        '19/1/1976',
        hanh.partyCardNumber!,
        hanh.idNumber!,
        'Chi bộ Khu dân cư số 17',
        '0912345678'
      ]
    ])
    const preview = await analyzeImport(recordsOf(await loadImportFile(file)), {
      createMissingCells: false,
      today: TODAY
    })
    expect(preview.counts).toEqual({ new: 0, update: 1, problem: 1 })
    expect(preview.rows[0].problems[0]).toMatch(
      new RegExp(
        `^Số thẻ đảng viên ${tung.partyCardNumber} là của đồng chí ${tung.fullName} .*Họ và tên: ${tung.fullName} → Nguyễn Văn Giả`
      )
    )
    expect(preview.rows[1].changes).toEqual([{ field: 'phone', before: null, after: '0912345678' }])

    await commitImport(preview, new Set(), 'sua.xlsx')
    expect(await db.members.get(tung.id)).toEqual(tung)
    const entries = await db.auditLog.where('[entity+entityId]').equals(['members', hanh.id]).toArray()
    expect(entries.at(-1)).toMatchObject({
      action: 'update',
      summary: 'Nhập từ Excel: sửa hồ sơ Trịnh Thị Hạnh',
      before: { phone: null },
      after: { phone: '0912345678' }
    })
  })

  it('the write itself refuses a CCCD that would end up on two members', async () => {
    await importSample()
    const [a, b] = await db.members.toArray()
    const auditBefore = await db.auditLog.count()
    await expect(
      memberRepository.importBatch({
        cells: [],
        members: [{ ...a, idNumber: b.idNumber }],
        events: [],
        summary: 'x'
      })
    ).rejects.toThrow(`Không ghi: CCCD ${b.idNumber} đã là của đồng chí ${b.fullName}`)
    expect(await db.members.get(a.id)).toEqual(a)
    expect(await db.auditLog.count()).toBe(auditBefore)
  })
})

// docs/design.md §8: the preview is read at one moment; what another window saved after it is
// never written over. The whole batch is refused, and the clerk previews again.
describe('a member saved in another window after the preview', () => {
  it('refuses the whole import, keeping that change, and says to preview again', async () => {
    await importSample()
    const an = (await db.members.toArray()).find(
      (m) => m.partyCardNumber && m.birthDate && m.fullName !== 'Trịnh Thị Hạnh'
    )!
    const cell = (await db.cells.get(an.cellId))!
    const file = await xlsx([
      ['Họ và tên', 'Giới tính', 'Ngày sinh', 'Số thẻ', 'Chi bộ', 'Điện thoại'],
      [
        an.fullName,
        an.gender === 'male' ? 'Nam' : 'Nữ',
        formatDate(an.birthDate),
        an.partyCardNumber!,
        cell.name,
        '0912345678'
      ],
      ['Người Mới Hoàn Toàn', 'Nam', '01/01/1980', null, cell.name, null]
    ])
    const preview = await analyzeImport(recordsOf(await loadImportFile(file)), {
      createMissingCells: false,
      today: TODAY
    })
    expect(preview.counts).toEqual({ new: 1, update: 1, problem: 0 })
    // Another window saves the member's address and note after the preview.
    await memberRepository.save(
      { ...an, address: 'Số 5 Lê Lợi', note: 'x', updatedAt: '2099-01-01T00:00:00.000Z' },
      { seen: an.updatedAt }
    )
    const members = await db.members.count()
    const audit = await db.auditLog.count()
    const error = await commitImport(preview, new Set(), 'sua.xlsx').then(
      () => null,
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(StaleRecordError)
    expect((error as StaleRecordError).userMessage).toBe(
      `Hồ sơ của ${an.fullName} đã được sửa ở cửa sổ khác sau khi xem trước; chưa ghi gì vào sổ. Hãy xem trước lại rồi nhập.`
    )
    expect(await db.members.get(an.id)).toMatchObject({ address: 'Số 5 Lê Lợi', note: 'x' })
    expect((await db.members.get(an.id))!.phone).toBe(an.phone)
    expect(await db.members.count()).toBe(members)
    expect(await db.auditLog.count()).toBe(audit)

    // Previewed again, the file's phone goes in beside the other window's address.
    const again = await analyzeImport(recordsOf(await loadImportFile(file)), {
      createMissingCells: false,
      today: TODAY
    })
    await commitImport(again, new Set(), 'sua.xlsx')
    expect(await db.members.get(an.id)).toMatchObject({
      address: 'Số 5 Lê Lợi',
      note: 'x',
      phone: '0912345678'
    })
  })
})
