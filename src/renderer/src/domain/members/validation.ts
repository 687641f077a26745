// Checks on a member's record, shared by the form and the Excel import. Each issue names its field
// so the form shows it there; warnings (old records are messy) never block saving, errors do.
import type { IsoDate, Member } from '../entities'
import {
  addMonths,
  compareDates,
  isYearOnly,
  parseIsoDate,
  yearOf,
  formatDate,
  fullYearsBetween
} from '../dates'

/** Điều lệ Đảng, Điều 1: công dân Việt Nam từ 18 tuổi trở lên. */
export const MIN_ADMISSION_AGE = 18
/** Điều lệ Đảng, Điều 5: thời kỳ dự bị 12 tháng. */
export const PROBATION_MONTHS = 12

export type MemberField =
  | 'fullName'
  | 'gender'
  | 'birthDate'
  | 'admissionDate'
  | 'officialDate'
  | 'idNumber'
  | 'partyCardNumber'
  | 'cellId'

export interface FieldIssue {
  field: MemberField
  level: 'error' | 'warning'
  message: string
  /** The member a duplicate belongs to. */
  otherMemberId?: string
}

/** The fields a form or an import row gives: the name, and whichever of the checked fields it has. */
export type MemberDraft = Pick<Member, 'fullName'> & Partial<Pick<Member, 'id' | MemberField>>

export type KnownMember = Pick<Member, 'id' | 'fullName' | 'partyCardNumber' | 'idNumber'>

export interface ValidationContext {
  today: IsoDate
  /** Other members: a party card used twice is a warning, a CCCD used twice an error. */
  others?: readonly KnownMember[]
  /** Index of others by card / CCCD, for bulk checks (import): build once with indexMembers. */
  index?: MemberIndex
  /** The form requires a cell; the import resolves cells itself. */
  requireCell?: boolean
}

export interface MemberIndex {
  byCard: Map<string, KnownMember>
  byIdNumber: Map<string, KnownMember>
}

export function indexMembers(members: readonly KnownMember[]): MemberIndex {
  const byCard = new Map<string, KnownMember>()
  const byIdNumber = new Map<string, KnownMember>()
  for (const m of members) {
    if (m.partyCardNumber && !byCard.has(m.partyCardNumber)) byCard.set(m.partyCardNumber, m)
    if (m.idNumber && !byIdNumber.has(m.idNumber)) byIdNumber.set(m.idNumber, m)
  }
  return { byCard, byIdNumber }
}

const CCCD = /^\d{12}$/
const CARD_2024 = /^\d{8}$/

