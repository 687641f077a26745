// The member list file → rows the domain import understands. Reads .xlsx / .xls, converts legacy
// TCVN3 / VNI text to Unicode, finds the header, proposes a column mapping. Pure of the database.
import {
  detectEncoding,
  hasUnicodeVietnamese,
  toUnicode,
  type TextEncoding
} from '@renderer/domain/legacyEncoding'
import type { ImportField, ImportRecord } from '@renderer/domain/members/importRows'
import { genderFromColumns } from '@renderer/domain/members/genderColumns'
import { MEMBER_FIELD_LABELS, type LabelledMemberField } from '@renderer/domain/members/fieldLabels'
import {
  headerLayoutKey,
  mapRow,
  type ColumnMapping,
  type FieldSpec,
  type Grid,
  type SheetTable
} from './sheetTable'
import { readGridsOffThread } from './readOffThread'
import { findList, visibleFirst, type FoundList } from './sheetOrder'

/** A member field's column, named by the field's one label (domain/members/fieldLabels.ts). */
function labelledField(key: ImportField & LabelledMemberField, aliases: string[]): FieldSpec<ImportField> {
  return { key, label: MEMBER_FIELD_LABELS[key], aliases }
}

export const MEMBER_IMPORT_FIELDS: FieldSpec<ImportField>[] = [
  {
    key: 'fullName',
    label: MEMBER_FIELD_LABELS.fullName,
    aliases: ['họ và tên', 'họ tên', 'họ và tên đảng viên', 'tên đảng viên', 'họ và tên khai sinh'],
    required: true
  },
  labelledField('gender', ['giới tính', 'nam nữ', 'nam/nữ', 'giới']),
  labelledField('birthDate', ['ngày sinh', 'ngày tháng năm sinh', 'năm sinh', 'ngày, tháng, năm sinh']),
  labelledField('hometown', ['quê quán', 'nguyên quán']),
  labelledField('address', ['nơi ở hiện nay', 'nơi ở', 'địa chỉ', 'chỗ ở hiện nay', 'nơi cư trú']),
  labelledField('ethnicity', ['dân tộc']),
  labelledField('religion', ['tôn giáo']),
  labelledField('idNumber', [
    'cccd',
    'số cccd',
    'căn cước công dân',
    'số căn cước',
    'số định danh',
    'cmnd',
    'cccd/cmnd'
  ]),
  labelledField('partyCardNumber', [
    'số thẻ',
    'số thẻ đảng viên',
    'thẻ đảng viên',
    'số thẻ đv',
    'số thẻ đảng'
  ]),
  labelledField('dossierNumber', ['số lý lịch', 'số ll', 'lý lịch']),
  labelledField('admissionDate', [
    'ngày vào đảng',
    'ngày kết nạp',
    'ngày kết nạp đảng',
    'vào đảng',
    'kết nạp'
  ]),
  labelledField('officialDate', ['ngày chính thức', 'ngày công nhận chính thức', 'chính thức']),
  {
    key: 'cellName',
    label: MEMBER_FIELD_LABELS.cellId,
    aliases: ['chi bộ', 'chi bộ đang sinh hoạt', 'chi bộ sinh hoạt', 'tên chi bộ', 'sinh hoạt tại chi bộ'],
    required: true
  },
  labelledField('partyPosition', ['chức vụ đảng', 'chức vụ trong đảng', 'chức vụ đảng hiện nay']),
  labelledField('occupation', [
    'nghề nghiệp',
    'chức vụ chính quyền',
    'nghề nghiệp chức vụ',
    'công tác hiện nay',
    'chức vụ'
  ]),
  labelledField('education', [
    'trình độ học vấn',
    'học vấn',
    'văn hóa',
    'trình độ văn hóa',
    'giáo dục phổ thông'
  ]),
  labelledField('profession', ['chuyên môn', 'trình độ chuyên môn', 'chuyên môn nghiệp vụ']),
  labelledField('theoryLevel', [
    'lý luận chính trị',
    'lý luận',
    'llct',
    'trình độ lý luận chính trị',
    'trình độ lý luận'
  ]),
  labelledField('phone', ['điện thoại', 'số điện thoại', 'sđt', 'đt']),
  labelledField('note', ['ghi chú']),
  {
    key: 'status',
    label: 'Trạng thái',
    aliases: ['trạng thái', 'tình trạng', 'trạng thái đảng viên', 'dự bị chính thức']
  },
  {
    key: 'badges',
    label: 'Huy hiệu Đảng đã trao',
    aliases: ['huy hiệu đảng', 'huy hiệu', 'huy hiệu đảng đã trao', 'huy hiệu đã nhận']
  }
]

/**
 * Columns of old forms that fill two fields at once: a birth date under "Nam" or "Nữ" (the header
 * "Năm sinh" merged over both) gives the gender too (domain/members/genderColumns.ts).
 */
export type MemberSheetField = ImportField | 'birthDateMale' | 'birthDateFemale'

