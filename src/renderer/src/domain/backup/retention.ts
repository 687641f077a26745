// Which automatic backups to keep (docs/design.md §8: "the last 30 daily and 12 monthly copies").
//
// - Daily: every automatic copy made on the 30 most recent days that have copies. All copies of such
//   a day are kept, not only the last: the safety copy taken before a wrong restore must survive a
//   second restore the same day.
// - Monthly: the newest copy of each of the 12 most recent months that have copies.
// - Files whose names are not automatic-backup names (copied in by hand) are never deleted.
import { parseAutoBackupName } from './naming'

export const KEEP_DAILY = 30
export const KEEP_MONTHLY = 12

export interface RetentionPolicy {
  daily: number
  monthly: number
}

/** Names of the automatic backups to delete, given every file in the backup folder. */
export function backupsToDelete(
  names: readonly string[],
  policy: RetentionPolicy = { daily: KEEP_DAILY, monthly: KEEP_MONTHLY }
): string[] {
  const autos = names
    .map((name) => ({ name, parsed: parseAutoBackupName(name) }))
    .filter(
      (f): f is { name: string; parsed: NonNullable<ReturnType<typeof parseAutoBackupName>> } =>
        f.parsed !== null
    )
    .sort((a, b) => (a.parsed.sortKey < b.parsed.sortKey ? 1 : a.parsed.sortKey > b.parsed.sortKey ? -1 : 0))

  const keep = new Set<string>()
  const days: string[] = []
  const months: string[] = []
  for (const { name, parsed } of autos) {
    if (!days.includes(parsed.day)) days.push(parsed.day)
    if (days.indexOf(parsed.day) < policy.daily) keep.add(name)
    if (!months.includes(parsed.month)) {
      months.push(parsed.month)
      // Newest first: the first copy seen in a month is that month's copy.
      if (months.length <= policy.monthly) keep.add(name)
    }
  }
  return autos.filter((f) => !keep.has(f.name)).map((f) => f.name)
}
