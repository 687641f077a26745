// Automatic copies in the app's data folder (desktop only): on the first start of each day and
// before every restore, import, cell merge, schema upgrade, and removing sample data the clerk
// changed. Old copies are pruned by the retention rule.
//
// Engineer B's member import (and anything else that writes in bulk) calls, before writing:
//   await autoBackup('import')
// It resolves { status: 'unavailable' } in the web build (no folder; the shell prompts a download)
// and throws a PlatformError (Vietnamese userMessage) when the copy could not be written.
import { metaRepository } from '@renderer/db/repositories/metaRepository'
import { META_KEYS } from '@renderer/domain/backup/metaKeys'
import { autoBackupName, type AutoBackupReason } from '@renderer/domain/backup/naming'
import { backupsToDelete } from '@renderer/domain/backup/retention'
import { todayIso } from '@renderer/domain/dates'
import { platform } from '@renderer/platform'
import { createBackup } from './backupService'

export type AutoBackupResult =
  { status: 'written'; name: string; size: number; pruned: string[] } | { status: 'unavailable' }

let running: Promise<AutoBackupResult> | null = null

export async function autoBackup(
  reason: AutoBackupReason,
  now: Date = new Date()
): Promise<AutoBackupResult> {
  // Two callers at once (daily check and an import) share one copy rather than racing.
  running ??= write(reason, now).finally(() => {
    running = null
  })
  return running
}

async function write(reason: AutoBackupReason, now: Date): Promise<AutoBackupResult> {
  const backups = platform.backups
  if (!backups) return { status: 'unavailable' }
  const { bytes } = await createBackup({ now })
  const name = autoBackupName(now, reason)
  const info = await backups.write(name, bytes)
  await metaRepository.set(META_KEYS.lastAutoBackup, now.toISOString())
  const pruned: string[] = []
  try {
    const files = await backups.list()
    for (const old of backupsToDelete(files.map((f) => f.name))) {
      await backups.remove(old)
      pruned.push(old)
    }
  } catch (error) {
    // The new copy is written; failing to tidy old ones must not fail the caller's work.
    console.warn('Pruning old automatic backups failed', error)
  }
  return { status: 'written', name, size: info.size, pruned }
}

/** The first start of a day makes that day's copy; later starts do nothing. */
export async function dailyBackupIfDue(now: Date = new Date()): Promise<AutoBackupResult | null> {
  if (!platform.backups) return null
  const last = await metaRepository.get<string>(META_KEYS.lastAutoBackup)
  if (last && todayIso(new Date(last)) === todayIso(now)) return null
  return autoBackup('daily', now)
}
