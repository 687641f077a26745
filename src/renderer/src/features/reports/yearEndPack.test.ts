// The year-end pack end to end on a generated ward: read from the database as the export does, laid
// out, then read back sheet by sheet. The snapshot keeps every value with its type and every merge,
// so a change that makes the pack faster (docs/design.md §9) cannot change what it contains.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Badge, Commendation, CellReview, MemberReview } from '@renderer/domain/entities'
import { createTestDb, setDb } from '@renderer/db/database'
import { cellRepository } from '@renderer/db/repositories/cellRepository'
import { honoursRepository } from '@renderer/db/repositories/honoursRepository'
import { memberRepository } from '@renderer/db/repositories/memberRepository'
import { reviewRepository } from '@renderer/db/repositories/reviewRepository'
import { generateDataset } from '@renderer/domain/demo'
import { readWorkbook } from '@renderer/excel/testing/readBack'
import { YEAR_END_SHEETS } from '@renderer/excel/reports/yearEndPack'
import { SETTINGS } from '@renderer/testing/factories'
import { yearEndPackBytes } from './reviewReports'

const TODAY = '2026-11-21'
const YEAR = 2025

/** One year's reviews again for each of `years` (the generated S ward reviews 2024–2026 only). */
function copied<R extends MemberReview | CellReview>(
  reviews: R[],
  from: number,
  years: number[],
  subjectOf: (r: R) => string
): R[] {
  return years.flatMap((year) =>
    reviews.filter((r) => r.year === from).map((r) => ({ ...r, id: `${year}:${subjectOf(r)}`, year }))
  )
}

/**
 * The S ward (600 members, 15 cells) with results back to 2019 — members' 2019–2023 repeat 2024,
 * cells' 2019–2024 repeat 2025, so both have streaks — and the honours records the rules read: an
 * earlier streak commendation (its years are used), a proposal recorded by hand, the seriously ill,
 * a badge proposed for this ceremony and one proposed for another.
 */
async function seedWard(): Promise<void> {
  const d = generateDataset('S', 20261121, TODAY)
  await cellRepository.bulkSave(d.cells)
  await memberRepository.bulkSave(d.members, d.events)
  // A member is rated only in the years he was one: no copied review before his admission's year.
  const admitted = new Map(d.members.map((m) => [m.id, m.admissionDate ?? '']))
  const earlier = copied(d.memberReviews, 2024, [2019, 2020, 2021, 2022, 2023], (r) => r.memberId).filter(
    (r) => (admitted.get(r.memberId) ?? '') < `${r.year}-01-01`
  )
  await reviewRepository.bulkSave(
    [...d.memberReviews, ...earlier],
    [
      ...d.cellReviews.filter((r) => r.year !== 2024),
      ...copied(d.cellReviews, YEAR, [2019, 2020, 2021, 2022, 2023, 2024], (r) => r.cellId)
    ],
    d.reviewYears
  )
  const decided = (year: number, rating: string) =>
    d.memberReviews.filter((r) => r.year === year && r.decision === rating).map((r) => r.memberId)
  const excellent = decided(YEAR, 'excellent')
  // The earlier streak's commendation (2018–2022, decided 20/01/2023) needs a member by then.
  const admittedBy2018 = new Set(
    d.members.filter((m) => (m.admissionDate ?? '') < '2018-01-01').map((m) => m.id)
  )
  const streak = decided(2024, 'excellent').filter((id) => excellent.includes(id) && admittedBy2018.has(id))
  const good = decided(YEAR, 'good').filter((id) => !excellent.includes(id))
  const commendation = (id: string, over: Partial<Commendation>): Commendation => ({
    id,
    year: YEAR,
    subject: 'member',
    basis: 'excellentStreak',
    years: [],
    status: 'proposed',
    ...over
  })
  await honoursRepository.saveCommendation(
    commendation('c-earlier', {
      memberId: streak[0],
      year: 2022,
      years: [2018, 2019, 2020, 2021, 2022],
      status: 'awarded',
      decisionNumber: '12-QĐ/ĐU',
      decisionDate: '2023-01-20'
    })
  )
  await honoursRepository.saveCommendation(
    commendation('c-by-hand', { memberId: good[0], years: [2021, 2022, 2023, 2024, 2025] })
  )
  const admittedIn = (from: string, to: string) =>
    d.members
      .filter((m) => m.admissionDate && m.admissionDate > from && m.admissionDate <= to)
      .map((m) => m.id)
  await honoursRepository.setSeriouslyIll(admittedIn('1996-02-03', '1997-02-03'))
  const thirty = admittedIn('1990-02-03', '1996-02-03')
  const badge = (id: string, memberId: string, ceremonyDate: string): Badge => ({
    id,
    memberId,
    milestone: 30,
    ceremonyDate,
    status: 'proposed'
  })
  await honoursRepository.saveBadge(badge('b-this', thirty[0], `${YEAR + 1}-02-03`))
  await honoursRepository.saveBadge(badge('b-other', thirty[1], `${YEAR}-09-02`))
}

/** One line per row with values ("#" a number, "@" a date), then the merges. */
function sheetText(ws: import('exceljs').Worksheet): string {
  const lines: string[] = [`== ${ws.name}`]
  ws.eachRow((row, r) => {
    const cells: string[] = []
    row.eachCell({ includeEmpty: true }, (c) => {
      // A merged range's value once, at its first cell.
      const v = c.master.address === c.address ? c.value : null
      cells.push(
        v === null || v === undefined
          ? ''
          : typeof v === 'number'
            ? `#${v}`
            : v instanceof Date
              ? `@${v.toISOString().slice(0, 10)}`
              : typeof v === 'object' && 'richText' in v
                ? v.richText.map((t) => t.text).join('')
                : String(v)
      )
    })
    lines.push(`${r}: ${cells.join(' | ')}`)
  })
  const merges = (ws.model as { merges?: string[] }).merges ?? []
  lines.push(`merges: ${[...merges].sort().join(' ')}`)
  return lines.join('\n')
}

describe('Bộ báo cáo cuối năm from the database (docs/design.md §7: every sheet of the pack)', () => {
  let bytes: Uint8Array
  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date(`${TODAY}T09:00:00Z`))
    setDb(createTestDb())
    await seedWard()
    bytes = await yearEndPackBytes(SETTINGS, YEAR)
  }, 60_000)
  afterAll(() => {
    setDb(null)
    vi.useRealTimers()
  })

  it('holds the five sheets, every value, type and merge as recorded', async () => {
    const wb = await readWorkbook(bytes)
    expect(wb.worksheets.map((w) => w.name)).toEqual([...YEAR_END_SHEETS])
    await expect(wb.worksheets.map(sheetText).join('\n\n') + '\n').toMatchFileSnapshot(
      './__snapshots__/yearEndPack.txt'
    )
  })
})
