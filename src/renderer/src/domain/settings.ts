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
  clerkName: ''
}

export const SETTINGS_LABELS: Record<keyof SettingsForm, string> = {
  superiorName: 'Cấp ủy cấp trên',
  issuingBody: 'Cơ quan ban hành',
  placeName: 'Địa danh (ghi ở dòng ngày tháng)',
  documentNumberSuffix: 'Ký hiệu sau số văn bản',
  signerRole: 'Thẩm quyền ký',
  signerTitle: 'Chức vụ người ký',
  signerName: 'Họ tên người ký',
  clerkName: 'Tên cán bộ văn phòng (ghi vào nhật ký)'
}

export type SettingsErrors = Partial<Record<keyof SettingsForm, string>>

const MAX = 120

/** Fields a document header cannot do without. */
export const REQUIRED_SETTINGS: readonly (keyof SettingsForm)[] = [
  'superiorName',
  'issuingBody',
  'placeName',
  'signerRole',
  'signerTitle'
]

/** Vietnamese messages at the field; an empty object means the form can be saved. */
export function validateSettings(form: SettingsForm): SettingsErrors {
  const errors: SettingsErrors = {}
  for (const key of REQUIRED_SETTINGS) {
    if (!form[key].trim()) errors[key] = `Vui lòng nhập ${SETTINGS_LABELS[key].toLowerCase()}.`
  }
  for (const key of Object.keys(form) as (keyof SettingsForm)[]) {
    if (!errors[key] && form[key].length > MAX) errors[key] = `Tối đa ${MAX} ký tự.`
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
  const trim = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim()
  return {
    superiorName: trim(form.superiorName).toLocaleUpperCase('vi'),
    issuingBody: trim(form.issuingBody).toLocaleUpperCase('vi'),
    placeName: trim(form.placeName),
    documentNumberSuffix: trim(form.documentNumberSuffix),
    signerRole: trim(form.signerRole).toLocaleUpperCase('vi'),
    signerTitle: trim(form.signerTitle).toLocaleUpperCase('vi'),
    signerName: trim(form.signerName),
    clerkName: trim(form.clerkName)
  }
}

export function isSettingsComplete(s: SettingsForm | null | undefined): boolean {
  return !!s && Object.keys(validateSettings(s)).length === 0
}
