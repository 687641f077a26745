import { describe, expect, it } from 'vitest'
import { backupsToDelete } from './retention'
import { autoBackupName, manualBackupName, parseAutoBackupName } from './naming'
import { BACKUP_NAME_PATTERN } from '@shared/ipc'

const auto = (day: string, time = '080000', reason = 'hang-ngay') => `tu-dong-${day}-${time}-${reason}.scbk`

/** One copy a day from `start` for `n` days, newest last. */
function daily(start: string, n: number): string[] {
  const out: string[] = []
  const d = new Date(`${start}T00:00:00Z`)
  for (let i = 0; i < n; i++) {
    out.push(auto(d.toISOString().slice(0, 10)))
    d.setUTCDate(d.getUTCDate() + 1)
  }
  return out
}

describe('backup retention (docs/design.md §8: last 30 daily and 12 monthly copies)', () => {
  it.each([
    {
      rule: 'fewer than 30 days: nothing is deleted',
      names: daily('2026-11-01', 20),
      deleted: [] as string[]
    },
    {
      rule: '31 days in one month: the oldest day goes (it is not its month’s newest)',
      names: daily('2026-10-01', 31),
      deleted: [auto('2026-10-01')]
    },
    {
      rule: 'several copies on a recent day are all kept (safety copies before restores)',
      names: [
        auto('2026-11-21', '080000'),
        auto('2026-11-21', '100000', 'truoc-khoi-phuc'),
        auto('2026-11-21', '100500', 'truoc-khoi-phuc')
      ],
      deleted: []
    },
    {
      rule: 'outside the 30 days, only the newest copy of each month is kept',
      names: [...daily('2026-01-25', 10), ...daily('2026-11-01', 30)],
      // Jan 25–31 and Feb 1–3: Jan keeps the 31st, Feb keeps the 3rd.
      deleted: daily('2026-01-25', 6).concat(daily('2026-02-01', 2))
    },
    {
      rule: 'monthly copies beyond 12 months are deleted (the current month counts as one)',
      names: [
        ...Array.from({ length: 14 }, (_, i) =>
          auto(`${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-15`)
        ),
        ...daily('2026-03-01', 30)
      ],
      // 2025-01 … 2026-02 one copy each, then 30 days of March 2026: March + 11 months back are kept.
      deleted: [auto('2025-01-15'), auto('2025-02-15'), auto('2025-03-15')]
    },
    {
      rule: 'files not named like automatic copies are never deleted',
      names: [...daily('2026-09-01', 40), 'so-chi-bo-2020-01-01-0800.scbk', 'ban-cua-toi.scbk'],
      deleted: daily('2026-09-01', 10).filter((n) => n !== auto('2026-09-30'))
    }
  ])('$rule', ({ names, deleted }) => {
    expect(backupsToDelete(names).sort()).toEqual([...deleted].sort())
  })

  it.each([
    {
      rule: '13 months with one copy each and a policy of 5 days keeps 12 months',
      daily: 5,
      monthly: 12,
      months: 13,
      kept: 12
    },
    { rule: 'policy of 2 days and 3 months', daily: 2, monthly: 3, months: 6, kept: 3 },
    {
      rule: 'policy of 5 days covers 5 single-copy months even past the monthly count',
      daily: 5,
      monthly: 2,
      months: 6,
      kept: 5
    }
  ])('$rule', ({ daily: d, monthly, months, kept }) => {
    const names = Array.from({ length: months }, (_, i) => auto(`2025-${String(i + 1).padStart(2, '0')}-10`))
    const deleted = backupsToDelete(names, { daily: d, monthly })
    expect(names.length - deleted.length).toBe(kept)
    // Always the newest are kept.
    expect(deleted.every((n) => names.indexOf(n) < months - kept)).toBe(true)
  })
})

describe('backup file names', () => {
  const at = new Date(2026, 10, 21, 10, 30, 5)
  it.each([
    { kind: 'plain manual', name: manualBackupName(at, false), expected: 'so-chi-bo-2026-11-21-1030.scbk' },
    {
      kind: 'encrypted manual says so',
      name: manualBackupName(at, true),
      expected: 'so-chi-bo-2026-11-21-1030-ma-hoa.scbk.enc'
    },
    {
      kind: 'daily automatic',
      name: autoBackupName(at, 'daily'),
      expected: 'tu-dong-2026-11-21-103005-hang-ngay.scbk'
    },
    {
      kind: 'before restore',
      name: autoBackupName(at, 'restore'),
      expected: 'tu-dong-2026-11-21-103005-truoc-khoi-phuc.scbk'
    },
    {
      kind: 'before a cell merge',
      name: autoBackupName(at, 'merge'),
      expected: 'tu-dong-2026-11-21-103005-truoc-hop-nhat.scbk'
    }
  ])('$kind: $expected, accepted by the desktop backup folder', ({ name, expected }) => {
    expect(name).toBe(expected)
    expect(BACKUP_NAME_PATTERN.test(name)).toBe(true)
  })

  it('reads an automatic name back', () => {
    expect(parseAutoBackupName(autoBackupName(at, 'import'))).toEqual({
      day: '2026-11-21',
      month: '2026-11',
      sortKey: '2026-11-21T10:30:05',
      reason: 'import'
    })
    expect(parseAutoBackupName('so-chi-bo-2026-11-21-1030.scbk')).toBeNull()
  })
})
