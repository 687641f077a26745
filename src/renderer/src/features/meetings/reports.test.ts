// Thống kê sinh hoạt chi bộ of a period still running, made through the database as the Báo cáo page
// makes it. docs/design.md §7: "A period still running is reported up to the day the document is made
// (member statistics, movements, meeting statistics alike) … Figures are never stated for a day that
// has not come." The sheet's subtitle says "đến ngày <today>"; its counts must be of those days too.
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { createTestDb, setDb } from '@renderer/db/database'
import { cellRepository } from '@renderer/db/repositories/cellRepository'
import { meetingRepository } from '@renderer/db/repositories/meetingRepository'
import { settingsRepository } from '@renderer/db/repositories/settingsRepository'
import { platform, setPlatformForTests } from '@renderer/platform'
import { readSheet } from '@renderer/excel/testing/readBack'
import { cell, meeting, SETTINGS } from '@renderer/testing/factories'
import { exportCompliance, exportMeetingStatistics } from './reports'
import { NothingToExport } from '../common/nothingToExport'

let saved: Uint8Array[]
let restore: () => void

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  // 02/12/2026, 09:00 in Việt Nam (UTC+7).
  vi.setSystemTime(new Date('2026-12-02T02:00:00Z'))
  createTestDb()
  setActivePinia(createPinia())
  saved = []
  restore = setPlatformForTests({
    ...platform,
    async saveFile(bytes, suggestedName) {
      saved.push(bytes)
      return { fileName: suggestedName }
    }
  })
  await settingsRepository.save(SETTINGS)
  await cellRepository.bulkSave([cell('c1', { name: 'Chi bộ Khu phố 1' })])
})
afterEach(() => {
  restore()
  setDb(null)
  vi.useRealTimers()
})

it('Thống kê sinh hoạt năm 2026 made on 02/12/2026 counts no meeting dated after that day', async () => {
  await meetingRepository.bulkSave([
    meeting('nov', { cellId: 'c1', date: '2026-11-05' }),
    meeting('today', { cellId: 'c1', date: '2026-12-02' }),
    // Typed ahead (neither editor refuses a later date): not held by the day the document states.
    meeting('later', { cellId: 'c1', date: '2026-12-15', type: 'thematic', topic: 'Tự soi, tự sửa' })
  ])
  await exportMeetingStatistics('2026-01-01', '2026-12-31')
  const r = await readSheet(saved[0], 'Thống kê sinh hoạt')
  expect(r.find(/đến ngày 02\/12\/2026/)).toBeDefined()
  const row = r.find('Chi bộ Khu phố 1')!.row
  const total = r.find('Tổng số buổi')!.col
  expect(r.value(row, total)).toBe(2)
  // Nor is its topic listed on the topics' sheet: the workbook has no second sheet.
  expect(r.workbook.worksheets.map((w) => w.name)).toEqual(['Thống kê sinh hoạt'])
})

// Next year has not begun on 02/12/2026: a meeting recorded ahead for it is not held yet (the grid
// counts a meeting from its day), so neither export of that year has anything to state.
it.each([
  ['Thống kê sinh hoạt', () => exportMeetingStatistics('2027-01-01', '2027-12-31')],
  ['Bảng theo dõi', () => exportCompliance(2027)]
])('%s of 2027, made on 02/12/2026: nothing saved, the reason said', async (_what, run) => {
  await meetingRepository.bulkSave([meeting('ahead', { cellId: 'c1', date: '2027-01-05' })])
  const error = await run().catch((e: unknown) => e)
  expect(error).toBeInstanceOf(NothingToExport)
  expect((error as Error).message).toBe(
    'Năm 2027 chưa bắt đầu (từ ngày 01/01/2027): chưa có số liệu để báo cáo.'
  )
  expect(saved).toEqual([])
})
