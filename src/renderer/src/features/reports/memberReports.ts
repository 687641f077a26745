// The "Đảng viên" group of the Báo cáo catalogue.
// TODO(engineer B): list the member-list export here once features/members/exportMembers.ts is
// committed, e.g. { title: 'Danh sách đảng viên', description: '…', run: () => exportMemberList({…}) }.
import type { ExportResult } from './reviewReports'

export const memberReports: { title: string; description: string; run: () => Promise<ExportResult> }[] = []
