import { describe, expect, it } from 'vitest'
import { generateDataset } from './generateDataset'
import { DATASET_SIZES, type Dataset } from './dataset'
import { memberStateOn } from '../memberState'
import { withDerivedFields } from '../memberRecord'
import { addMonths, fullYearsBetween, isYearOnly, parseIsoDate, yearOf } from '../dates'
import { splitName } from '../names'
import type { MemberEvent } from '../entities'
import { checkIntegrity } from '../integrity'

const TODAY = '2026-11-21'
const small = generateDataset('S', 20261121, TODAY)

function eventsByMember(d: Dataset): Map<string, MemberEvent[]> {
  const map = new Map<string, MemberEvent[]>()
  for (const e of d.events) map.set(e.memberId, [...(map.get(e.memberId) ?? []), e])
  return map
}

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>()
  return ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)))
}

describe('generateDataset — deterministic', () => {
  it('same size, seed and day give the same data', () => {
    expect(JSON.stringify(generateDataset('S', 20261121, TODAY))).toBe(JSON.stringify(small))
  })
  it('another seed gives another ward', () => {
    const other = generateDataset('S', 7, TODAY)
    expect(other.members.map((m) => m.fullName)).not.toEqual(small.members.map((m) => m.fullName))
  })
  it('uuid ids (the benchmark): ids as long as real ones, the same ward otherwise', () => {
    const uuid = generateDataset('S', 20261121, TODAY, 'uuid')
    const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
    for (const m of uuid.members) expect(m.id).toMatch(UUID)
    for (const c of uuid.cells) expect(c.id).toMatch(UUID)
    expect(duplicates([...uuid.members, ...uuid.cells].map((r) => r.id))).toEqual([])
    expect(JSON.stringify(generateDataset('S', 20261121, TODAY, 'uuid'))).toBe(JSON.stringify(uuid))
    // The same people, meetings and marks: only the ids (and ids built from them) differ.
    expect(uuid.members.map((m) => m.fullName)).toEqual(small.members.map((m) => m.fullName))
    expect(uuid.meetings.map((m) => m.date)).toEqual(small.meetings.map((m) => m.date))
    expect(uuid.attendance.map((a) => a.status)).toEqual(small.attendance.map((a) => a.status))
    const renamed = new Map(small.members.map((m, i) => [m.id, uuid.members[i].id]))
    expect(uuid.attendance.map((a) => a.memberId)).toEqual(
      small.attendance.map((a) => renamed.get(a.memberId))
    )
  })
  it.each(['S', 'M'] as const)('size %s has the promised members, cells and years', (size) => {
    const d = size === 'S' ? small : generateDataset(size, 1, TODAY)
    expect(d.members).toHaveLength(DATASET_SIZES[size].members)
    expect(d.cells).toHaveLength(DATASET_SIZES[size].cells)
    expect(d.years).toHaveLength(DATASET_SIZES[size].years)
    expect(d.years[d.years.length - 1]).toBe(2026)
  })
})

