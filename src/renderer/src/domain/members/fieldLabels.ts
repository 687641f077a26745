// The one name of each member field a clerk reads. The member form and detail page, the import's
// column mapping and messages, the change preview, the audit log and the member-list export all name
// a field the same way, in the wording of the Party's member lists ("Nơi ở hiện nay", "Số CCCD").
import type { Member } from '../entities'

/** The fields a clerk enters or imports (not the ones the app keeps itself: status, search text…). */
export type LabelledMemberField = Exclude<
  keyof Member,
  'id' | 'status' | 'active' | 'searchText' | 'createdAt' | 'updatedAt'
>

export const MEMBER_FIELD_LABELS: Record<LabelledMemberField, string> = {
  fullName: 'Họ và tên',
  gender: 'Giới tính',
  birthDate: 'Ngày sinh',
  hometown: 'Quê quán',
  address: 'Nơi ở hiện nay',
  ethnicity: 'Dân tộc',
  religion: 'Tôn giáo',
  idNumber: 'Số CCCD',
  partyCardNumber: 'Số thẻ đảng viên',
  dossierNumber: 'Số lý lịch',
  admissionDate: 'Ngày vào Đảng',
  officialDate: 'Ngày chính thức',
  cellId: 'Chi bộ',
  partyPosition: 'Chức vụ trong Đảng',
  occupation: 'Nghề nghiệp, chức vụ chính quyền',
  education: 'Trình độ học vấn',
  profession: 'Chuyên môn',
  theoryLevel: 'Lý luận chính trị',
  phone: 'Điện thoại',
  note: 'Ghi chú'
}

/** A label inside a sentence ("số CCCD: … → …"): only its first letter lower-cased, so "Đảng" stays. */
export function labelInSentence(label: string): string {
  return label.charAt(0).toLowerCase() + label.slice(1)
}
