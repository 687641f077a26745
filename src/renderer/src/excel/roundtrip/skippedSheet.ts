// "Những phần chưa nhập": every problem of a batch of returned cell books, one row each, grouped by
// file, laid out as a Party document so the office can send it back to the cells to correct.
import type { OrganizationSettings } from '@renderer/domain/entities'
import { periodLabel, type BookPlan, type Period } from '@renderer/domain/roundtrip'
import { addPartyDocumentSheet, bytesWith, type DocColumn, type DocRow } from '../partyDocument'
import { column } from '../reports/columns'

const COLUMNS: DocColumn[] = [
  column('stt'),
  { key: 'place', header: 'Vị trí trong tệp', width: 22, kind: 'text' },
  { key: 'message', header: 'Lý do chưa nhập', width: 80, kind: 'text' }
]

export function skippedBookBytes(
  settings: OrganizationSettings,
  period: Period,
  plans: readonly BookPlan[],
  now?: Date
): Promise<Uint8Array> {
  const rows: DocRow[] = []
  for (const p of plans) {
    if (!p.problems.length) continue
    rows.push({ kind: 'group', label: `${p.cellName || 'Không rõ chi bộ'} – tệp “${p.fileName}”` })
    for (const problem of p.problems)
      rows.push({ values: { place: problem.place, message: problem.message } })
  }
  return bytesWith(
    (wb) =>
      addPartyDocumentSheet(wb, settings, {
        sheetName: 'Chưa nhập',
        title: 'NHỮNG PHẦN SỔ CHI BỘ CHƯA NHẬP ĐƯỢC',
        subtitle: `${periodLabel(period)} — chi bộ sửa theo lý do rồi gửi lại`,
        date: now,
        columns: COLUMNS,
        rows,
        recipients: ['Các chi bộ có tên trên']
      }),
    now
  )
}
