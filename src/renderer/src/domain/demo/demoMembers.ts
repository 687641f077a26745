// The demo ward's members and their life events. Each member gets one coherent story: birth,
// admission at 18–60 (some old members in the 1960s–70s, a few known only by year), official
// 12 months later, then maybe a transfer in or out, exemption when elderly, a discipline, death,
// or — rarely — removal and readmission. The plan keeps the dates the meeting and review
// generators need (when the member is in the ward, exempt from when), so they agree with
// memberStateOn without replaying events for every meeting.
import type {
  CellType,
  DisciplineLevel,
  Gender,
  IsoDate,
  Member,
  MemberEvent,
  TheoryLevel
} from '../entities'
import { addDays, addMonths, comparable, yearOf } from '../dates'
import { withDerivedFields } from '../memberRecord'
import type { Rng } from './prng'
import { randomFullName } from './vietnameseNames'
import type { CellPlan } from './demoCells'
import { demoMemberId, type DemoIdStyle } from './demoIds'

export interface MemberPlan {
  member: Member
  events: MemberEvent[]
  /** In the ward from this day (inclusive) … */
  inFrom: IsoDate
  /** … until this day (exclusive: transferred out, removed or dead at the end of it); null = still. */
  inTo: IsoDate | null
  exemptFrom: IsoDate | null
  /** Admission or readmission in this ward (for the "admitted < 6 months" rule); null if transferred in. */
  admittedHere: IsoDate | null
  disciplineYears: Set<number>
  /** Years in which this member skips meetings without reason (the absence warning). */
  truantYears: Set<number>
  elderly: boolean
}

const PROVINCES = [
  'Thanh Hóa',
  'Nghệ An',
  'Hà Tĩnh',
  'Nam Định',
  'Thái Bình',
  'Hà Nội',
  'Hải Dương',
  'Ninh Bình',
  'Quảng Bình',
  'Hưng Yên'
]
/** CCCD province codes matching PROVINCES (first 3 digits). */
const PROVINCE_CODES = ['038', '040', '042', '036', '034', '001', '030', '037', '044', '033']
const OTHER_UNITS = [
  'Đảng bộ xã Quảng Tâm',
  'Đảng bộ phường Đông Hương',
  'Đảng bộ Quân sự tỉnh',
  'Đảng bộ phường Ba Đình',
  'Đảng bộ xã Hoằng Quang',
  'Đảng bộ Công an tỉnh'
]
const STREETS = [
  'Lê Lai',
  'Trần Phú',
  'Nguyễn Trãi',
  'Hàm Nghi',
  'Bà Triệu',
  'Lý Thường Kiệt',
  'Quang Trung',
  'Phan Chu Trinh'
]
const THEORY: readonly (readonly [TheoryLevel, number])[] = [
  ['elementary', 55],
  ['intermediate', 30],
  ['advanced', 4],
  ['bachelor', 2],
  ['none', 9]
]

const FEMALE_SHARE: Record<CellType, number> = {
  residential: 0.48,
  school: 0.72,
  agency: 0.45,
  enterprise: 0.4,
  armed: 0.12,
  other: 0.5
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0')
}

function randomDayOfYear(rng: Rng, year: number): IsoDate {
  return addDays(`${year}-01-01`, rng.int(0, 364))
}

/** A day uniformly between two days (inclusive). */
function between(rng: Rng, from: IsoDate, to: IsoDate): IsoDate {
  const span = Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000))
  return addDays(from, rng.int(0, span))
}

function ageToday(rng: Rng, type: CellType): number {
  if (type === 'residential') {
    return Math.round(
      rng.weighted([
        [rng.int(24, 40), 16],
        [rng.int(40, 60), 30],
        [rng.int(60, 75), 34],
        [rng.int(75, 94), 20]
      ])
    )
  }
  if (type === 'armed') return rng.int(23, 52)
  return rng.int(24, 60)
}

function occupation(rng: Rng, type: CellType, age: number, gender: Gender): string {
  if (type === 'school') return rng.chance(0.85) ? 'Giáo viên' : 'Nhân viên'
  if (type === 'agency') return 'Công chức'
  if (type === 'enterprise') return rng.chance(0.7) ? 'Công nhân' : 'Nhân viên văn phòng'
  if (type === 'armed') return rng.chance(0.6) ? 'Công an' : 'Quân nhân'
  if (age >= (gender === 'male' ? 61 : 57)) return rng.chance(0.85) ? 'Hưu trí' : 'Cựu chiến binh'
  return rng.pick(['Kinh doanh', 'Lao động tự do', 'Công nhân', 'Viên chức', 'Nội trợ'])
}

export interface MemberContext {
  today: IsoDate
  windowStart: IsoDate
  years: number[]
  createdAt: string
  usedCards: Set<string>
  idStyle: DemoIdStyle
}