describe('generateDataset — integrity (the data could have been typed by a careful clerk)', () => {
  const members = new Map(small.members.map((m) => [m.id, m]))
  const cells = new Map(small.cells.map((c) => [c.id, c]))
  const meetings = new Map(small.meetings.map((m) => [m.id, m]))
  const events = eventsByMember(small)

  it.each(['S', 'M'] as const)(
    'size %s passes the integrity check (no missing reference, impossible date or duplicate)',
    (size) => {
      const d = size === 'S' ? small : generateDataset(size, 11, TODAY)
      const issues = checkIntegrity(
        {
          cells: d.cells,
          members: d.members,
          memberEvents: d.events,
          meetings: d.meetings,
          attendance: d.attendance,
          meetingTasks: d.tasks,
          memberReviews: d.memberReviews,
          cellReviews: d.cellReviews
        },
        TODAY
      )
      expect(issues.slice(0, 5).map((i) => i.message)).toEqual([])
    }
  )

  it.each([
    ['cells', small.cells.map((x) => x.id)],
    ['members', small.members.map((x) => x.id)],
    ['events', small.events.map((x) => x.id)],
    ['meetings', small.meetings.map((x) => x.id)],
    ['attendance', small.attendance.map((x) => x.id)],
    ['tasks', small.tasks.map((x) => x.id)],
    ['memberReviews', small.memberReviews.map((x) => x.id)],
    ['cellReviews', small.cellReviews.map((x) => x.id)]
  ])('%s ids are unique', (_table, ids) => {
    expect(duplicates(ids)).toEqual([])
  })

  it('every reference points to an existing record, and cached meeting counts match the marks', () => {
    const bad: string[] = []
    for (const m of small.members) if (!cells.has(m.cellId)) bad.push(`member ${m.id}`)
    for (const e of small.events)
      if (!members.has(e.memberId) || (e.cellId && !cells.has(e.cellId))) bad.push(`event ${e.id}`)
    for (const m of small.meetings) if (!cells.has(m.cellId)) bad.push(`meeting ${m.id}`)
    for (const a of small.attendance) {
      const meeting = meetings.get(a.meetingId)
      if (!meeting || !members.has(a.memberId) || meeting.cellId !== a.cellId || meeting.date !== a.date)
        bad.push(`mark ${a.id}`)
      if (a.id !== `${a.meetingId}:${a.memberId}`) bad.push(`mark id ${a.id}`)
    }
    const counted = new Map<string, number>()
    for (const a of small.attendance)
      counted.set(`${a.meetingId}:${a.status}`, (counted.get(`${a.meetingId}:${a.status}`) ?? 0) + 1)
    for (const m of small.meetings)
      for (const status of ['present', 'excused', 'unexcused', 'exempt'] as const)
        if ((m.attendanceCounts?.[status] ?? -1) !== (counted.get(`${m.id}:${status}`) ?? 0))
          bad.push(`counts ${m.id}`)
    for (const t of small.tasks) if (!meetings.has(t.meetingId)) bad.push(`task ${t.id}`)
    for (const r of small.memberReviews)
      if (!members.has(r.memberId) || !cells.has(r.cellId)) bad.push(`review ${r.id}`)
    for (const c of small.cells)
      for (const s of c.committee) if (members.get(s.memberId)?.cellId !== c.id) bad.push(`seat ${c.id}`)
    expect(bad).toEqual([])
  })

  it('every attendance mark is for a member on the cell roll that day (memberStateOn), exempt marked apart', () => {
    const bad: string[] = []
    for (const a of small.attendance) {
      const state = memberStateOn(members.get(a.memberId)!, events.get(a.memberId) ?? [], a.date)
      if (!state.inWard || state.cellId !== a.cellId) bad.push(`${a.id} not on roll`)
      if (state.exempt !== (a.status === 'exempt')) bad.push(`${a.id} exempt mismatch`)
    }
    expect(bad).toEqual([])
  })

  it('every meeting marks every member on the roll (nobody forgotten)', () => {
    const marked = new Set(small.attendance.map((a) => a.id))
    const missing: string[] = []
    for (const meeting of small.meetings.filter((_, i) => i % 7 === 0)) {
      for (const m of small.members) {
        const state = memberStateOn(m, events.get(m.id) ?? [], meeting.date)
        if (state.inWard && state.cellId === meeting.cellId && !marked.has(`${meeting.id}:${m.id}`))
          missing.push(`${meeting.id}:${m.id}`)
      }
    }
    expect(missing).toEqual([])
  })

  it('cached status and active flag agree with the events (withDerivedFields on the day)', () => {
    const bad = small.members.filter((m) => {
      const d = withDerivedFields(m, events.get(m.id) ?? [], TODAY)
      return d.status !== m.status || d.active !== m.active
    })
    expect(bad.map((m) => m.id)).toEqual([])
  })

  it('dates are real; admitted at 18–60 (Điều lệ: từ 18 tuổi); official 12 months after admission', () => {
    const bad: string[] = []
    for (const m of small.members) {
      if (!parseIsoDate(m.birthDate) || !parseIsoDate(m.admissionDate)) bad.push(`${m.id} dates`)
      const age = fullYearsBetween(m.birthDate!, m.admissionDate!)
      if (!isYearOnly(m.admissionDate) && (age < 18 || age > 61)) bad.push(`${m.id} admitted at ${age}`)
      const readmitted = (events.get(m.id) ?? []).some((e) => e.type === 'readmission')
      if (
        m.officialDate &&
        !isYearOnly(m.officialDate) &&
        !readmitted &&
        m.officialDate !== addMonths(m.admissionDate!, 12)
      )
        bad.push(`${m.id} official`)
      if (m.officialDate && m.officialDate > TODAY) bad.push(`${m.id} official in the future`)
      for (const e of events.get(m.id) ?? []) if (e.date > TODAY) bad.push(`${e.id} in the future`)
    }
    expect(bad).toEqual([])
  })

  it('CCCD has 12 digits; party cards have 8 digits and are unique', () => {
    const ids = small.members.map((m) => m.idNumber).filter(Boolean) as string[]
    const cards = small.members.map((m) => m.partyCardNumber).filter(Boolean) as string[]
    expect(ids.every((x) => /^\d{12}$/.test(x))).toBe(true)
    expect(cards.every((x) => /^\d{8}$/.test(x))).toBe(true)
    expect(duplicates(cards)).toEqual([])
  })
})

