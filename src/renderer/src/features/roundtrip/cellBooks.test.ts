import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { createTestDb, setDb } from '@renderer/db/database'
import { cellRepository } from '@renderer/db/repositories/cellRepository'
import { memberRepository } from '@renderer/db/repositories/memberRepository'
import { meetingRepository } from '@renderer/db/repositories/meetingRepository'
import { auditRepository } from '@renderer/db/repositories/auditRepository'
import { cell } from '@renderer/testing/factories'
import { EVENTS, MEMBERS, storedMeeting } from '@renderer/testing/roundtripBooks'
import { reviewRepository } from '@renderer/db/repositories/reviewRepository'
import type { Period } from '@renderer/domain/roundtrip'
import { workbookToBytes } from '@renderer/excel/workbookIo'
import { PlatformError } from '@renderer/platform'
import { withFullBackupFolder } from '@renderer/features/backup/testing/fakePlatform'
import { commitPlans, makeBooks, planReturnedBooks } from './cellBooks'
import { expectSoundRecords } from '@renderer/db/testing/soundRecords'

const MARCH: Period = { kind: 'month', year: 2026, index: 3 }
const YEAR: Period = { kind: 'year', year: 2026, index: 0 }

beforeEach(async () => {
  createTestDb()
  await cellRepository.bulkSave([
    cell('c1', { name: 'Chi bộ Khu phố 1' }),
    cell('c2', { name: 'Chi bộ Khu phố 2' })
  ])
  await memberRepository.bulkSave(MEMBERS, EVENTS)
})
afterEach(() => setDb(null))