function uniqueCard(rng: Rng, used: Set<string>): string {
  for (;;) {
    const card = pad(rng.int(1, 99_999_999), 8)
    if (!used.has(card)) {
      used.add(card)
      return card
    }
  }
}

export function generateMember(rng: Rng, index: number, plan: CellPlan, ctx: MemberContext): MemberPlan {
  const { today, windowStart } = ctx
  const type = plan.cell.type
  const cellId = plan.cell.id
  const id = demoMemberId(index, ctx.idStyle)
  const gender: Gender = rng.chance(FEMALE_SHARE[type]) ? 'female' : 'male'
  const fullName = randomFullName(rng, gender)
  const todayYear = yearOf(today)

  let age = ageToday(rng, type)
  // A few recently admitted members: young, admitted within the last 14 months (probationary).
  const recent = rng.chance(0.045)
  if (recent) age = rng.int(22, 40)
  const birthDate = addDays(`${todayYear - age - 1}-01-01`, rng.int(0, 364))
  const birthYear = yearOf(birthDate)

  let admission: IsoDate
  if (recent) {
    admission = addDays(today, -rng.int(20, 420))
  } else if (rng.chance(0.025 * ctx.years.length) && age < 58) {
    // Admitted during the covered years: every year has its admissions.
    admission = randomDayOfYear(
      rng,
      rng.pick(ctx.years.slice(0, -1).length ? ctx.years.slice(0, -1) : ctx.years)
    )
  } else {
    const admissionAge = Math.round(rng.normal(27, 10, 18, 60))
    admission = addDays(birthDate, admissionAge * 365 + rng.int(0, 300))
  }
  if (comparable(admission) >= today) admission = addDays(today, -rng.int(30, 300))
  if (Date.parse(admission) < Date.parse(addDays(birthDate, 18 * 366)))
    admission = addDays(birthDate, 18 * 366 + rng.int(0, 200))
  if (comparable(admission) >= today) admission = addDays(today, -30)

  const events: MemberEvent[] = []
  const ev = (type: MemberEvent['type'], date: IsoDate, extra: Partial<MemberEvent> = {}) =>
    events.push({
      id: `${id}-e${events.length + 1}`,
      memberId: id,
      type,
      date,
      createdAt: ctx.createdAt,
      ...extra
    })

  // Old records: some know only the year of admission (and of official membership).
  const yearOnly = yearOf(admission) < 1980 && rng.chance(0.08)
  const admissionDate: IsoDate = yearOnly ? String(yearOf(admission)) : admission
  let officialFull = addMonths(admission, 12)
  let officialDate: IsoDate | null =
    officialFull <= today ? (yearOnly ? String(yearOf(officialFull)) : officialFull) : null

  // Transferred in from another unit (official members admitted before the covered years).
  const transferred = !yearOnly && !recent && officialFull < windowStart && rng.chance(0.12)
  let inFrom: IsoDate = comparable(admissionDate)
  let admittedHere: IsoDate | null = admission
  if (transferred) {
    const arrival = between(
      rng,
      addMonths(officialFull, 12) < today ? addMonths(officialFull, 12) : officialFull,
      addDays(today, -10)
    )
    ev('transferIn', arrival, { cellId, transferKind: 'permanent', place: rng.pick(OTHER_UNITS) })
    inFrom = arrival
    admittedHere = null
  } else if (!yearOnly) {
    ev('admission', admission, { cellId, decisionNumber: `${rng.int(10, 999)}-QĐ/ĐU` })
    if (officialDate) ev('official', officialDate, { decisionNumber: `${rng.int(10, 999)}-QĐ/ĐU` })
  }

  // Rare: removed years ago, readmitted later (party age counts minus the gap).
  if (
    !transferred &&
    !yearOnly &&
    !recent &&
    yearOf(admission) < yearOf(windowStart) - 12 &&
    rng.chance(0.004)
  ) {
    const removal = addDays(addMonths(admission, 12 * rng.int(3, 6)), rng.int(0, 200))
    const readmission = addDays(addMonths(removal, 12 * rng.int(2, 4)), rng.int(0, 200))
    if (readmission < addMonths(windowStart, -24)) {
      ev('removal', removal, { reason: 'Bỏ sinh hoạt đảng không có lý do chính đáng' })
      ev('readmission', readmission, { cellId, decisionNumber: `${rng.int(10, 999)}-QĐ/ĐU` })
      officialFull = addMonths(readmission, 12)
      officialDate = officialFull
      ev('official', officialFull)
      admittedHere = readmission
    }
  }

  // Leaving during the covered years: death (the elderly), transfer out, rarely removal.
  let inTo: IsoDate | null = null
  const lastDay = addDays(today, -1)
  const earliestLeave = inFrom > windowStart ? addDays(inFrom, 60) : windowStart
  if (earliestLeave < lastDay) {
    if (age >= 72 && rng.chance(0.035 * ctx.years.length)) {
      inTo = between(rng, earliestLeave, lastDay)
      ev('death', inTo)
    } else if (age < 65 && officialDate && rng.chance(0.01 * ctx.years.length)) {
      inTo = between(rng, earliestLeave, lastDay)
      ev('transferOut', inTo, { transferKind: 'permanent', place: rng.pick(OTHER_UNITS) })
    } else if (age < 65 && rng.chance(0.0006 * ctx.years.length)) {
      inTo = between(rng, earliestLeave, lastDay)
      ev('removal', inTo, { reason: 'Bỏ sinh hoạt đảng 3 tháng trong năm không có lý do chính đáng' })
    }
  }

  // Exemption for the elderly, from an age of 70–80, asked for in writing.
  let exemptFrom: IsoDate | null = null
  if (age >= 72 && rng.chance(0.4)) {
    const from = addDays(birthDate, 365 * rng.int(70, Math.min(age, 80)) + rng.int(0, 300))
    const start = from < inFrom ? addDays(inFrom, 30) : from
    if (start < today && (!inTo || start < inTo)) {
      exemptFrom = start
      ev('exemption', start, { reason: 'Tuổi cao, sức khỏe yếu' })
    }
  }

  // Discipline (reprimand, warning) in a few member-years; a problem year of skipped meetings.
  const disciplineYears = new Set<number>()
  const truantYears = new Set<number>()
  for (const y of ctx.years) {
    const yStart = `${y}-01-01`
    const yEnd = `${y}-12-31` < today ? `${y}-12-31` : lastDay
    if (inFrom > yEnd || (inTo && inTo <= yStart) || (exemptFrom && exemptFrom <= yStart)) continue
    if (rng.chance(0.004)) {
      const from = inFrom > yStart ? inFrom : yStart
      const until = inTo && inTo <= yEnd ? addDays(inTo, -1) : yEnd
      if (from <= until) {
        const level: DisciplineLevel = rng.chance(0.7) ? 'reprimand' : 'warning'
        ev('discipline', between(rng, from, until), {
          disciplineLevel: level,
          reason: 'Vi phạm quy định về những điều đảng viên không được làm'
        })
        disciplineYears.add(y)
      }
    }
    if (rng.chance(0.015)) truantYears.add(y)
  }

  const province = rng.int(0, PROVINCES.length - 1)
  const centuryDigit = (birthYear >= 2000 ? 2 : 0) + (gender === 'female' ? 1 : 0)
  const member: Member = {
    id,
    fullName,
    gender,
    birthDate,
    hometown: PROVINCES[province],
    address: `Số ${rng.int(1, 250)} ${rng.pick(STREETS)}, ${plan.place.replace(/^Nhà văn hóa /, '').replace(/^(Phòng họp|Hội trường) /, '')}`,
    ethnicity: rng.weighted([
      ['Kinh', 96],
      ['Mường', 2],
      ['Thái', 1],
      ['Tày', 1]
    ]),
    religion: rng.weighted([
      ['Không', 90],
      ['Phật giáo', 7],
      ['Công giáo', 3]
    ]),
    idNumber: rng.chance(0.98)
      ? `${PROVINCE_CODES[province]}${centuryDigit}${pad(birthYear % 100, 2)}${pad(rng.int(0, 999_999), 6)}`
      : undefined,
    partyCardNumber: officialDate ? uniqueCard(rng, ctx.usedCards) : undefined,
    admissionDate,
    officialDate,
    cellId,
    occupation: occupation(rng, type, age, gender),
    education:
      age >= 60
        ? rng.pick(['10/10', '12/12', '7/10'])
        : rng.pick(['12/12', '12/12', 'Cao đẳng', 'Đại học', 'Đại học', 'Thạc sĩ']),
    theoryLevel: rng.weighted(THEORY),
    phone: rng.chance(0.9) ? `09${pad(rng.int(0, 99_999_999), 8)}` : undefined,
    status: 'probationary',
    active: 1,
    searchText: '',
    createdAt: ctx.createdAt,
    updatedAt: ctx.createdAt
  }
  if (member.idNumber === undefined) delete member.idNumber
  if (member.phone === undefined) delete member.phone
  if (member.partyCardNumber === undefined) delete member.partyCardNumber

  return {
    member: withDerivedFields(member, events, today),
    events,
    inFrom,
    inTo,
    exemptFrom,
    admittedHere,
    disciplineYears,
    truantYears,
    elderly: age >= 70
  }
}

/** In the ward (and in the cell: members never change cell in the demo) at the end of `date`. */
export function inWardOn(p: MemberPlan, date: IsoDate): boolean {
  return p.inFrom <= date && (p.inTo === null || date < p.inTo)
}

export function exemptOn(p: MemberPlan, date: IsoDate): boolean {
  return p.exemptFrom !== null && p.exemptFrom <= date
}
