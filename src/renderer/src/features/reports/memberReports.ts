// The "Đảng viên" group of the Báo cáo catalogue: engineer B's member exports, run with the whole
// ward's active members (the Đảng viên page offers the filtered version and the column choice).
import { sortByVietnameseName } from '@renderer/domain/names'
import { cellRepository } from '@renderer/db/repositories/cellRepository'
import { memberRepository } from '@renderer/db/repositories/memberRepository'
import { DEFAULT_MEMBER_LIST_COLUMNS } from '@renderer/excel/reports/memberList'
import { exportMemberList, exportProbationDue } from '../members/exportMembers'
import { loadProbationDue } from '../members/probationDueList'
import type { ReportEntry } from './reportEntry'

async function activeMembers() {
  const [members, cells] = await Promise.all([memberRepository.listActive(), cellRepository.list()])
  return { members: sortByVietnameseName(members, (m) => m.fullName), cells }
}

export const memberReports: ReportEntry[] = [
  {
    title: 'Danh sách đảng viên đang sinh hoạt',
    description:
      'Toàn Đảng bộ, chia theo chi bộ, xếp theo tên. Muốn lọc hoặc chọn cột, dùng nút “Xuất Excel” trên trang Đảng viên.',
    run: async () => {
      const { members, cells } = await activeMembers()
      return exportMemberList({
        members,
        cells,
        columns: [...DEFAULT_MEMBER_LIST_COLUMNS],
        cellId: null,
        filterSummary: 'đảng viên đang sinh hoạt',
        // The "Báo cáo" page makes reports for the superior; CCCD masked (the full number: Đảng viên page).
        purpose: 'Báo cáo cấp trên (trang Báo cáo)',
        idNumbers: 'masked'
      })
    }
  },
  {
    title: 'Danh sách đảng viên dự bị đến hạn xét chính thức',
    description: 'Đảng viên dự bị sắp hết 12 tháng dự bị.',
    run: async () => {
      const { members, cells } = await activeMembers()
      return exportProbationDue(await loadProbationDue(members), cells)
    }
  }
]
