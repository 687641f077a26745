// Đảng viên → Xuất Excel: the guests are read from the histories whatever columns the clerk chose
// (memberListWorkbook: what exportMemberList saves).
import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useTestDb } from '@renderer/db/testing/testDb'
import { memberRepository } from '@renderer/db/repositories/memberRepository'
import { workbookToBytes } from '@renderer/excel/partyDocument'
import { readSheet } from '@renderer/excel/testing/readBack'
import { DEFAULT_MEMBER_LIST_COLUMNS } from '@renderer/excel/reports/memberList'
import { cell } from '@renderer/testing/factories'
import { event, member } from '@renderer/testing/reviewFactories'
import { memberListWorkbook } from './exportMembers'

useTestDb()
beforeEach(() => setActivePinia(createPinia()))

describe('member list export without the "Trạng thái" column', () => {
  it('still marks the guest and leaves him out of the đảng số in the total', async () => {
    const members = [
      member('m1', { fullName: 'Phạm Văn An', cellId: 'c1' }),
      member('m2', { fullName: 'Hoàng Văn Khoa', cellId: 'c1' })
    ]
    // Khoa stays here from another đảng bộ, from long ago until far ahead.
    await memberRepository.bulkSave(members, [
      event('m2', 'transferIn', '2020-03-01', { transferKind: 'temporary', endDate: '2099-12-31' })
    ])
    const columns = DEFAULT_MEMBER_LIST_COLUMNS.filter((k) => k !== 'status')
    const wb = await memberListWorkbook({
      members,
      cells: [cell('c1', { name: 'Chi bộ Khu phố 1' })],
      columns,
      cellId: 'c1',
      filterSummary: '',
      idNumbers: 'masked'
    })
    const sheet = await readSheet(await workbookToBytes(wb))
    expect(sheet.find('Hoàng Văn Khoa (*)')).toBeDefined()
    expect(sheet.find('Phạm Văn An')).toBeDefined()
    expect(
      sheet.find(/^Đảng viên đánh dấu \(\*\) là đảng viên nơi khác đến sinh hoạt tạm thời/)
    ).toBeDefined()
    expect(
      sheet.find('Tổng cộng: 2 đồng chí, trong đó 1 đồng chí sinh hoạt tạm thời, không tính vào đảng số')
    ).toBeDefined()
  })
})
