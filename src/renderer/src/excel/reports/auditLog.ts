// "Nhật ký thay đổi" as a Party document: when, which clerk, what, before → after (docs/design.md §8).
// Rows in (audit entries, newest first), workbook out; saving goes through `platform`.
import type { AuditEntry, OrganizationSettings } from '@renderer/domain/entities'
import {
  AUDIT_ACTION_LABELS,
  describeChange,
  entityLabel,
  localDay,
  localTime,
  type PersonalNumbers
} from '@renderer/domain/backup/auditView'
import { addPartyDocumentSheet, bytesWith, type DocColumn, type DocRow } from '../partyDocument'
import { column } from './columns'

export interface AuditLogReportOptions {
  /** e.g. "Từ 01/11/2026 đến 21/11/2026 — Xếp loại đảng viên". */
  subtitle?: string
  now?: Date
  /** Names of the cells and members whose ids the log holds. */
  names?: ReadonlyMap<string, string>
  /**
   * CCCD and phone numbers in "Trước → Sau": masked unless asked ("0380••••0123", "••••678"), as the
   * member list sends them (Luật 91/2025/QH15: shown only as far as the purpose needs).
   */
  personalNumbers?: PersonalNumbers
}

export const AUDIT_LOG_COLUMNS: DocColumn[] = [
  column('stt', 6),
  { key: 'day', header: 'Ngày', group: 'Thời điểm', width: 12, kind: 'date' },
  { key: 'time', header: 'Giờ', group: 'Thời điểm', width: 7, kind: 'text' },
  { key: 'clerk', header: 'Người thực hiện', width: 16, kind: 'text' },
  // "Buổi sinh hoạt chi bộ", "Xếp loại đảng viên", "Xuất dữ liệu" on one line.
  { key: 'entity', header: 'Đối tượng', width: 21, kind: 'text' },
  { key: 'action', header: 'Thao tác', width: 13, kind: 'text' },
  { key: 'summary', header: 'Nội dung', width: 40, kind: 'text' },
  { key: 'change', header: 'Trước → Sau', width: 36, kind: 'text' }
]

export function auditLogRows(
  entries: readonly AuditEntry[],
  names: ReadonlyMap<string, string> = new Map(),
  numbers: PersonalNumbers = 'masked'
): DocRow[] {
  return entries.map((e) => ({
    values: {
      day: localDay(e.at),
      time: localTime(e.at),
      clerk: e.clerk,
      entity: entityLabel(e.entity),
      action: AUDIT_ACTION_LABELS[e.action] ?? e.action,
      summary: e.summary,
      change: describeChange(e, 400, names, numbers)
    }
  }))
}

/** Said in the file, so a reader knows the dots are on purpose. */
const MASKED_NOTE = 'Số CCCD và số điện thoại được che một phần để bảo vệ dữ liệu cá nhân.'

export function buildAuditLogWorkbook(
  settings: OrganizationSettings,
  entries: readonly AuditEntry[],
  options: AuditLogReportOptions = {}
): Promise<Uint8Array> {
  return bytesWith(
    (wb) =>
      addPartyDocumentSheet(wb, settings, {
        sheetName: 'Nhật ký thay đổi',
        title: 'Nhật ký thay đổi dữ liệu',
        subtitle: options.subtitle,
        date: options.now,
        orientation: 'landscape',
        columns: AUDIT_LOG_COLUMNS,
        rows: auditLogRows(entries, options.names, options.personalNumbers),
        notes: [
          `Tổng số: ${entries.length} thay đổi. Thời điểm theo giờ của máy tính.`,
          ...(options.personalNumbers === 'full' ? [] : [MASKED_NOTE])
        ]
      }),
    options.now
  )
}
