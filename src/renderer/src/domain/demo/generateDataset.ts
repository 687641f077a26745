// A deterministic, realistic ward for the demo ("Dữ liệu mẫu") and the benchmark: same size, seed
// and day → the same data, byte for byte. Pure: no database, no clock, no Math.random.
import type { CommitteeSeat, IsoDate } from '../entities'
import { fullYearsBetween, yearOf } from '../dates'
import { createRng } from './prng'
import { DATASET_SIZES, type Dataset, type DatasetSize } from './dataset'
import { generateCells, shareMembers } from './demoCells'
import { generateMember, inWardOn, type MemberPlan } from './demoMembers'
import { generateMeetings } from './demoMeetings'
import { generateReviews } from './demoReviews'
import { addPastBadges } from './demoBadges'
import type { DemoIdStyle } from './demoIds'

/** @param idStyle `uuid` gives cells and members ids as long as real ones (the benchmark). */
export function generateDataset(
  size: DatasetSize,
  seed: number,
  today: IsoDate,
  idStyle: DemoIdStyle = 'short'
): Dataset {
  const shape = DATASET_SIZES[size]
  const rng = createRng(seed)
  const todayYear = yearOf(today)
  const years = Array.from({ length: shape.years }, (_, i) => todayYear - shape.years + 1 + i)
  const windowStart = `${years[0]}-01-01`
  const createdAt = `${today}T08:00:00.000Z`

  const cellPlans = generateCells(rng, shape.cells, createdAt, idStyle)
  const counts = shareMembers(cellPlans, shape.members)
  const ctx = { today, windowStart, years, createdAt, usedCards: new Set<string>(), idStyle }

  const rollByCell = new Map<string, MemberPlan[]>()
  let index = 0
  cellPlans.forEach((plan, i) => {
    const roll: MemberPlan[] = []
    for (let k = 0; k < counts[i]; k++) {
      const member = generateMember(rng, ++index, plan, ctx)
      addPastBadges(member, today, createdAt)
      roll.push(member)
    }
    rollByCell.set(plan.cell.id, roll)
    plan.cell.committee = chooseCommittee(roll, windowStart, today)
  })

  const dataset: Dataset = {
    size,
    seed,
    today,
    years,
    cells: cellPlans.map((p) => p.cell),
    members: [],
    events: [],
    meetings: [],
    attendance: [],
    tasks: [],
    memberReviews: [],
    cellReviews: [],
    reviewYears: []
  }
  for (const roll of rollByCell.values()) {
    for (const p of roll) {
      dataset.members.push(p.member)
      for (const e of p.events) dataset.events.push(e)
    }
  }
  for (const plan of cellPlans) {
    generateMeetings(rng, plan, rollByCell.get(plan.cell.id) ?? [], years, today, createdAt, dataset)
  }
  generateReviews(rng, cellPlans, rollByCell, years, today, dataset)
  return dataset
}

/**
 * Bí thư, phó bí thư, chi ủy viên: official members of the cell who are there for the whole
 * period, not exempt, of working age where possible. Small cells have only a secretary.
 */
function chooseCommittee(roll: readonly MemberPlan[], windowStart: IsoDate, today: IsoDate): CommitteeSeat[] {
  const steady = roll.filter(
    (p) =>
      p.inFrom < windowStart && p.inTo === null && p.exemptFrom === null && p.member.status === 'official'
  )
  const pool = steady.length ? steady : roll.filter((p) => inWardOn(p, today) && p.exemptFrom === null)
  const age = (p: MemberPlan) => (p.member.birthDate ? fullYearsBetween(p.member.birthDate, today) : 50)
  const ranked = [...pool].sort(
    (a, b) => Math.abs(age(a) - 50) - Math.abs(age(b) - 50) || a.member.id.localeCompare(b.member.id)
  )
  const roles: CommitteeSeat['role'][] =
    roll.length >= 30
      ? ['secretary', 'deputySecretary', 'committeeMember']
      : roll.length >= 10
        ? ['secretary', 'deputySecretary']
        : ['secretary']
  return roles.slice(0, ranked.length).map((role, i) => {
    const p = ranked[i]
    return { memberId: p.member.id, role, from: p.inFrom < windowStart ? windowStart : p.inFrom, to: null }
  })
}
