// The member fields typed in a box, in the order the member form shows them: each with its label and
// its place. The detail page lists the same fields, with the same labels, in the same order.
import type { Member } from '@renderer/domain/entities'
import { formatDate } from '@renderer/domain/dates'
import type { MemberTextField } from '@renderer/domain/members/textFields'

export type DateKey = 'birthDate' | 'admissionDate' | 'officialDate'
export type TypedKey = DateKey | 'partyCardNumber' | 'idNumber' | MemberTextField

export interface MemberBox {
  key: TypedKey
  label: string
  date?: true
  wide?: true
  inputmode?: 'numeric' | 'tel'
  maxlength?: number
  placeholder?: string
}

/** After the name, gender, birth date and cell (which the form lays out by hand). */
export const MEMBER_BOXES: readonly MemberBox[] = [
  { key: 'admissionDate', label: 'Ngày vào Đảng', date: true },
  { key: 'officialDate', label: 'Ngày chính thức', date: true },
  { key: 'partyCardNumber', label: 'Số thẻ đảng viên', inputmode: 'numeric' },
  { key: 'idNumber', label: 'Số CCCD', inputmode: 'numeric', maxlength: 12 },
  { key: 'dossierNumber', label: 'Số lý lịch' },
  { key: 'phone', label: 'Điện thoại', inputmode: 'tel' },
  { key: 'hometown', label: 'Quê quán', wide: true },
  { key: 'address', label: 'Nơi ở hiện nay', wide: true },
  { key: 'ethnicity', label: 'Dân tộc' },
  { key: 'religion', label: 'Tôn giáo' },
  { key: 'partyPosition', label: 'Chức vụ trong Đảng' },
  { key: 'occupation', label: 'Nghề nghiệp / chức vụ chính quyền' },
  { key: 'education', label: 'Trình độ học vấn', placeholder: 'vd. 12/12' },
  { key: 'profession', label: 'Chuyên môn' }
]

/** A box's value as the detail page shows it (a date as dd/mm/yyyy, a missing value as ''). */
export function boxText(m: Member, box: MemberBox): string {
  const v = m[box.key]
  return box.date ? formatDate(v) : (v ?? '')
}
