// Organization settings: the names every document header uses (docs/design.md §7). Nothing is hard-coded
// to one ward; the defaults are empty placeholders the clerk must fill in.
import type { OrganizationSettings } from './entities'

export type SettingsForm = Omit<OrganizationSettings, 'id' | 'updatedAt'>

export const EMPTY_SETTINGS: SettingsForm = {
  superiorName: '',
  issuingBody: '',
  placeName: '',
  documentNumberSuffix: '/ĐU',
  signerRole: 'T/M ĐẢNG ỦY',
  signerTitle: 'BÍ THƯ',
  signerName: '',
  clerkName: '',
  cellSignerRole: 'T/M CHI BỘ',
  cellSignerTitle: 'BÍ THƯ',
  recipientsReviews: 'Ban Tổ chức cấp trên (để báo cáo)\nCác chi bộ trực thuộc',
  recipientsHonours: 'Ban Tổ chức cấp trên (để thẩm định)\nCác chi bộ có đảng viên trong danh sách',
  recipientsMembers: 'Ban Tổ chức cấp trên (để báo cáo)',
  recipientsMeetings: 'Ban Tổ chức cấp trên (để báo cáo)\nCác chi bộ trực thuộc',
  recipientsCell: 'Đảng ủy (để báo cáo)'
}

/** Groups of documents that go to the same recipients (one "Nơi nhận" list each, editable in Cài đặt). */
export type RecipientGroup = 'reviews' | 'honours' | 'members' | 'meetings' | 'cell'

export const RECIPIENT_FIELDS: Record<RecipientGroup, keyof SettingsForm> = {
  reviews: 'recipientsReviews',
  honours: 'recipientsHonours',
  members: 'recipientsMembers',
  meetings: 'recipientsMeetings',
  cell: 'recipientsCell'
}

/** The archive line every "Nơi nhận" ends with (HD 36): the ward office's, or the cell's own. */
export const ARCHIVE_LINES = { committee: 'Lưu VP Đảng ủy', cell: 'Lưu Chi bộ' } as const

/** Recipients of a group of documents, one a line, the defaults when the clerk left them unset. */
export function recipientsFor(settings: Partial<SettingsForm>, group: RecipientGroup): string[] {
  const field = RECIPIENT_FIELDS[group]
  const text = settings[field] ?? EMPTY_SETTINGS[field] ?? ''
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
}

/** Who signs a cell's own document (e.g. the sign-in sheet of a meeting): "T/M CHI BỘ" / "BÍ THƯ". */
export function cellSigner(settings: Partial<SettingsForm>): { role: string; title: string } {
  return {
    role: settings.cellSignerRole?.trim() || EMPTY_SETTINGS.cellSignerRole!,
    title: settings.cellSignerTitle?.trim() || EMPTY_SETTINGS.cellSignerTitle!
  }
}

export const SETTINGS_LABELS: Record<keyof SettingsForm, string> = {
  superiorName: 'Cấp ủy cấp trên',
  issuingBody: 'Cơ quan ban hành',
  placeName: 'Địa danh (ghi ở dòng ngày tháng)',
  documentNumberSuffix: 'Ký hiệu sau số văn bản',
  signerRole: 'Thẩm quyền ký',
  signerTitle: 'Chức vụ người ký',
  signerName: 'Họ tên người ký',
  clerkName: 'Tên cán bộ văn phòng (ghi vào nhật ký)',
  cellSignerRole: 'Văn bản của chi bộ: ký thay mặt',
  cellSignerTitle: 'Văn bản của chi bộ: chức danh người ký',
  recipientsReviews: 'Nơi nhận — báo cáo đánh giá, xếp loại',
  recipientsHonours: 'Nơi nhận — đề nghị khen thưởng, Huy hiệu Đảng',
  recipientsMembers: 'Nơi nhận — danh sách đảng viên',
  recipientsMeetings: 'Nơi nhận — thống kê, theo dõi sinh hoạt chi bộ',
  recipientsCell: 'Nơi nhận — văn bản của chi bộ (danh sách dự sinh hoạt)'
}

export type SettingsErrors = Partial<Record<keyof SettingsForm, string>>

const MAX = 120
/** A recipients list holds several lines. */
const MAX_LIST = 600