describe('generateDataset — realistic', () => {
  it('family names follow the surveys (Nguyễn about 38 %)', () => {
    const d = generateDataset('M', 3, TODAY)
    const share = d.members.filter((m) => splitName(m.fullName).family === 'Nguyễn').length / d.members.length
    expect(share).toBeGreaterThan(0.32)
    expect(share).toBeLessThan(0.44)
  })

  it('has every kind of member a ward has: probationary, official, exempt, old and bare-year records', () => {
    const statuses = new Set(small.members.map((m) => m.status))
    for (const s of ['probationary', 'official', 'exempt', 'deceased', 'transferredOut'] as const)
      expect(statuses).toContain(s)
    expect(small.members.some((m) => m.admissionDate && yearOf(m.admissionDate) < 1980)).toBe(true)
    const medium = generateDataset('M', 1, TODAY)
    expect(medium.members.some((m) => isYearOnly(m.admissionDate))).toBe(true)
    expect(medium.events.some((e) => e.type === 'readmission')).toBe(true)
  })

  it('records past Huy hiệu Đảng at ceremonies (3/2, 19/5, 2/9, 7/11), one per milestone, never in the future', () => {
    const badges = small.events.filter((e) => e.type === 'badge')
    expect(badges.length).toBeGreaterThan(50)
    for (const b of badges) {
      expect(['02-03', '05-19', '09-02', '11-07']).toContain(b.date.slice(5))
      expect([30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90]).toContain(b.milestone)
      expect(b.date <= TODAY).toBe(true)
    }
    expect(duplicates(badges.map((b) => `${b.memberId}:${b.milestone}`))).toEqual([])
  })

  it('has cells of mixed types, each with a meeting day and a secretary', () => {
    expect(new Set(small.cells.map((c) => c.type)).size).toBeGreaterThanOrEqual(4)
    expect(small.cells.filter((c) => c.type === 'residential').length).toBeGreaterThan(small.cells.length / 2)
    expect(small.cells.every((c) => c.meetingDay && c.committee.some((s) => s.role === 'secretary'))).toBe(
      true
    )
  })

  it('attendance is mostly present, and a few members reach 3 unexcused absences this year (Điều lệ Điều 8.2)', () => {
    const present = small.attendance.filter((a) => a.status === 'present').length / small.attendance.length
    expect(present).toBeGreaterThan(0.8)
    // The Charter counts months with an unexcused absence, not meetings.
    const months = new Map<string, Set<string>>()
    for (const a of small.attendance)
      if (a.status === 'unexcused' && a.date.startsWith('2026'))
        months.set(a.memberId, (months.get(a.memberId) ?? new Set()).add(a.date.slice(5, 7)))
    const warned = [...months.values()].filter((m) => m.size >= 3).length
    expect(warned).toBeGreaterThan(0)
    expect(warned).toBeLessThan(small.members.length * 0.05)
  })

  it('past reviews are decided and mostly within the quota (xuất sắc ≤ 20 % of tốt, QĐ 124), with a few excesses', () => {
    const d = generateDataset('M', 5, TODAY)
    const units = new Map<string, { good: number; excellent: number }>()
    for (const r of d.memberReviews) {
      if (r.year === 2026 || !r.decision) continue
      const u = units.get(`${r.year}:${r.cellId}`) ?? { good: 0, excellent: 0 }
      if (r.decision === 'good') u.good++
      if (r.decision === 'excellent') u.excellent++
      units.set(`${r.year}:${r.cellId}`, u)
    }
    const over = [...units.values()].filter((u) => u.excellent > Math.floor(u.good * 0.2)).length
    expect(over).toBeGreaterThan(0)
    expect(over / units.size).toBeLessThan(0.15)
    expect(d.reviewYears.filter((y) => y.finalized === 1).map((y) => y.year)).toEqual([
      2022, 2023, 2024, 2025
    ])
    const current = d.memberReviews.filter((r) => r.year === 2026)
    expect(current.some((r) => r.selfRating) && current.every((r) => !r.decision)).toBe(true)
  })

  it('holds a regular meeting most months and a thematic one most quarters (HD 42-HD/BTCTW 2025)', () => {
    const months = new Set(
      small.meetings.filter((m) => m.type !== 'thematic').map((m) => `${m.cellId}:${m.date.slice(0, 7)}`)
    )
    // Months from January 2024 up to today whose meeting day has come.
    const expected = small.cells.reduce((n, c) => n + 34 + (c.meetingDay! <= 21 ? 1 : 0), 0)
    expect(months.size / expected).toBeGreaterThan(0.95)
    const quarters = new Set(
      small.meetings
        .filter((m) => m.type === 'thematic' || m.type === 'combined')
        .map((m) => `${m.cellId}:${m.date.slice(0, 4)}:${Math.ceil(Number(m.date.slice(5, 7)) / 3)}`)
    )
    expect(quarters.size / (small.cells.length * 12)).toBeGreaterThan(0.85)
  })
})
