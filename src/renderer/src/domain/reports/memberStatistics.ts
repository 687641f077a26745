// Thống kê đảng viên of a period (the Ban Tổ chức's yearly and half-yearly statistics): members at the
// start and the end, what added and took away members in between (movements.ts), and the make-up of
// the members at the end by sex, age, ethnicity, religion, education, political theory and party age.
// "A member on a date" is memberStateOn's inWard: in the ward's lists, not transferred out, removed,
// expelled, left or dead (docs/design.md §6 Members).
import type { IsoDate, Member, MemberEvent } from '../entities'
import { addDays } from '../dates'
import { GENDER_LABELS, THEORY_LEVEL_LABELS } from '../labels'
import { memberStateOn } from '../memberState'
import { AGE_GROUPS, PARTY_AGE_GROUPS, groupOf } from '../members/ageGroups'
import { partyAgeOn } from '../members/partyAge'
import { ageAt } from '../members/validation'
import { GAINS, LOSSES, MOVEMENT_KINDS, movementsByKind, type MovementKind } from './movements'

export interface StatLine {
  label: string
  count: number
  /** % of the members at the end of the period, one decimal; null when there are none. */
  percent: number | null
}

export interface CompositionGroup {
  title: string
  lines: StatLine[]
}

export interface MemberStatistics {
  from: IsoDate
  to: IsoDate
  /** Members on the day before the period starts. */
  start: number
  end: number
  counts: Record<MovementKind, number>
  gains: number
  losses: number
  /** end − (start + gains − losses): 0 unless events contradict each other (e.g. a death after removal). */
  unexplained: number
  composition: CompositionGroup[]
}

export type StatisticsMember = Pick<
  Member,
  | 'id'
  | 'gender'
  | 'birthDate'
  | 'ethnicity'
  | 'religion'
  | 'education'
  | 'theoryLevel'
  | 'admissionDate'
  | 'officialDate'
  | 'cellId'
>

const UNKNOWN = 'Chưa ghi'

const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' })

export function memberStatistics(
  members: readonly StatisticsMember[],
  eventsByMember: ReadonlyMap<string, readonly MemberEvent[]>,
  from: IsoDate,
  to: IsoDate
): MemberStatistics {
  const before = addDays(from, -1)
  let start = 0
  const atEnd: StatisticsMember[] = []
  const official = { official: 0, probationary: 0 }
  for (const m of members) {
    const events = eventsByMember.get(m.id) ?? []
    if (memberStateOn(m, events, before).inWard) start++
    const end = memberStateOn(m, events, to)
    if (!end.inWard) continue
    atEnd.push(m)
    official[end.official ? 'official' : 'probationary']++
  }
  const byKind = movementsByKind(members, eventsByMember, from, to)
  const counts = Object.fromEntries(MOVEMENT_KINDS.map((k) => [k, byKind[k].length])) as Record<
    MovementKind,
    number
  >
  const end = atEnd.length
  const line = (label: string, count: number): StatLine => ({
    label,
    count,
    percent: end > 0 ? Math.round((count * 1000) / end) / 10 : null
  })
  /** Members at the end per key; `preset` keys come first, in order, even when nobody has them. */
  const tally = (keyOf: (m: StatisticsMember) => string, preset: readonly string[] = []) => {
    const counts = new Map<string, number>(preset.map((l) => [l, 0]))
    for (const m of atEnd) {
      const k = keyOf(m)
      counts.set(k, (counts.get(k) ?? 0) + 1)
    }
    return counts
  }
  const fixed = (labels: readonly string[], keyOf: (m: StatisticsMember) => string): StatLine[] =>
    [...tally(keyOf, labels)].filter(([l, n]) => n > 0 || l !== UNKNOWN).map(([l, n]) => line(l, n))
  const free = (valueOf: (m: StatisticsMember) => string | undefined, rename?: Record<string, string>) => {
    const counts = tally((m) => {
      const raw = valueOf(m)?.normalize('NFC').trim()
      return raw ? (rename?.[raw] ?? raw) : UNKNOWN
    })
    const known = [...counts.keys()].filter((k) => k !== UNKNOWN)
    // Largest first (Kinh before the minorities), then by name; "Chưa ghi" last.
    known.sort((a, b) => counts.get(b)! - counts.get(a)! || collator.compare(a, b))
    if (counts.has(UNKNOWN)) known.push(UNKNOWN)
    return known.map((k) => line(k, counts.get(k)!))
  }

  const ageOf = (m: StatisticsMember): string =>
    m.birthDate ? groupOf(AGE_GROUPS, ageAt(m.birthDate, to)).label : UNKNOWN
  const partyAgeOf = (m: StatisticsMember): string => {
    const years = partyAgeOn(m, eventsByMember.get(m.id) ?? [], to)
    return years === null ? UNKNOWN : groupOf(PARTY_AGE_GROUPS, years).label
  }
  const theoryLabels = Object.values(THEORY_LEVEL_LABELS)

  const composition: CompositionGroup[] = [
    {
      title: 'Đảng viên chính thức, dự bị',
      lines: [line('Đảng viên chính thức', official.official), line('Đảng viên dự bị', official.probationary)]
    },
    {
      title: 'Giới tính',
      lines: fixed([GENDER_LABELS.male, GENDER_LABELS.female], (m) => GENDER_LABELS[m.gender] ?? UNKNOWN)
    },
    { title: 'Độ tuổi', lines: fixed([...AGE_GROUPS.map((g) => g.label), UNKNOWN], ageOf) },
    { title: 'Dân tộc', lines: free((m) => m.ethnicity) },
    { title: 'Tôn giáo', lines: free((m) => m.religion, { Không: 'Không theo tôn giáo' }) },
    { title: 'Trình độ học vấn, chuyên môn', lines: free((m) => m.education) },
    {
      title: 'Trình độ lý luận chính trị',
      lines: fixed([...theoryLabels, UNKNOWN], (m) =>
        m.theoryLevel ? THEORY_LEVEL_LABELS[m.theoryLevel] : UNKNOWN
      )
    },
    { title: 'Tuổi Đảng', lines: fixed([...PARTY_AGE_GROUPS.map((g) => g.label), UNKNOWN], partyAgeOf) }
  ]
  const gains = GAINS.reduce((s, k) => s + counts[k], 0)
  const losses = LOSSES.reduce((s, k) => s + counts[k], 0)
  return {
    from,
    to,
    start,
    end,
    counts,
    gains,
    losses,
    unexplained: end - (start + gains - losses),
    composition
  }
}
