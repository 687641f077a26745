import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { createTestDb, setDb } from '@renderer/db/database'
import { cellRepository } from '@renderer/db/repositories/cellRepository'
import { memberRepository } from '@renderer/db/repositories/memberRepository'
import { meetingRepository } from '@renderer/db/repositories/meetingRepository'
import { auditRepository } from '@renderer/db/repositories/auditRepository'
import { cell } from '@renderer/testing/factories'
import { EVENTS, MEMBERS } from '@renderer/testing/roundtripBooks'
import type { Period } from '@renderer/domain/roundtrip'
import { workbookToBytes } from '@renderer/excel/workbookIo'
import { PlatformError } from '@renderer/platform'
import { withFullBackupFolder } from '@renderer/features/backup/testing/fakePlatform'
import { commitPlans, makeBooks, planReturnedBooks } from './cellBooks'
import { expectSoundRecords } from '@renderer/db/testing/soundRecords'

const MARCH: Period = { kind: 'month', year: 2026, index: 3 }

beforeEach(async () => {
  createTestDb()
  await cellRepository.bulkSave([
    cell('c1', { name: 'Chi bộ Khu phố 1' }),
    cell('c2', { name: 'Chi bộ Khu phố 2' })
  ])
  await memberRepository.bulkSave(MEMBERS, EVENTS)
})
afterEach(() => setDb(null))

/** The secretary of Khu phố 1 writes the March meeting: everyone present but Bình (excused). */
async function filledBook(): Promise<{ name: string; bytes: Uint8Array }> {
  const made = await makeBooks(['c1'], MARCH)
  expect(made.name).toBe('So-chi-bo_Chi-bo-Khu-pho-1_2026-T03.xlsx')
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(made.bytes as unknown as ExcelJS.Buffer)
  const ws = wb.getWorksheet('Sổ sinh hoạt')!
  const values: Record<string, string> = { B8: '03/03/2026', C8: 'Thường kỳ', H8: 'C', I8: 'P', J8: 'C' }
  for (const [a, v] of Object.entries(values)) ws.getCell(a).value = v
  return { name: made.name, bytes: await workbookToBytes(wb) }
}

describe('Gửi – nhận sổ chi bộ, from the database and back', () => {
  it('makes one book per cell (a zip for several), plans the returned one and writes it with an audit line', async () => {
    const two = await makeBooks(['c1', 'c2'], MARCH)
    expect(two).toMatchObject({ name: 'So-chi-bo_2026-T03.zip', count: 2 })
    const returned = await filledBook()
    const plans = await planReturnedBooks([returned], ['c1', 'c2'], MARCH)
    expect(plans[0].problems).toEqual([])
    expect(plans[0].changes).toEqual([
      'Thêm buổi sinh hoạt thường kỳ ngày 03/03/2026 (2 có mặt, 1 vắng có lý do, 0 vắng không lý do)'
    ])
    expect(await commitPlans(plans, MARCH)).toEqual({
      cells: 1,
      meetingsAdded: 1,
      meetingsChanged: 0,
      reviews: 0
    })
    const [saved] = await meetingRepository.list({ year: 2026, cellId: 'c1' })
    expect(saved.attendanceCounts).toEqual({ present: 2, excused: 1, unexcused: 0, exempt: 1 })
    await expectSoundRecords()
    expect((await auditRepository.list()).map((e) => e.summary)[0]).toMatch(
      /^Nhập sổ chi bộ Chi bộ Khu phố 1, Tháng 3\/2026/
    )
    // The same file again: the meeting is there now, so the row is a duplicate and nothing is written.
    const again = await planReturnedBooks([returned], ['c1'], MARCH)
    expect(again[0].problems.map((p) => p.kind)).toEqual(['duplicateMeeting'])
    await expect(commitPlans(again, MARCH)).rejects.toThrow('Không có gì để nhập.')
    // A book made now shows the meeting filled in; returned unchanged, it changes nothing.
    const unchanged = await planReturnedBooks([await filledBook()], ['c1'], MARCH)
    expect(unchanged[0]).toMatchObject({ problems: [], changes: [] })
  })

  it('makes a safety copy first, and writes nothing when it cannot be written', async () => {
    await withFullBackupFolder(async (write) => {
      const plans = await planReturnedBooks([await filledBook()], ['c1'], MARCH)
      await expect(commitPlans(plans, MARCH)).rejects.toThrow(PlatformError)
      expect(write).toHaveBeenCalledOnce()
      expect(await meetingRepository.list({ year: 2026 })).toEqual([])
    })
  })
})
