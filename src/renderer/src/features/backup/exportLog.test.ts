import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestDb, setDb } from '@renderer/db/database'
import { auditRepository } from '@renderer/db/repositories/auditRepository'
import { recordOffPcBackup } from './backupStatus'
import { logExport } from '../common/exportLog'

beforeEach(() => {
  setDb(createTestDb())
})
afterEach(() => setDb(null))

describe('every export of personal data is in the audit log (Luật 91/2025/QH15)', () => {
  it('a backup saved off the PC names its file and whether it is encrypted', async () => {
    await recordOffPcBackup('so-chi-bo-2026-12-01-1030.scbk', false)
    await recordOffPcBackup('so-chi-bo-2026-12-01-1031-ma-hoa.scbk.enc', true)
    const entries = await auditRepository.all()
    expect(entries.map((e) => [e.entity, e.action, e.summary])).toEqual([
      [
        'database',
        'export',
        'Sao lưu toàn bộ dữ liệu ra tệp so-chi-bo-2026-12-01-1031-ma-hoa.scbk.enc (có mật khẩu, mã hóa)'
      ],
      [
        'database',
        'export',
        'Sao lưu toàn bộ dữ liệu ra tệp so-chi-bo-2026-12-01-1030.scbk (không mật khẩu, không mã hóa)'
      ]
    ])
  })

  it('export entries join the chain like every other entry', async () => {
    await logExport('members', 'Xuất danh sách 3 đảng viên ra tệp a.xlsx — mục đích: Dùng trong chi bộ')
    await logExport('memberReviews', 'Xuất báo cáo ra tệp b.xlsx')
    expect(await auditRepository.verifyChain()).toEqual({ total: 2, legacy: 0, breaks: [] })
  })
})