/** Vietnamese messages, at the field they concern. */
export function validateMember(draft: MemberDraft, ctx: ValidationContext): FieldIssue[] {
  const issues: FieldIssue[] = []
  const error = (field: MemberField, message: string, otherMemberId?: string) =>
    issues.push({ field, level: 'error', message, otherMemberId })
  const warn = (field: MemberField, message: string, otherMemberId?: string) =>
    issues.push({ field, level: 'warning', message, otherMemberId })

  if (!draft.fullName?.trim()) error('fullName', 'Chưa nhập họ và tên.')
  if (ctx.requireCell && !draft.cellId) error('cellId', 'Chưa chọn chi bộ.')

  const dates: [MemberField, string, IsoDate | null | undefined][] = [
    ['birthDate', 'Ngày sinh', draft.birthDate],
    ['admissionDate', 'Ngày vào Đảng', draft.admissionDate],
    ['officialDate', 'Ngày chính thức', draft.officialDate]
  ]
  const valid: Partial<Record<MemberField, IsoDate>> = {}
  for (const [field, label, value] of dates) {
    if (!value) continue
    if (!parseIsoDate(value)) error(field, `${label} không phải ngày có thật.`)
    else if (compareDates(value, ctx.today) > 0)
      error(field, `${label} (${formatDate(value)}) ở sau hôm nay.`)
    else valid[field] = value
  }

  const { birthDate: birth, admissionDate: admission, officialDate: official } = valid
  if (birth && admission) {
    if (compareDates(birth, admission) >= 0) error('admissionDate', 'Ngày vào Đảng phải sau ngày sinh.')
    else {
      const age = ageAt(birth, admission)
      const ageByYear = yearOf(admission) - yearOf(birth)
      // Old records often count age by year of birth ("18 tuổi" in the admission year): a member
      // 18 by year but 17 by date is flagged for checking, one under 18 by any count is refused.
      if (ageByYear < MIN_ADMISSION_AGE)
        error(
          'admissionDate',
          `Vào Đảng khi mới ${age} tuổi: phải đủ ${MIN_ADMISSION_AGE} tuổi (Điều lệ Đảng, Điều 1).`
        )
      else if (age < MIN_ADMISSION_AGE)
        warn(
          'admissionDate',
          `Vào Đảng khi chưa đủ ${MIN_ADMISSION_AGE} tuổi tính theo ngày sinh (${age} tuổi; đủ ${MIN_ADMISSION_AGE} tuổi tính theo năm sinh). Kiểm tra lại (Điều lệ Đảng, Điều 1).`
        )
    }
  }
  if (birth && official && !admission && compareDates(birth, official) >= 0)
    error('officialDate', 'Ngày chính thức phải sau ngày sinh.')
  if (admission && official) {
    const issue = officialDateIssue(admission, official)
    if (issue) issues.push({ field: 'officialDate', ...issue })
  }

  const idNumber = draft.idNumber?.trim()
  if (idNumber && !CCCD.test(idNumber))
    error('idNumber', `Số CCCD phải gồm đúng 12 chữ số (đang có ${idNumber.length} ký tự).`)
  const card = draft.partyCardNumber?.trim()
  if (card && !CARD_2024.test(card))
    warn(
      'partyCardNumber',
      'Số thẻ đảng viên cấp trước năm 2025 gồm 8 chữ số; kiểm tra lại nếu không phải thẻ mới.'
    )

  const index = ctx.index ?? (ctx.others ? indexMembers(ctx.others.filter((o) => o.id !== draft.id)) : null)
  if (index) {
    const sameCard = card ? index.byCard.get(card) : undefined
    if (sameCard && sameCard.id !== draft.id)
      warn('partyCardNumber', `Số thẻ đảng viên trùng với đồng chí ${sameCard.fullName}.`, sameCard.id)
    const sameId = idNumber ? index.byIdNumber.get(idNumber) : undefined
    // A CCCD is one citizen's: the import refuses a second holder, and so does the form.
    if (sameId && sameId.id !== draft.id)
      error(
        'idNumber',
        `Số CCCD trùng với đồng chí ${sameId.fullName}: một CCCD không thể thuộc hai đảng viên.`,
        sameId.id
      )
  }
  return issues
}

/**
 * The official date against the date probation began (the admission, or the readmission after
 * which probation restarts): never before it (an error), and 12 months after it (Điều lệ Đảng,
 * Điều 5: "Người được kết nạp vào Đảng phải trải qua thời kỳ dự bị mười hai tháng"), which old
 * records do not always show, so an earlier date is a warning to check. The member form and the
 * "Thêm sự kiện" dialog (eventChecks.ts) both ask this.
 */
export function officialDateIssue(
  probationFrom: IsoDate,
  official: IsoDate
): Pick<FieldIssue, 'level' | 'message'> | null {
  if (compareDates(official, probationFrom) < 0)
    return { level: 'error', message: 'Ngày chính thức không được trước ngày vào Đảng.' }
  if (isYearOnly(probationFrom) || isYearOnly(official)) return null
  const due = addMonths(probationFrom, PROBATION_MONTHS)
  if (compareDates(official, due) >= 0) return null
  return {
    level: 'warning',
    message: `Ngày chính thức sớm hơn 12 tháng dự bị (từ ${formatDate(probationFrom)} đến ${formatDate(due)} — Điều lệ Đảng, Điều 5). Kiểm tra lại.`
  }
}

/**
 * Age in completed years on a date. A birth date known only by its year gives the oldest age
 * possible (born 1 January), so a bare year never wrongly fails the 18-year rule.
 */
export function ageAt(birth: IsoDate, on: IsoDate): number {
  // Likewise a date known only by its year is read as the year's last day.
  const end = isYearOnly(on) ? `${on}-12-31` : on
  if (isYearOnly(birth)) return yearOf(end) - yearOf(birth)
  return fullYearsBetween(birth, end)
}

export function hasErrors(issues: readonly FieldIssue[]): boolean {
  return issues.some((i) => i.level === 'error')
}

/** The first message per field, for showing under each form field. */
export function issuesByField(issues: readonly FieldIssue[]): Partial<Record<MemberField, FieldIssue>> {
  const out: Partial<Record<MemberField, FieldIssue>> = {}
  for (const i of issues)
    if (!out[i.field] || (i.level === 'error' && out[i.field]!.level !== 'error')) out[i.field] = i
  return out
}
