// "Danh sách đảng viên dự bị đến hạn xét chuyển chính thức": probation (12 months, Điều lệ Đảng,
// Điều 5; after a readmission, from the readmission: QĐ 294-QĐ/TW 2025, điểm 3.5.1) ending within
// the notice period, or already ended without a decision.
import type ExcelJS from 'exceljs'
import type { Cell, OrganizationSettings } from '@renderer/domain/entities'
import { formatDate } from '@renderer/domain/dates'
import { recipientsFor } from '@renderer/domain/settings'
import { MEMBER_STATUS_LABELS } from '@renderer/domain/memberState'
import type { ProbationDue } from '@renderer/domain/members/probation'
import { addPartyDocumentSheet, workbookWith, type DocColumn, type DocRow } from '../partyDocument'
import { column, peopleTotal, personColumns, personValues } from './columns'

export interface ProbationDueInput {
  due: readonly ProbationDue[]
  cells: readonly Pick<Cell, 'id' | 'name'>[]
  today: string
  withinDays: number
}

export const PROBATION_DUE_COLUMNS: DocColumn[] = [
  ...personColumns(),
  column('cell', 26),
  { key: 'admissionDate', header: 'Ngày vào Đảng', width: 13, kind: 'date' },
  { key: 'dueDate', header: 'Ngày hết dự bị', width: 13, kind: 'date' },
  { key: 'daysLeft', header: 'Còn (ngày)', width: 9, kind: 'number' },
  column('note')
]

export function probationDueRows(input: ProbationDueInput): DocRow[] {
  const names = new Map(input.cells.map((c) => [c.id, c.name]))
  return input.due.map((d) => ({
    values: {
      ...personValues(d.member),
      cell: names.get(d.member.cellId) ?? '',
      admissionDate: d.admissionDate,
      dueDate: d.dueDate,
      daysLeft: d.daysLeft >= 0 ? d.daysLeft : undefined,
      note: [
        d.guest ? GUEST_MARK : '',
        // The record's status when it is not "Dự bị": a suspended or exempt member is still due.
        d.member.status !== 'probationary' ? MEMBER_STATUS_LABELS[d.member.status] : '',
        d.readmitted ? `Kết nạp lại ngày ${formatDate(d.probationFrom)}` : '',
        d.daysLeft < 0 ? `Quá hạn ${-d.daysLeft} ngày` : d.daysLeft === 0 ? 'Đến hạn hôm nay' : ''
      ]
        .filter(Boolean)
        .join('; ')
    }
  }))
}

/** A guest's note, explained under the table (GUEST_NOTE). */
const GUEST_MARK = 'Sinh hoạt tạm thời (*)'
const GUEST_NOTE =
  '(*) Đồng chí sinh hoạt tạm thời, không tính vào đảng số của Đảng bộ (QĐ 232-QĐ/TW 2025, tiểu mục 6.3.2): việc công nhận đảng viên chính thức do tổ chức đảng nơi đồng chí sinh hoạt chính thức xem xét; chi bộ nơi sinh hoạt tạm thời nhận xét, gửi về nơi đó.'

/** The rules the list counted by; the readmission rule only when a readmitted member is on it. */
function probationBasis(due: readonly ProbationDue[]): string[] {
  const basis = [
    'Căn cứ: Điều lệ Đảng, Điều 5 — thời kỳ dự bị 12 tháng kể từ ngày chi bộ tổ chức lễ kết nạp.'
  ]
  if (due.some((d) => d.readmitted))
    basis.push(
      'Quy định 294-QĐ/TW năm 2025, điểm 3.5.1 — người được kết nạp lại phải trải qua thời kỳ dự bị như người vào Đảng lần đầu: 12 tháng tính từ ngày kết nạp lại.'
    )
  if (due.some((d) => d.guest)) basis.push(GUEST_NOTE)
  return basis
}

export function buildProbationDueWorkbook(
  settings: OrganizationSettings,
  input: ProbationDueInput,
  now: Date = new Date()
): ExcelJS.Workbook {
  const rows = probationDueRows(input)
  if (rows.length) rows.push(peopleTotal(input.due.length, input.due.filter((d) => d.guest).length))
  const add = (wb: ExcelJS.Workbook): ExcelJS.Worksheet =>
    addPartyDocumentSheet(wb, settings, {
      sheetName: 'Đến hạn chính thức',
      title: 'Danh sách đảng viên dự bị đến hạn xét công nhận chính thức',
      subtitle: `Hết 12 tháng dự bị trong ${input.withinDays} ngày kể từ ngày ${formatDate(input.today)} (kể cả quá hạn chưa xét)`,
      date: input.today,
      columns: PROBATION_DUE_COLUMNS,
      rows,
      notes: probationBasis(input.due),
      emptyMessage: `Không có đảng viên dự bị nào hết 12 tháng dự bị trong ${input.withinDays} ngày tới; không có đảng viên nào cần đề nghị xét công nhận chính thức.`,
      recipients: [...recipientsFor(settings, 'members'), 'Các chi bộ có đảng viên trong danh sách']
    })
  return workbookWith(add, now)
}
