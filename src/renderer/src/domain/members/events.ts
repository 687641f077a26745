// Life events as the clerk records them: labels, which details each type asks for, and a
// one-line description for the member's timeline.
import type { MemberEvent, MemberEventType, TransferKind } from '../entities'
import { DISCIPLINE_LABELS } from '../labels'
import { formatDate } from '../dates'

export const EVENT_TYPE_LABELS: Record<MemberEventType, string> = {
  admission: 'Kết nạp vào Đảng',
  official: 'Công nhận đảng viên chính thức',
  transferIn: 'Chuyển sinh hoạt đến',
  transferOut: 'Chuyển sinh hoạt đi',
  cellChange: 'Chuyển chi bộ trong Đảng bộ',
  exemption: 'Miễn công tác và sinh hoạt đảng',
  exemptionEnd: 'Thôi miễn sinh hoạt',
  suspension: 'Đình chỉ sinh hoạt',
  suspensionEnd: 'Hết đình chỉ sinh hoạt',
  sickLeave: 'Nghỉ ốm dài ngày',
  discipline: 'Kỷ luật',
  award: 'Khen thưởng',
  commendation: 'Biểu dương, khen thưởng của Đảng',
  badge: 'Trao Huy hiệu Đảng',
  removal: 'Xóa tên',
  expulsion: 'Khai trừ',
  leaving: 'Ra khỏi Đảng',
  death: 'Từ trần',
  readmission: 'Kết nạp lại',
  lostContact: 'Mất liên lạc'
}

export const TRANSFER_KIND_LABELS: Record<TransferKind, string> = {
  permanent: 'Chính thức',
  temporary: 'Tạm thời'
}

/**
 * Event types offered in "Thêm sự kiện" (commendations have their own section). A badge awarded
 * before the ward used Sổ Chi bộ is recorded here ("Trao Huy hiệu Đảng"), so its milestone is not
 * proposed again.
 */
export const RECORDABLE_EVENTS: readonly MemberEventType[] = [
  'admission',
  'official',
  'transferIn',
  'transferOut',
  'cellChange',
  'exemption',
  'exemptionEnd',
  'suspension',
  'suspensionEnd',
  'sickLeave',
  'discipline',
  'award',
  'badge',
  'removal',
  'expulsion',
  'leaving',
  'death',
  'readmission'
]

export type EventDetail =
  | 'cell'
  | 'fromCell'
  | 'transferKind'
  | 'place'
  | 'endDate'
  | 'decisionNumber'
  | 'disciplineLevel'
  | 'milestone'
  | 'reason'

/** Which details a type asks for, in form order. */
export const EVENT_DETAILS: Record<MemberEventType, readonly EventDetail[]> = {
  admission: ['cell', 'decisionNumber'],
  readmission: ['cell', 'decisionNumber'],
  official: ['decisionNumber'],
  transferIn: ['cell', 'transferKind', 'place', 'endDate', 'decisionNumber'],
  transferOut: ['transferKind', 'place', 'endDate', 'decisionNumber', 'reason'],
  cellChange: ['cell', 'decisionNumber', 'reason'],
  exemption: ['reason', 'endDate', 'decisionNumber'],
  exemptionEnd: ['reason'],
  suspension: ['reason', 'endDate', 'decisionNumber'],
  suspensionEnd: ['reason'],
  sickLeave: ['endDate', 'reason'],
  discipline: ['disciplineLevel', 'decisionNumber', 'reason'],
  award: ['place', 'decisionNumber', 'reason'],
  commendation: ['place', 'decisionNumber', 'reason'],
  badge: ['milestone', 'decisionNumber'],
  removal: ['decisionNumber', 'reason'],
  expulsion: ['decisionNumber', 'reason'],
  leaving: ['decisionNumber', 'reason'],
  death: ['reason'],
  lostContact: ['reason']
}

/**
 * Kỷ luật khai trừ puts the member out of the Party (Điều lệ Đảng Điều 10; QĐ 69-QĐ/TW 2022): it is
 * recorded as the "Khai trừ" event, the one type every count reads (status, party age's gaps,
 * movements), never as a discipline that would leave him in the đảng số.
 */
export function recordedType(
  type: MemberEventType,
  disciplineLevel: MemberEvent['disciplineLevel']
): MemberEventType {
  return type === 'discipline' && disciplineLevel === 'expulsion' ? 'expulsion' : type
}

/** The event as it is stored: a discipline of khai trừ becomes the expulsion (recordedType). */
export function asRecorded(e: MemberEvent): MemberEvent {
  const type = recordedType(e.type, e.disciplineLevel)
  if (type === e.type) return e
  const { disciplineLevel: _level, ...rest } = e
  return { ...rest, type }
}

/** "Chuyển sinh hoạt đi (tạm thời) — đến Đảng bộ phường X, đến 31/12/2026; QĐ số 12-QĐ/ĐU". */
export function describeEvent(e: MemberEvent, cellName: (id: string) => string | undefined): string {
  const parts: string[] = []
  if (e.transferKind && (e.type === 'transferIn' || e.type === 'transferOut'))
    parts.push(TRANSFER_KIND_LABELS[e.transferKind].toLowerCase())
  if (e.type === 'badge' && e.milestone) parts.push(`Huy hiệu ${e.milestone} năm tuổi Đảng`)
  if (e.disciplineLevel) parts.push(`hình thức: ${DISCIPLINE_LABELS[e.disciplineLevel].toLowerCase()}`)
  if (e.fromCellId && e.cellId)
    parts.push(`từ ${cellName(e.fromCellId) ?? '?'} sang ${cellName(e.cellId) ?? '?'}`)
  else if (e.cellId && e.type !== 'admission') parts.push(`vào ${cellName(e.cellId) ?? '?'}`)
  else if (e.cellId) parts.push(`tại ${cellName(e.cellId) ?? '?'}`)
  if (e.place)
    parts.push(
      e.type === 'transferOut' ? `đến ${e.place}` : e.type === 'transferIn' ? `từ ${e.place}` : e.place
    )
  if (e.endDate) parts.push(`đến ngày ${formatDate(e.endDate)}`)
  if (e.decisionNumber) parts.push(`quyết định số ${e.decisionNumber}`)
  if (e.reason) parts.push(e.reason)
  if (e.note) parts.push(e.note)
  return parts.join('; ')
}
