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
import { exportMeetingStatistics } from './reports'

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
