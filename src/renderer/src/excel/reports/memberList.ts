// "Danh sách đảng viên": the member list as the screen shows it (its filters and order), for the
// whole đảng bộ (grouped by cell) or one cell, with the columns the clerk chose.
import type ExcelJS from 'exceljs'
import type { Cell, IsoDate, Member, OrganizationSettings } from '@renderer/domain/entities'
import { formatDate } from '@renderer/domain/dates'
import { maskIdNumber } from '@renderer/domain/members/masking'
import { MEMBER_FIELD_LABELS } from '@renderer/domain/members/fieldLabels'
import { GENDER_LABELS, THEORY_LEVEL_LABELS } from '@renderer/domain/labels'
import { MEMBER_STATUS_LABELS } from '@renderer/domain/memberState'
import {
  READABLE_TABLE_PIXELS,
  addPartyDocumentSheet,
  columnsPixels,
  newWorkbook,
  type DocColumn,
  type DocRow
} from '../partyDocument'
import { COMMON_COLUMNS as COMMON, peopleTotal } from './columns'

/** Every column the clerk can choose, in the order the chooser lists them. */
export const MEMBER_LIST_COLUMNS = {
  stt: COMMON.stt,
  fullName: COMMON.name,
  birthDate: COMMON.birth,
  gender: { header: MEMBER_FIELD_LABELS.gender, width: 8, kind: 'text' },
  partyCardNumber: { header: MEMBER_FIELD_LABELS.partyCardNumber, width: 12, kind: 'id' },
  idNumber: { header: MEMBER_FIELD_LABELS.idNumber, width: 15, kind: 'id' },
  admissionDate: { header: MEMBER_FIELD_LABELS.admissionDate, width: 12, kind: 'date' },
  officialDate: { header: MEMBER_FIELD_LABELS.officialDate, width: 12, kind: 'date' },
  cell: { ...COMMON.cell, width: 24 },
  status: { header: 'Trạng thái', width: 13, kind: 'text' },
  hometown: { ...COMMON.hometown, width: 22 },
  address: { header: MEMBER_FIELD_LABELS.address, width: 24, kind: 'text' },
  ethnicity: { header: MEMBER_FIELD_LABELS.ethnicity, width: 8, kind: 'text' },
  religion: { header: MEMBER_FIELD_LABELS.religion, width: 9, kind: 'text' },
  dossierNumber: { header: MEMBER_FIELD_LABELS.dossierNumber, width: 10, kind: 'id' },
  partyPosition: { header: MEMBER_FIELD_LABELS.partyPosition, width: 16, kind: 'text' },
  occupation: { header: MEMBER_FIELD_LABELS.occupation, width: 20, kind: 'text' },
  education: { header: MEMBER_FIELD_LABELS.education, width: 10, kind: 'text' },
  profession: { header: MEMBER_FIELD_LABELS.profession, width: 14, kind: 'text' },
  theoryLevel: { header: MEMBER_FIELD_LABELS.theoryLevel, width: 11, kind: 'text' },
  phone: { header: MEMBER_FIELD_LABELS.phone, width: 12, kind: 'id' },
  note: COMMON.note
} satisfies Record<string, Omit<DocColumn, 'key'>>

export type MemberColumnKey = keyof typeof MEMBER_LIST_COLUMNS

export const DEFAULT_MEMBER_LIST_COLUMNS: readonly MemberColumnKey[] = [
  'stt',
  'fullName',
  'birthDate',
  'gender',
  'partyCardNumber',
  'idNumber',
  'admissionDate',
  'officialDate',
  'cell',
  'status'
]

export interface MemberListInput {
  /** Already filtered and sorted as on screen. */
  members: readonly Member[]
  cells: readonly Pick<Cell, 'id' | 'name'>[]
  columns: readonly MemberColumnKey[]
  /** One cell, or null for the whole đảng bộ (rows grouped by cell, in the cells' order given). */
  cellId: string | null
  /** The screen's filters in words, e.g. "Giới tính: Nữ; Tìm kiếm: "dao"". */
  filterSummary?: string
  /** "Tính đến ngày". ISO. */
  asOf: string
  /** CCCD numbers as "0380••••0123" (default) or in full, when the export's purpose needs them. */
  idNumbers?: 'masked' | 'full'
  /**
   * Members only staying here (loadGuests), with the last day of a stay that is over: their status
   * says so (or, on a list or part without "Trạng thái", a mark after the name), the total and the
   * cells' counts say how many, they are not the cell's own.
   */
  guests?: ReadonlyMap<string, IsoDate | null>
}

