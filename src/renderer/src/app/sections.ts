// The left navigation: exactly these sections, in this order (docs/design.md §1). A section names
// its route; the path is the route's own (features/<f>/routes.ts), written nowhere else.
export interface Section {
  /** The route's name. */
  name: string
  label: string
  /** Element Plus icon name. */
  icon: string
}

export const SECTIONS: Section[] = [
  { name: 'overview', label: 'Tổng quan', icon: 'House' },
  { name: 'cells', label: 'Chi bộ', icon: 'OfficeBuilding' },
  { name: 'members', label: 'Đảng viên', icon: 'User' },
  { name: 'meetings', label: 'Sinh hoạt chi bộ', icon: 'Calendar' },
  { name: 'reviews', label: 'Đánh giá, xếp loại', icon: 'Medal' },
  { name: 'roundtrip', label: 'Gửi – nhận sổ chi bộ', icon: 'Files' },
  { name: 'honours', label: 'Khen thưởng', icon: 'Trophy' },
  { name: 'reports', label: 'Báo cáo', icon: 'Document' },
  { name: 'backup', label: 'Sao lưu', icon: 'FolderChecked' },
  { name: 'settings', label: 'Cài đặt', icon: 'Setting' }
]
