// File names of backups. They say when the copy was made and whether it is encrypted, and they match
// BACKUP_NAME_PATTERN (src/shared/ipc.ts) so the desktop backup folder accepts them: ASCII only.

export type AutoBackupReason = 'daily' | 'restore' | 'import' | 'upgrade' | 'merge' | 'demoClear'

const REASON_SLUG: Record<AutoBackupReason, string> = {
  daily: 'hang-ngay',
  restore: 'truoc-khoi-phuc',
  import: 'truoc-nhap',
  upgrade: 'truoc-nang-cap',
  merge: 'truoc-hop-nhat',
  demoClear: 'truoc-xoa-du-lieu-mau'
}

export const AUTO_BACKUP_REASON_LABELS: Record<AutoBackupReason, string> = {
  daily: 'Hằng ngày',
  restore: 'Trước khi khôi phục',
  import: 'Trước khi nhập dữ liệu',
  upgrade: 'Trước khi nâng cấp',
  merge: 'Trước khi hợp nhất chi bộ',
  demoClear: 'Trước khi xóa dữ liệu mẫu'
}

export const PLAIN_EXTENSION = 'scbk'
export const ENCRYPTED_EXTENSION = 'scbk.enc'

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** Local date and time of `at`, as 2026-11-21 and 1030 (what the clerk's clock showed). */
function stamp(at: Date, withSeconds: boolean): string {
  const day = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`
  const time = `${pad(at.getHours())}${pad(at.getMinutes())}${withSeconds ? pad(at.getSeconds()) : ''}`
  return `${day}-${time}`
}

/** "Sao lưu ngay": so-chi-bo-2026-11-21-1030.scbk, or so-chi-bo-2026-11-21-1030-ma-hoa.scbk.enc. */
export function manualBackupName(at: Date, encrypted: boolean): string {
  return encrypted
    ? `so-chi-bo-${stamp(at, false)}-ma-hoa.${ENCRYPTED_EXTENSION}`
    : `so-chi-bo-${stamp(at, false)}.${PLAIN_EXTENSION}`
}

/** Automatic copies in the app's folder: tu-dong-2026-11-21-103005-hang-ngay.scbk. */
export function autoBackupName(at: Date, reason: AutoBackupReason): string {
  return `tu-dong-${stamp(at, true)}-${REASON_SLUG[reason]}.${PLAIN_EXTENSION}`
}

const AUTO_NAME = /^tu-dong-(\d{4})-(\d{2})-(\d{2})-(\d{2})(\d{2})(\d{2})-([a-z-]+)\.scbk$/

export interface AutoBackupName {
  /** YYYY-MM-DD */
  day: string
  /** YYYY-MM */
  month: string
  /** Sortable local timestamp YYYY-MM-DDTHH:mm:ss. */
  sortKey: string
  reason: AutoBackupReason | null
}

/** Reads an automatic backup's name; null for any other file (never touched by retention). */
export function parseAutoBackupName(name: string): AutoBackupName | null {
  const m = AUTO_NAME.exec(name)
  if (!m) return null
  const [, y, mo, d, h, mi, s, slug] = m
  const reason = (Object.keys(REASON_SLUG) as AutoBackupReason[]).find((r) => REASON_SLUG[r] === slug) ?? null
  return { day: `${y}-${mo}-${d}`, month: `${y}-${mo}`, sortKey: `${y}-${mo}-${d}T${h}:${mi}:${s}`, reason }
}

export function isEncryptedName(name: string): boolean {
  return name.toLowerCase().endsWith(`.${ENCRYPTED_EXTENSION}`)
}