/** Said after a guest's status (MemberListInput.guests), and explained under the table. */
export const GUEST_STATUS = 'sinh hoạt tạm thời'
/** Said after the status of a guest whose stay is over and whose leaving is not recorded yet. */
export const STAY_ENDED_STATUS = 'hết hạn sinh hoạt tạm thời'
/** After a guest's name when the "Trạng thái" column is not printed; explained under the table. */
const GUEST_MARK = '(*)'
/** After the name of a guest whose stay is over, when "Trạng thái" is not printed. */
const STAY_ENDED_MARK = '(**)'

/** The name as a list without the "Trạng thái" column prints it: a guest's with his mark. */
function markedName(m: Member, stay: IsoDate | null | undefined): string {
  if (stay === undefined) return m.fullName
  return `${m.fullName} ${stay ? STAY_ENDED_MARK : GUEST_MARK}`
}

function statusText(m: Member, stay: IsoDate | null | undefined): string {
  const status = MEMBER_STATUS_LABELS[m.status]
  if (stay === undefined) return status
  return stay ? `${status}; ${STAY_ENDED_STATUS} ngày ${formatDate(stay)}` : `${status}; ${GUEST_STATUS}`
}

function valueOf(
  m: Member,
  key: MemberColumnKey,
  cellName: string,
  fullIds: boolean,
  stay: IsoDate | null | undefined,
  marked: boolean
): unknown {
  switch (key) {
    case 'fullName':
      return marked ? markedName(m, stay) : m.fullName
    case 'idNumber':
      return fullIds ? (m.idNumber ?? '') : maskIdNumber(m.idNumber)
    case 'stt':
      return undefined
    case 'gender':
      return GENDER_LABELS[m.gender]
    case 'cell':
      return cellName
    case 'status':
      return statusText(m, stay)
    case 'theoryLevel':
      return m.theoryLevel && m.theoryLevel !== 'none' ? THEORY_LEVEL_LABELS[m.theoryLevel] : ''
    default:
      return m[key] ?? ''
  }
}

/** The members of the list who only stay here (MemberListInput.guests). */
function guestCount(members: readonly Member[], guests: MemberListInput['guests']): number {
  return guests?.size ? members.filter((m) => guests.has(m.id)).length : 0
}

/**
 * Under the table, what the guests' statuses — or, when the part has no "Trạng thái" column
 * (`marked`), the marks after their names — mean: only for the kinds the list holds.
 */
function guestNotes(input: MemberListInput, marked: boolean): string[] {
  const stays = input.members.filter((m) => input.guests?.has(m.id)).map((m) => input.guests?.get(m.id))
  const said = (status: string, mark: string): string =>
    marked ? `Đảng viên đánh dấu ${mark}` : `Đảng viên ghi "${status}"`
  return [
    ...(stays.includes(null)
      ? [
          `${said(GUEST_STATUS, GUEST_MARK)} là đảng viên nơi khác đến sinh hoạt tạm thời, không tính vào đảng số của Đảng bộ (QĐ 232-QĐ/TW 2025, tiểu mục 6.3.2).`
        ]
      : []),
    ...(stays.some(Boolean)
      ? [
          `${said(STAY_ENDED_STATUS, STAY_ENDED_MARK)} đã hết thời hạn sinh hoạt tạm thời tại Đảng bộ nhưng chưa được ghi chuyển sinh hoạt đi; không tính vào đảng số của Đảng bộ.`
        ]
      : [])
  ]
}

/** The chosen columns the list prints: one cell's list names its cell above the table, not in a column. */
function printedColumns(input: MemberListInput): MemberColumnKey[] {
  return input.columns.filter((c) => !(input.cellId && c === 'cell'))
}

