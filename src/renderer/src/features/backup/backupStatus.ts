// The last off-PC backup ("Sao lưu ngay" saved where the clerk chose), shared by the page and the
// reminder in the shell. A warning after 7 days (docs/design.md §8).
import { ref } from 'vue'
import { metaRepository } from '@renderer/db/repositories/metaRepository'
import { META_KEYS } from '@renderer/domain/backup/metaKeys'
import { formatDateTime } from '@renderer/domain/dates'
import { formatDecimal } from '@renderer/domain/numbers'
import { platform } from '@renderer/platform'
import { logExport } from '../common/exportLog'

export const OFF_PC_WARNING_DAYS = 7

export const lastOffPcBackup = ref<string | null>(null)

export async function loadLastOffPcBackup(): Promise<string | null> {
  lastOffPcBackup.value = (await metaRepository.get<string>(META_KEYS.lastOffPcBackup)) ?? null
  return lastOffPcBackup.value
}

/** A backup saved where the clerk chose: remembered for the reminder, and logged as an export. */
export async function recordOffPcBackup(
  fileName: string,
  encrypted: boolean,
  at: Date = new Date()
): Promise<void> {
  await metaRepository.set(META_KEYS.lastOffPcBackup, at.toISOString())
  lastOffPcBackup.value = at.toISOString()
  await logExport(
    'database',
    `Sao lưu toàn bộ dữ liệu ra tệp ${fileName} (${encrypted ? 'có mật khẩu, mã hóa' : 'không mật khẩu, không mã hóa'})`
  )
}

/**
 * Saves a backup where the clerk chooses (a download in the browser), then records it as above:
 * the saved file's name, or null when the clerk cancelled.
 */
export async function saveBackupOffPc(
  bytes: Uint8Array,
  fileName: string,
  encrypted: boolean
): Promise<string | null> {
  const saved = await platform.saveFile(bytes, fileName, [
    { name: 'Tệp sao lưu Sổ Chi bộ', extensions: encrypted ? ['enc'] : ['scbk'] }
  ])
  if (saved) await recordOffPcBackup(saved.fileName, encrypted)
  return saved?.fileName ?? null
}

/** Whole days since the last off-PC backup; null when there has never been one. */
export function daysSince(at: string | null, now: Date = new Date()): number | null {
  if (!at) return null
  const then = new Date(at)
  const a = Date.UTC(then.getFullYear(), then.getMonth(), then.getDate())
  const b = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())
  return Math.max(0, Math.round((b - a) / 86_400_000))
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${formatDecimal(bytes / 1024)} KB`
  if (bytes < 1024 ** 3) return `${formatDecimal(bytes / 1024 ** 2)} MB`
  return `${formatDecimal(bytes / 1024 ** 3)} GB`
}

/** When the last off-PC backup was, as the reminder and the page both say it: "02/12/2026 06:37 (hôm nay)". */
export function lastOffPcText(at: string | null, now: Date = new Date()): string {
  const days = daysSince(at, now)
  if (at === null || days === null) return 'chưa có'
  return `${formatDateTime(at)} (${days === 0 ? 'hôm nay' : `${days} ngày trước`})`
}
