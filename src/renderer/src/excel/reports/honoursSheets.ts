// Honours spreadsheets (docs/design.md §7 reports 4–5), Party documents.
import type ExcelJS from 'exceljs'
import type { OrganizationSettings } from '@renderer/domain/entities'
import {
  commendationReportGroups,
  yearsText,
  type CommendationCandidate
} from '@renderer/domain/honours/commendations'
import type { BadgeReportGroup } from '@renderer/domain/honours/badgeRows'
import type { RulesParams } from '@renderer/domain/rules/params'
import { formatDate, isYearOnly } from '@renderer/domain/dates'
import { addPartyDocumentSheet, documentBytes, type DocColumn, type DocRow } from '../partyDocument'
import { column, personColumns, personValues } from './columns'
import { addPersonListSheet, countOf } from './groupedRows'
import type { SheetOptions } from './reviewSheets'

/** 4. Danh sách đề nghị khen thưởng — members and cells xuất sắc N years in a row, with the years. */
export function addCommendationSheet(
  wb: ExcelJS.Workbook,
  settings: OrganizationSettings,
  year: number,
  candidates: readonly CommendationCandidate[],
  params: Pick<RulesParams, 'memberStreakYears' | 'cellStreakYears'>,
  opts: SheetOptions = {}
): ExcelJS.Worksheet {
  const columns: DocColumn[] = [
    column('stt'),
    column('name', 30, 'Họ và tên đảng viên / Tên chi bộ'),
    column('cell', 24),
    { key: 'count', header: 'Số năm liền', width: 9, kind: 'number' },
    { key: 'years', header: 'Các năm hoàn thành xuất sắc nhiệm vụ', width: 24, kind: 'text' }
  ]
  const rows: DocRow[] = []
  for (const g of commendationReportGroups(candidates, params)) {
    rows.push({ kind: 'group', label: `${g.label} (${g.items.length})` })
    for (const c of g.items)
      rows.push({
        values: {
          name: c.name,
          cell: c.subject === 'cell' ? '' : c.cellName,
          count: c.years.length,
          years: `${yearsText(c.years)} (${c.years.join(', ')})`
        }
      })
  }
  return addPartyDocumentSheet(wb, settings, {
    sheetName: 'Đề nghị khen thưởng',
    title: 'Danh sách đề nghị khen thưởng',
    subtitle: `Đảng viên, chi bộ hoàn thành xuất sắc nhiệm vụ nhiều năm liền (tính đến năm ${year})`,
    documentNumber: opts.documentNumber,
    date: opts.date,
    orientation: 'portrait',
    columns,
    rows,
    emptyMessage: `Tính đến năm ${year}, không có đảng viên, chi bộ nào đủ số năm liền hoàn thành xuất sắc nhiệm vụ để đề nghị khen thưởng.`,
    recipientGroup: 'honours'
  })
}

export const YEAR_ONLY_NOTE = 'cần xác minh ngày kết nạp'

/** 5. Danh sách đảng viên đề nghị tặng Huy hiệu Đảng đợt <ngày>. */
export function addBadgeSheet(
  wb: ExcelJS.Workbook,
  settings: OrganizationSettings,
  ceremonyDate: string,
  groups: readonly BadgeReportGroup[],
  opts: SheetOptions = {}
): ExcelJS.Worksheet {
  const columns: DocColumn[] = [
    ...personColumns(),
    column('hometown', 18),
    { key: 'admitted', header: 'Ngày vào Đảng', width: 12, kind: 'date' },
    { key: 'official', header: 'Ngày chính thức', width: 12, kind: 'date' },
    column('cell', 22),
    { key: 'milestone', header: 'Huy hiệu (năm)', width: 9, kind: 'number', numFmt: '0' },
    column('note', 20)
  ]
  const people = groups.map((g) => ({ name: g.label, items: g.rows }))
  const n = countOf(people)
  return addPersonListSheet(wb, settings, {
    sheetName: 'Đề nghị Huy hiệu Đảng',
    title: `Danh sách đảng viên đề nghị tặng Huy hiệu Đảng đợt ${formatDate(ceremonyDate)}`,
    subtitle: n ? `Tổng số: ${n} đồng chí` : undefined,
    documentNumber: opts.documentNumber,
    date: opts.date,
    orientation: 'landscape',
    columns,
    groups: people,
    values: (r) => ({
      ...personValues(r),
      hometown: r.hometown,
      admitted: r.firstAdmission,
      official: r.officialDate,
      milestone: r.milestone,
      note: badgeNote(r)
    }),
    emptyMessage: `Đợt ${formatDate(ceremonyDate)} không có đảng viên nào đủ tuổi Đảng để đề nghị tặng Huy hiệu Đảng.`,
    recipientGroup: 'honours'
  })
}

/**
 * A year-only admission is printed as the year (the date kind keeps it text): the note asks to verify
 * it, once — unless the row's own note already asks ("Cần xác minh: chỉ biết năm…").
 */
function badgeNote(r: BadgeReportGroup['rows'][number]): string {
  const asks = isYearOnly(r.firstAdmission) && !/xác minh/i.test(r.note)
  return [asks ? YEAR_ONLY_NOTE : '', r.note].filter(Boolean).join('; ')
}

export const buildCommendations = documentBytes(addCommendationSheet)
export const buildBadgeList = documentBytes(addBadgeSheet)
