// What a window saw of a review year when its clerk asked to lock it. The lock is refused when the
// stored year differs (another window rated, cleared a rating or changed the settings since), so a
// year is never locked on warnings the clerk was not shown.
import type { CellReview, IsoDate, MemberReview } from '../entities'

export interface LockSeen {
  profileId: string
  asOfDate: IsoDate
  /** How many member and cell reviews the year held. */
  reviews: number
  /** The newest `updatedAt` among them; null when there were none. */
  latest: string | null
}

export function lockSeen(
  settings: { profileId: string; asOfDate: IsoDate },
  memberReviews: Iterable<MemberReview>,
  cellReviews: Iterable<CellReview>
): LockSeen {
  let reviews = 0
  let latest: string | null = null
  for (const r of [...memberReviews, ...cellReviews]) {
    reviews++
    if (latest === null || r.updatedAt > latest) latest = r.updatedAt
  }
  return { profileId: settings.profileId, asOfDate: settings.asOfDate, reviews, latest }
}

export function sameLockSeen(a: LockSeen, b: LockSeen): boolean {
  return (
    a.profileId === b.profileId &&
    a.asOfDate === b.asOfDate &&
    a.reviews === b.reviews &&
    a.latest === b.latest
  )
}
