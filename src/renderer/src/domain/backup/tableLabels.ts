// Vietnamese names of the database tables, in the order a clerk thinks of them.
export const TABLE_LABELS: Record<string, string> = {
  members: 'Đảng viên',
  memberEvents: 'Quá trình của đảng viên',
  cells: 'Chi bộ',
  meetings: 'Buổi sinh hoạt chi bộ',
  // Schema v2 keeps attendance as one sheet per meeting; a backup made before it counts single marks.
  attendanceSheets: 'Điểm danh (số buổi có điểm danh)',
  attendance: 'Điểm danh (số lượt, bản sao lưu cũ)',
  meetingTasks: 'Nhiệm vụ sau sinh hoạt',
  memberReviews: 'Xếp loại đảng viên',
  cellReviews: 'Xếp loại chi bộ',
  reviewYears: 'Năm đánh giá',
  commendations: 'Khen thưởng',
  badges: 'Huy hiệu Đảng',
  rulesProfiles: 'Bộ quy định',
  auditLog: 'Nhật ký thay đổi',
  settings: 'Cài đặt',
  meta: 'Thông tin ứng dụng'
}
