import { describe, expect, it } from 'vitest'
import { planBook } from './plan'
import { YEAR, content, context, returned, world } from '@renderer/testing/roundtripBooks'

const kinds = (p: { problems: { kind: string }[] }) => p.problems.map((x) => x.kind)

describe('cell round trip: the rating sheet is matched by name as well as by row', () => {
  const c = content(world(), YEAR)

  it('takes names written with other case or spacing', () => {
    const plan = planBook(
      returned(c, {}, { 0: { name: ' nguyễn  văn AN ', score: 90 } }),
      context(world(), YEAR)
    )
    expect(plan.problems).toEqual([])
    expect(plan.changes).toEqual(['Nguyễn Văn An: điểm — → 90'])
  })

  it('refuses the whole sheet when one row names another member', () => {
    const plan = planBook(
      returned(
        c,
        {},
        { 0: { score: 90 }, 1: { name: 'Lê Văn Cường', score: 70 }, 2: { name: 'Trần Thị Bình' } }
      ),
      context(world(), YEAR)
    )
    expect(kinds(plan)).toEqual(['ratingRowsMoved'])
    expect(plan.problems[0].message).toMatch(/\(dòng 8 ghi “Lê Văn Cường”, sổ giao là “Trần Thị Bình”\)/)
    expect(plan.reviews).toEqual([])
  })
})