export const GENDER_COLUMN_FIELDS: FieldSpec<MemberSheetField>[] = [
  {
    key: 'birthDateMale',
    label: 'Ngày sinh (cột Nam: là nam)',
    aliases: ['năm sinh nam', 'ngày sinh nam', 'ngày tháng năm sinh nam', 'ngày, tháng, năm sinh nam', 'nam']
  },
  {
    key: 'birthDateFemale',
    label: 'Ngày sinh (cột Nữ: là nữ)',
    aliases: ['năm sinh nữ', 'ngày sinh nữ', 'ngày tháng năm sinh nữ', 'ngày, tháng, năm sinh nữ', 'nữ']
  }
]

/** Every field a column of a member list can fill: the import's fields and the gender columns. */
export const MEMBER_SHEET_FIELDS: FieldSpec<MemberSheetField>[] = [
  ...MEMBER_IMPORT_FIELDS,
  ...GENDER_COLUMN_FIELDS
]

export interface MemberSheet extends FoundList<MemberSheetField> {
  encoding: TextEncoding
  layoutKey: string
  /** Set when other visible sheets hold a list too (one sheet per cell): only this one is read. */
  otherListsNote?: string
}

/**
 * Converts every text of a grid from a legacy encoding, when the grid's texts say it is one. An old
 * list often has rows added later in Unicode: a text with Unicode's own Vietnamese letters (ă đ ơ ư
 * ế…, never in a TCVN3 or VNI text) is kept as typed.
 */
export function decodeGrid(grid: Grid): { grid: Grid; encoding: TextEncoding } {
  const texts: string[] = []
  for (const row of grid.rows) for (const v of row) if (typeof v === 'string') texts.push(v)
  const encoding = detectEncoding(texts)
  if (encoding === 'unicode') return { grid, encoding }
  const decode = (v: string) => (hasUnicodeVietnamese(v) ? v : toUnicode(v, encoding))
  return {
    encoding,
    grid: { ...grid, rows: grid.rows.map((row) => row.map((v) => (typeof v === 'string' ? decode(v) : v))) }
  }
}

/**
 * The first sheet holding a member list (a header naming at least two member fields), visible
 * sheets first (./sheetOrder). The file is read off the window's thread; aborting `signal` stops it
 * (ReadCancelledError).
 */
export async function readMemberSheet(bytes: Uint8Array, signal?: AbortSignal): Promise<MemberSheet> {
  const grids = visibleFirst(await readGridsOffThread(bytes, signal))
  let lastError: unknown = null
  for (const [i, raw] of grids.entries()) {
    const { grid, encoding } = decodeGrid(raw)
    try {
      const list = findList(grid, MEMBER_SHEET_FIELDS)
      const note = otherListsNote(list.table.sheetName, grids.slice(i + 1))
      return {
        ...list,
        encoding,
        layoutKey: headerLayoutKey(list.table.headers),
        ...(note ? { otherListsNote: note } : {})
      }
    } catch (e) {
      lastError = e
    }
  }
  throw lastError ?? new Error('Tệp không có trang tính nào.')
}

/**
 * The visible sheets after the one read that hold a member list too: a ward file often keeps one
 * sheet per cell, and only one sheet is imported at a time — said, not left out silently.
 */
function otherListsNote(read: string, rest: readonly Grid[]): string | undefined {
  const others = rest
    .filter((g) => !g.hidden)
    .filter((g) => {
      try {
        findList(decodeGrid(g).grid, MEMBER_SHEET_FIELDS)
        return true
      } catch {
        return false
      }
    })
    .map((g) => `“${g.sheetName}”`)
  if (!others.length) return undefined
  return `Tệp còn danh sách ở trang ${others.join(', ')}: lần này chỉ nhập trang “${read}”. Muốn nhập các trang đó, hãy lưu mỗi trang thành một tệp rồi nhập lần lượt.`
}

export function toImportRecords(table: SheetTable, mapping: ColumnMapping<MemberSheetField>): ImportRecord[] {
  return table.rows.map((row) => {
    const record: ImportRecord = { rowNumber: row.rowNumber, values: genderFromColumns(mapRow(row, mapping)) }
    if (row.hidden) record.hidden = true
    for (const [col, rows] of Object.entries(row.mergedOver ?? {})) {
      const field = mapping[Number(col)]
      // A birth date under "Nam" / "Nữ" is the birth date the import checks.
      if (field)
        (record.mergedOver ??= {})[
          field === 'birthDateMale' || field === 'birthDateFemale' ? 'birthDate' : field
        ] = rows
    }
    return record
  })
}

/** True when the mapping says the gender: a "Giới tính" column, or birth dates under "Nam" / "Nữ". */
export function mapsGender(mapping: ColumnMapping<MemberSheetField>): boolean {
  return mapping.some((k) => k === 'gender' || k === 'birthDateMale' || k === 'birthDateFemale')
}
