// The left navigation: exactly these sections, in this order (docs/design.md §1).
export interface Section {
  path: string
  name: string
  label: string
  /** Element Plus icon name. */
  icon: string
}

export const SECTIONS: Section[] = [
  { path: '/', name: 'overview', label: 'Tổng quan', icon: 'House' },
  { path: '/chi-bo', name: 'cells', label: 'Chi bộ', icon: 'OfficeBuilding' },
  { path: '/dang-vien', name: 'members', label: 'Đảng viên', icon: 'User' },
  { path: '/sinh-hoat', name: 'meetings', label: 'Sinh hoạt chi bộ', icon: 'Calendar' },
  { path: '/danh-gia', name: 'reviews', label: 'Đánh giá, xếp loại', icon: 'Medal' },
  { path: '/so-chi-bo', name: 'roundtrip', label: 'Gửi – nhận sổ chi bộ', icon: 'Files' },
  { path: '/khen-thuong', name: 'honours', label: 'Khen thưởng', icon: 'Trophy' },
  { path: '/bao-cao', name: 'reports', label: 'Báo cáo', icon: 'Document' },
  { path: '/sao-luu', name: 'backup', label: 'Sao lưu', icon: 'FolderChecked' },
  { path: '/cai-dat', name: 'settings', label: 'Cài đặt', icon: 'Setting' }
]