/** Rows of the table: grouped by cell ("Chi bộ …: n đồng chí") when the list covers every cell. */
export function memberListRows(input: MemberListInput): DocRow[] {
  const names = new Map(input.cells.map((c) => [c.id, c.name]))
  const columns = printedColumns(input)
  const fullIds = input.idNumbers === 'full'
  // Without the status column a guest is told by a mark after his name (guestNotes explains it).
  const marked = !columns.includes('status')
  const row = (m: Member): DocRow => ({
    values: Object.fromEntries(
      columns.map((k) => [
        k,
        valueOf(m, k, names.get(m.cellId) ?? '', fullIds, input.guests?.get(m.id), marked)
      ])
    )
  })
  if (input.cellId) return input.members.map(row)
  const byCell = new Map<string, Member[]>()
  for (const m of input.members) {
    const list = byCell.get(m.cellId)
    if (list) list.push(m)
    else byCell.set(m.cellId, [m])
  }
  const order = [...input.cells.map((c) => c.id), ...[...byCell.keys()].filter((id) => !names.has(id))]
  const rows: DocRow[] = []
  for (const id of order) {
    const list = byCell.get(id)
    if (!list?.length) continue
    const guests = guestCount(list, input.guests)
    const aside = guests > 0 ? `, trong đó ${guests} sinh hoạt tạm thời` : ''
    rows.push({
      kind: 'group',
      label: `${names.get(id) ?? 'Chưa rõ chi bộ'} (${list.length} đồng chí${aside})`
    })
    rows.push(...list.map(row))
  }
  return rows
}

/**
 * The list's columns in parts that each print at 9 pt or more on A4 landscape: "STT" and "Họ và tên"
 * start every part, the other chosen columns follow in order until the part is full. One part for
 * ordinary choices; all 22 columns make two or three (docs/design.md §7: no unreadable output).
 */
export function memberListParts(keys: readonly MemberColumnKey[]): MemberColumnKey[][] {
  const lead = keys.filter((k) => k === 'stt' || k === 'fullName')
  const rest = keys.filter((k) => k !== 'stt' && k !== 'fullName')
  const width = (ks: readonly MemberColumnKey[]): number =>
    columnsPixels(ks.map((k) => MEMBER_LIST_COLUMNS[k]))
  const parts: MemberColumnKey[][] = []
  let part: MemberColumnKey[] = [...lead]
  for (const k of rest) {
    if (part.length > lead.length && width([...part, k]) > READABLE_TABLE_PIXELS) {
      parts.push(part)
      part = [...lead]
    }
    part.push(k)
  }
  parts.push(part)
  return parts
}

export function buildMemberListWorkbook(
  settings: OrganizationSettings,
  input: MemberListInput,
  now: Date = new Date()
): ExcelJS.Workbook {
  const wb = newWorkbook(now)
  const keys = printedColumns(input)
  const cellName = input.cellId ? input.cells.find((c) => c.id === input.cellId)?.name : null
  const scope = cellName ?? `Toàn Đảng bộ (${new Set(input.members.map((m) => m.cellId)).size} chi bộ)`
  const parts = memberListParts(keys)
  const guests = guestCount(input.members, input.guests)
  parts.forEach((part, i) => {
    const columns: DocColumn[] = part.map((key) => ({ key, ...MEMBER_LIST_COLUMNS[key] }))
    const rows = memberListRows({ ...input, columns: part })
    if (input.members.length) rows.push(peopleTotal(input.members.length, guests))
    const of = parts.length > 1 ? ` — phần ${i + 1}/${parts.length}` : ''
    addPartyDocumentSheet(wb, settings, {
      sheetName: parts.length > 1 ? `Danh sách đảng viên (${i + 1})` : 'Danh sách đảng viên',
      title: 'Danh sách đảng viên',
      subtitle: `${scope} — tính đến ngày ${formatDate(input.asOf)}${of}`,
      date: input.asOf,
      columns,
      rows,
      notes: [
        ...(input.filterSummary ? [`Ghi chú: danh sách lọc theo ${input.filterSummary}.`] : []),
        ...(part.includes('idNumber') && input.idNumbers !== 'full'
          ? ['Số CCCD được che một phần để bảo vệ dữ liệu cá nhân.']
          : []),
        ...guestNotes(input, !part.includes('status'))
      ],
      emptyMessage: 'Không có đảng viên nào thỏa điều kiện lọc.',
      recipientGroup: 'members'
    })
  })
  return wb
}
