import type { CellReview, MemberReview, ReviewYear } from '@renderer/domain/entities'
import { getDb } from '../database'

/** Yearly reviews of members and cells, and each year's state (profile used, finalised). */
export const reviewRepository = {
  async memberReviews(year: number): Promise<MemberReview[]> {
    return getDb().memberReviews.where('year').equals(year).toArray()
  },
  async cellReviews(year: number): Promise<CellReview[]> {
    return getDb().cellReviews.where('year').equals(year).toArray()
  },
  async year(year: number): Promise<ReviewYear | undefined> {
    return getDb().reviewYears.get(year)
  },

  /** Writes many reviews in one transaction (demo data, import). */
  async bulkSave(members: MemberReview[], cells: CellReview[] = [], years: ReviewYear[] = []): Promise<void> {
    const db = getDb()
    await db.transaction('rw', [db.memberReviews, db.cellReviews, db.reviewYears], async () => {
      await db.memberReviews.bulkPut(members)
      await db.cellReviews.bulkPut(cells)
      await db.reviewYears.bulkPut(years)
    })
  }
}
