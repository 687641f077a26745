// Thống kê đảng viên of a period (the Ban Tổ chức's yearly and half-yearly statistics): members at the
// start and the end, what added and took away members in between (movements.ts), and the make-up of
// the members at the end by sex, age, ethnicity, religion, education, political theory and party age.
// "A member on a date" is memberStateOn's inWard: in the ward's lists, not transferred out, removed,
// expelled, left or dead (docs/design.md §6 Members).
import type { IsoDate, Member, MemberEvent } from '../entities'
import { addDays, fullYearsBetween } from '../dates'
import { GENDER_LABELS, THEORY_LEVEL_LABELS } from '../labels'
import { memberStateOn } from '../memberState'
import { partyTimeline, partyYearsOn } from '../honours/badges'
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

/** Age groups of the statistics forms: up to 30, then ten-year bands, over 70. */
export const AGE_GROUPS: readonly { label: string; max: number }[] = [
  { label: 'Đến 30 tuổi', max: 30 },
  { label: 'Từ 31 đến 40 tuổi', max: 40 },
  { label: 'Từ 41 đến 50 tuổi', max: 50 },
  { label: 'Từ 51 đến 60 tuổi', max: 60 },
  { label: 'Từ 61 đến 70 tuổi', max: 70 },
  { label: 'Trên 70 tuổi', max: Infinity }
]

/** Party-age bands: under 10 years, ten-year bands, 50 and over (the badge years begin at 30). */
export const PARTY_AGE_GROUPS: readonly { label: string; below: number }[] = [
  { label: 'Dưới 10 năm', below: 10 },
  { label: 'Từ 10 đến dưới 20 năm', below: 20 },
  { label: 'Từ 20 đến dưới 30 năm', below: 30 },
  { label: 'Từ 30 đến dưới 40 năm', below: 40 },
  { label: 'Từ 40 đến dưới 50 năm', below: 50 },
  { label: 'Từ 50 năm trở lên', below: Infinity }
]

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

  const ageOf = (m: StatisticsMember): string => {
    if (!m.birthDate) return UNKNOWN
    const age = fullYearsBetween(m.birthDate, to)
    return AGE_GROUPS.find((g) => age <= g.max)!.label
  }
  const partyAgeOf = (m: StatisticsMember): string => {
    const timeline = partyTimeline(m, eventsByMember.get(m.id) ?? [])
    if (!timeline.firstAdmission) return UNKNOWN
    const years = partyYearsOn(timeline, to)
    return PARTY_AGE_GROUPS.find((g) => years < g.below)!.label
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