/** Fields a document header cannot do without. */
export const REQUIRED_SETTINGS: readonly (keyof SettingsForm)[] = [
  'superiorName',
  'issuingBody',
  'placeName',
  'signerRole',
  'signerTitle',
  // HD 36-HD/VPTW: the signature block ends with the signer's full name.
  'signerName'
]

/** Vietnamese messages at the field; an empty object means the form can be saved. */
export function validateSettings(form: SettingsForm): SettingsErrors {
  const errors: SettingsErrors = {}
  for (const key of REQUIRED_SETTINGS) {
    if (!form[key]?.trim()) errors[key] = `Vui lòng nhập ${SETTINGS_LABELS[key].toLowerCase()}.`
  }
  const lists = new Set<keyof SettingsForm>(Object.values(RECIPIENT_FIELDS))
  for (const key of Object.keys(form) as (keyof SettingsForm)[]) {
    const max = lists.has(key) ? MAX_LIST : MAX
    if (!errors[key] && (form[key] ?? '').length > max) errors[key] = `Tối đa ${max} ký tự.`
  }
  if (
    !errors.issuingBody &&
    form.issuingBody.trim() &&
    !/^ĐẢNG ỦY|^ĐẢNG BỘ|^CHI BỘ/u.test(form.issuingBody.trim().toUpperCase())
  ) {
    errors.issuingBody =
      'Tên cơ quan ban hành thường bắt đầu bằng "ĐẢNG ỦY …", ví dụ: ĐẢNG ỦY PHƯỜNG TRƯỜNG SƠN.'
  }
  const suffix = form.documentNumberSuffix.trim()
  if (suffix && !/^\/\S+$/u.test(suffix)) {
    errors.documentNumberSuffix = 'Ký hiệu bắt đầu bằng dấu "/", không có khoảng trắng, ví dụ: /ĐU.'
  }
  return errors
}

/** Headers print these in capitals; the clerk may type them in any case. */
export function normalizeSettings(form: SettingsForm): SettingsForm {
  const trim = (s: string | undefined) => (s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim()
  const lines = (s: string | undefined) => (s ?? '').split('\n').map(trim).filter(Boolean).join('\n')
  return {
    superiorName: trim(form.superiorName).toLocaleUpperCase('vi'),
    issuingBody: trim(form.issuingBody).toLocaleUpperCase('vi'),
    placeName: trim(form.placeName),
    documentNumberSuffix: trim(form.documentNumberSuffix),
    signerRole: trim(form.signerRole).toLocaleUpperCase('vi'),
    signerTitle: trim(form.signerTitle).toLocaleUpperCase('vi'),
    signerName: trim(form.signerName),
    clerkName: trim(form.clerkName),
    cellSignerRole: trim(form.cellSignerRole).toLocaleUpperCase('vi'),
    cellSignerTitle: trim(form.cellSignerTitle).toLocaleUpperCase('vi'),
    recipientsReviews: lines(form.recipientsReviews),
    recipientsHonours: lines(form.recipientsHonours),
    recipientsMembers: lines(form.recipientsMembers),
    recipientsMeetings: lines(form.recipientsMeetings),
    recipientsCell: lines(form.recipientsCell)
  }
}

/**
 * What a save changes, one entry a field in the form's order, for the audit log:
 * "Họ tên người ký: “Nguyễn Văn An” → “Trần Văn Bình”". A field older settings lack reads as its default.
 */
export function settingsChanges(before: Partial<SettingsForm>, after: Partial<SettingsForm>): string[] {
  const show = (v: string) => `“${v.replace(/\n/g, '; ')}”`
  const out: string[] = []
  for (const key of Object.keys(EMPTY_SETTINGS) as (keyof SettingsForm)[]) {
    const [from, to] = [before[key] ?? EMPTY_SETTINGS[key] ?? '', after[key] ?? EMPTY_SETTINGS[key] ?? '']
    if (from !== to) out.push(`${SETTINGS_LABELS[key]}: ${show(from)} → ${show(to)}`)
  }
  return out
}

/** The labels of the header and signature fields still empty (lower case, for a sentence). */
export function missingSettings(s: SettingsForm): string[] {
  return REQUIRED_SETTINGS.filter((key) => !s[key]?.trim()).map((key) => SETTINGS_LABELS[key].toLowerCase())
}
