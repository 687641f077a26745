// Vietnamese labels for the glossary's codes (docs/design.md §5), used by screens and spreadsheets alike.
import type {
  AttendanceStatus,
  CellType,
  CommitteeRole,
  DisciplineLevel,
  Gender,
  MeetingType,
  Rating,
  TheoryLevel
} from './entities'

export const CELL_TYPE_LABELS: Record<CellType, string> = {
  residential: 'Khu dân cư / tổ dân phố',
  school: 'Trường học',
  agency: 'Cơ quan',
  enterprise: 'Doanh nghiệp',
  armed: 'Lực lượng vũ trang',
  other: 'Khác'
}

export const COMMITTEE_ROLE_LABELS: Record<CommitteeRole, string> = {
  secretary: 'Bí thư',
  deputySecretary: 'Phó Bí thư',
  committeeMember: 'Chi ủy viên'
}

export const GENDER_LABELS: Record<Gender, string> = { male: 'Nam', female: 'Nữ' }

export const THEORY_LEVEL_LABELS: Record<TheoryLevel, string> = {
  none: 'Chưa qua đào tạo',
  elementary: 'Sơ cấp',
  intermediate: 'Trung cấp',
  advanced: 'Cao cấp',
  bachelor: 'Cử nhân'
}

export const MEETING_TYPE_LABELS: Record<MeetingType, string> = {
  regular: 'Thường kỳ',
  thematic: 'Chuyên đề',
  combined: 'Thường kỳ kết hợp chuyên đề',
  extraordinary: 'Bất thường'
}

export const ATTENDANCE_LABELS: Record<AttendanceStatus, string> = {
  present: 'Có mặt',
  excused: 'Vắng có lý do',
  unexcused: 'Vắng không lý do',
  exempt: 'Miễn sinh hoạt'
}

export const RATING_LABELS: Record<Rating, string> = {
  excellent: 'Hoàn thành xuất sắc nhiệm vụ',
  good: 'Hoàn thành tốt nhiệm vụ',
  complete: 'Hoàn thành nhiệm vụ',
  incomplete: 'Không hoàn thành nhiệm vụ'
}

export const RATING_SHORT: Record<Rating, string> = {
  excellent: 'HTXSNV',
  good: 'HTTNV',
  complete: 'HTNV',
  incomplete: 'KHTNV'
}

export const DISCIPLINE_LABELS: Record<DisciplineLevel, string> = {
  reprimand: 'Khiển trách',
  warning: 'Cảnh cáo',
  dismissal: 'Cách chức',
  expulsion: 'Khai trừ'
}