/** The secretary of Khu phố 1 writes the March meeting: everyone present but Bình (excused, ill). */
async function filledBook(): Promise<{ name: string; bytes: Uint8Array }> {
  const made = await makeBooks(['c1'], MARCH)
  expect(made.name).toBe('So-chi-bo_Chi-bo-Khu-pho-1_2026-T03.xlsx')
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(made.bytes as unknown as ExcelJS.Buffer)
  const ws = wb.getWorksheet('Sổ sinh hoạt')!
  const values: Record<string, string> = { B8: '03/03/2026', C8: 'Thường kỳ', H8: 'C', I8: 'P', J8: 'C' }
  for (const [a, v] of Object.entries(values)) ws.getCell(a).value = v
  const reasons = wb.getWorksheet('Lý do vắng')!
  const reason: Record<string, string> = { B6: '03/03/2026', C6: 'Trần Thị Bình', D6: 'Ốm' }
  for (const [a, v] of Object.entries(reason)) reasons.getCell(a).value = v
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
    expect((await meetingRepository.attendance(saved.id)).find((m) => m.memberId === 'b')).toMatchObject({
      status: 'excused',
      reason: 'Ốm'
    })
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

/** The year's book of Khu phố 1 with An's self-rating filled in (row 7: Nguyễn Văn An). */
async function ratedBook(): Promise<{ name: string; bytes: Uint8Array }> {
  const made = await makeBooks(['c1'], YEAR)
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(made.bytes as unknown as ExcelJS.Buffer)
  wb.getWorksheet('Xếp loại đảng viên')!.getCell('E7').value = 'HTTNV'
  return { name: made.name, bytes: await workbookToBytes(wb) }
}

describe('Gửi – nhận sổ chi bộ: a record saved elsewhere between the preview and “Ghi”', () => {
  it('refuses the whole import when a rating was saved after the preview, keeping the committee’s decision', async () => {
    const plans = await planReturnedBooks([await ratedBook()], ['c1'], YEAR)
    expect(plans[0].changes).toEqual(['Nguyễn Văn An: tự xếp loại — → HTTNV'])
    // Meanwhile, another window records the committee's decision for An.
    await reviewRepository.saveMemberReviews([
      { id: '2026:a', year: 2026, memberId: 'a', cellId: 'c1', decision: 'excellent', updatedAt: 'x' }
    ])
    const logged = (await auditRepository.list()).length
    await expect(commitPlans(plans, YEAR)).rejects.toThrow(
      'Xếp loại của Nguyễn Văn An (2026) đã được sửa ở cửa sổ khác sau khi xem trước; chưa ghi gì vào sổ. Hãy xem trước lại rồi nhập.'
    )
    const [stored] = await reviewRepository.memberReviews(2026)
    expect(stored).toMatchObject({ memberId: 'a', decision: 'excellent' })
    expect(stored.selfRating).toBeUndefined()
    expect(await auditRepository.list()).toHaveLength(logged)
  })

  it('refuses the whole import when a recorded meeting was saved after the preview', async () => {
    const returned = await filledBook()
    await commitPlans(await planReturnedBooks([returned], ['c1'], MARCH), MARCH)
    const made = await makeBooks(['c1'], MARCH)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(made.bytes as unknown as ExcelJS.Buffer)
    wb.getWorksheet('Sổ sinh hoạt')!.getCell('D8').value = 'Chủ đề bí thư ghi'
    const plans = await planReturnedBooks(
      [{ name: made.name, bytes: await workbookToBytes(wb) }],
      ['c1'],
      MARCH
    )
    expect(plans[0].changes).toEqual(['Sửa buổi sinh hoạt ngày 03/03/2026: chủ đề — → Chủ đề bí thư ghi'])
    const [meeting] = await meetingRepository.list({ year: 2026, cellId: 'c1' })
    const minutes = (await meetingRepository.minutes(meeting.id))!
    await meetingRepository.save({
      ...minutes,
      meeting: { ...meeting, conclusion: 'Kết luận ghi ở Văn phòng' }
    })
    await expect(commitPlans(plans, MARCH)).rejects.toThrow(
      'Buổi sinh hoạt ngày 03/03/2026 của Chi bộ Khu phố 1 đã được sửa ở cửa sổ khác sau khi xem trước'
    )
    expect(await meetingRepository.get(meeting.id)).toMatchObject({
      conclusion: 'Kết luận ghi ở Văn phòng'
    })
    expect((await meetingRepository.get(meeting.id))?.topic).toBeUndefined()
  })

  it('refuses the whole import when the book’s new meeting was written in another window after the preview', async () => {
    const plans = await planReturnedBooks([await filledBook()], ['c1'], MARCH)
    expect(plans[0].counts.meetingsAdded).toBe(1)
    // Meanwhile, the clerk records the same meeting by hand in another window.
    await meetingRepository.save({ meeting: storedMeeting('m-hand', '2026-03-03'), marks: [], tasks: [] })
    const logged = (await auditRepository.list()).length
    await expect(commitPlans(plans, MARCH)).rejects.toThrow(
      'Buổi sinh hoạt thường kỳ ngày 03/03/2026 của Chi bộ Khu phố 1 đã được ghi ở cửa sổ khác sau khi xem trước; chưa ghi gì vào sổ. Hãy xem trước lại rồi nhập.'
    )
    expect((await meetingRepository.list({ year: 2026, cellId: 'c1' })).map((m) => m.id)).toEqual(['m-hand'])
    expect(await auditRepository.list()).toHaveLength(logged)
  })

  it('the cell’s audit line says what the book changed in its meetings, not only how many', async () => {
    const plans = await planReturnedBooks([await filledBook()], ['c1'], MARCH)
    await commitPlans(plans, MARCH)
    const [line] = (await auditRepository.list()).map((e) => e.summary)
    expect(line).toContain(
      'Thêm buổi sinh hoạt thường kỳ ngày 03/03/2026 (2 có mặt, 1 vắng có lý do, 0 vắng không lý do)'
    )
  })

  it('logs each member whose rating the book changes, besides the cell’s line', async () => {
    const plans = await planReturnedBooks([await ratedBook()], ['c1'], YEAR)
    await commitPlans(plans, YEAR)
    const summaries = (await auditRepository.list()).map((e) => e.summary)
    expect(summaries).toContain('Nguyễn Văn An (2026): tự xếp loại — → HTTNV')
    expect(summaries.some((s) => s.startsWith('Nhập sổ chi bộ Chi bộ Khu phố 1, Năm 2026'))).toBe(true)
  })
})
