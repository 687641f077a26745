import Dexie, { type Table } from 'dexie'
import type {
  Cell,
  CellReview,
  Member,
  MemberEvent,
  MemberReview,
  Rating,
  ReviewYear,
  RulesProfile
} from '@renderer/domain/entities'
import { nowIso } from '@renderer/domain/ids'
import { RATING_SHORT } from '@renderer/domain/labels'
import { formatDate } from '@renderer/domain/dates'
import { getDb } from '../database'
import {
  MEMBER_REVIEW_BOOKS,
  allItems,
  eventsByMemberIn,
  excellentReviewBooks,
  itemsById,
  putItems
} from '../books'
import { writeAudit, writeAudits } from './auditRepository'
import { StaleRecordError, changedSince, type SeenVersion } from '@renderer/domain/staleRecord'
import { rulesRepository } from './rulesRepository'
import { lockSeen, sameLockSeen, type LockSeen } from '@renderer/domain/reviews/lockSeen'

/** What a refused lock says after "… đã được sửa ở cửa sổ khác". */
const NOT_LOCKED = 'sau khi bạn mở: không khóa những gì bạn chưa xem.'

/** Where one kind of review is stored, and whose it is (a member's or a cell's). */
interface ReviewStore<R extends MemberReview | CellReview> {
  entity: 'memberReviews' | 'cellReviews'
  table: () => Table
  subjectOf: (review: R) => string
  read: (ids: string[]) => Promise<(R | undefined)[]>
  write: (reviews: R[]) => Promise<unknown>
}

const MEMBER_REVIEWS: ReviewStore<MemberReview> = {
  entity: 'memberReviews',
  table: () => getDb().memberReviewBooks,
  subjectOf: (r) => r.memberId,
  read: (ids) => itemsById(MEMBER_REVIEW_BOOKS, ids),
  write: (reviews) => putItems(MEMBER_REVIEW_BOOKS, reviews)
}

const CELL_REVIEWS: ReviewStore<CellReview> = {
  entity: 'cellReviews',
  table: () => getDb().cellReviews,
  subjectOf: (r) => r.cellId,
  read: (ids) => getDb().cellReviews.bulkGet(ids),
  write: (reviews) => getDb().cellReviews.bulkPut(reviews)
}

/** Yearly reviews of members and cells, and each year's state (profile used, finalised). */
export const reviewRepository = {
  /** A year's member reviews (the year's books: one row per cell). */
  async memberReviews(year: number): Promise<MemberReview[]> {
    return reviewsOfYear(year)
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
    await db.transaction('rw', [db.memberReviewBooks, db.cellReviews, db.reviewYears], async () => {
      await putItems(MEMBER_REVIEW_BOOKS, members)
      await db.cellReviews.bulkPut(cells)
      await db.reviewYears.bulkPut(years)
    })
  },

  /**
   * Everything needed to open a year's review, read in one go (table scans, no per-row reads) and
   * in one transaction, so what it sees is one moment's: the benchmark's entry point for "open a
   * year with 10,000 members" and the start of the year-end pack.
   */
  async loadYear(year: number): Promise<LoadedYear> {
    const db = getDb()
    const read = [db.reviewYears, db.members, db.timelineBooks, db.cells]
    return db.transaction(
      'r',
      [...read, db.memberReviewBooks, db.cellReviews, db.rulesProfiles],
      async () => {
        const [reviewYear, members, timelineBooks, cells, memberReviews, cellReviews, profiles] =
          await Promise.all([
            db.reviewYears.get(year),
            inKeyRanges(db.members),
            inKeyRanges(db.timelineBooks),
            db.cells.toArray(),
            reviewsOfYear(year),
            db.cellReviews.where('year').equals(year).toArray(),
            rulesRepository.list()
          ])
        const eventsByMember = eventsByMemberIn(timelineBooks)
        const events = [...eventsByMember.values()].flat()
        return {
          year,
          reviewYear,
          members,
          events,
          eventsByMember,
          cells,
          memberReviews,
          cellReviews,
          profiles
        }
      }
    )
  },

  async years(): Promise<ReviewYear[]> {
    return getDb().reviewYears.orderBy('year').toArray()
  },
  /** Every year's member reviews (streaks, year-over-year chart). */
  async allMemberReviews(): Promise<MemberReview[]> {
    return allItems(MEMBER_REVIEW_BOOKS)
  },
  /**
   * These members' reviews of one year that the committee decided xuất sắc (the earlier years of a
   * streak): only the year's xuất sắc books are read (db/books.ts MemberReviewBook).
   */
  async excellentReviewsOf(year: number, memberIds: readonly string[]): Promise<MemberReview[]> {
    if (memberIds.length === 0) return []
    const wanted = new Set(memberIds)
    const [from, to] = excellentReviewBooks(year)
    const books = await getDb().memberReviewBooks.where(':id').between(from, to).toArray()
    return books.flatMap(MEMBER_REVIEW_BOOKS.itemsOf).filter((r) => wanted.has(r.memberId))
  },
  /** Cell reviews of the years `from`–`to`. */
  async cellReviewsOfYears(from: number, to: number): Promise<CellReview[]> {
    if (from > to) return []
    return getDb().cellReviews.where('year').between(from, to, true, true).toArray()
  },

  /** Creates or updates a year's settings (profile, as-of date). Refused while the year is locked. */
  async saveYear(y: ReviewYear): Promise<ReviewYear> {
    const db = getDb()
    return db.transaction('rw', [db.reviewYears, db.rulesProfiles, db.auditLog, db.settings], async () => {
      const before = await db.reviewYears.get(y.year)
      if (before?.finalized) throw lockedError(y.year)
      const profile = (await db.rulesProfiles.get(y.profileId))?.name ?? y.profileId
      const saved: ReviewYear = { ...y, finalized: 0, finalizedAt: null }
      await db.reviewYears.put(saved)
      if (!before || before.profileId !== y.profileId || before.asOfDate !== y.asOfDate)
        await writeAudit({
          entity: 'reviewYears',
          entityId: String(y.year),
          action: before ? 'update' : 'create',
          summary: `Năm ${y.year}: bộ quy định “${profile}”, tính đến ngày ${formatDate(y.asOfDate)}`,
          before,
          after: saved
        })
      return saved
    })
  },

  /**
   * Saves member reviews (one edit, a pasted column, an imported sheet) in one transaction; every
   * change of a rating or score is written to the audit log. Refused while the year is locked.
   * `seen`: review id → the `updatedAt` the window had (null: none yet); a review stored in another
   * version since (another window saved it) refuses the whole save (StaleRecordError).
   * Returns the reviews as stored.
   */
  saveMemberReviews: reviewSaver(MEMBER_REVIEWS),

  /** Like saveMemberReviews (`seen`: the version each window had); returns the reviews as stored. */
  saveCellReviews: reviewSaver(CELL_REVIEWS),

  /**
   * Locks a year's results. With `seen` (what the clerk's window showed), refused with a
   * StaleRecordError when the stored reviews or settings differ: the lock is of what was shown.
   */
  async finalize(year: number, seen?: LockSeen): Promise<void> {
    const db = getDb()
    const tables = [db.reviewYears, db.memberReviewBooks, db.cellReviews, db.auditLog, db.settings]
    await db.transaction('rw', tables, async () => {
      const y = await db.reviewYears.get(year)
      if (!y) throw new Error(`Chưa mở đánh giá năm ${year}.`)
      if (y.finalized) return
      if (seen) {
        const [members, cells] = await Promise.all([
          reviewsOfYear(year),
          db.cellReviews.where('year').equals(year).toArray()
        ])
        if (!sameLockSeen(seen, lockSeen(y, members, cells)))
          throw new StaleRecordError(`Kết quả đánh giá, xếp loại năm ${year}`, NOT_LOCKED)
      }
      const at = nowIso()
      await db.reviewYears.put({ ...y, finalized: 1, finalizedAt: at })
      await writeAudit({
        entity: 'reviewYears',
        entityId: String(year),
        action: 'finalize',
        summary: `Khóa kết quả đánh giá, xếp loại năm ${year}`
      })
    })
  },

  /** Unlocks a year (the screen asks for confirmation first); written to the audit log with the reason. */
  async unfinalize(year: number, reason = ''): Promise<void> {
    const db = getDb()
    await db.transaction('rw', [db.reviewYears, db.auditLog, db.settings], async () => {
      const y = await db.reviewYears.get(year)
      if (!y?.finalized) return
      await db.reviewYears.put({ ...y, finalized: 0, finalizedAt: null })
      await writeAudit({
        entity: 'reviewYears',
        entityId: String(year),
        action: 'unfinalize',
        summary: `Mở khóa kết quả đánh giá, xếp loại năm ${year}${reason ? `: ${reason}` : ''}`,
        before: y
      })
    })
  }
}

export interface LoadedYear {
  year: number
  reviewYear: ReviewYear | undefined
  members: Member[]
  events: MemberEvent[]
  /** The same events by member, as their timelines hold them (no grouping again). */
  eventsByMember: Map<string, MemberEvent[]>
  cells: Cell[]
  memberReviews: MemberReview[]
  cellReviews: CellReview[]
  profiles: RulesProfile[]
}

/**
 * The save of one kind of review: one transaction, an audit entry per change of a rating or score;
 * refused while a year is locked or when another window saved a review since `seen`.
 */
function reviewSaver<R extends MemberReview | CellReview>(store: ReviewStore<R>) {
  return (
    reviews: R[],
    names: ReadonlyMap<string, string> = new Map(),
    seen: ReadonlyMap<string, SeenVersion> = new Map()
  ): Promise<R[]> => saveReviews(store, reviews, names, seen)
}

async function saveReviews<R extends MemberReview | CellReview>(
  store: ReviewStore<R>,
  reviews: R[],
  names: ReadonlyMap<string, string>,
  seen: ReadonlyMap<string, SeenVersion>
): Promise<R[]> {
  if (reviews.length === 0) return []
  const db = getDb()
  const whose = (r: R) => `${names.get(store.subjectOf(r)) ?? store.subjectOf(r)} (${r.year})`
  return db.transaction('rw', [store.table(), db.reviewYears, db.auditLog, db.settings], async () => {
    for (const year of new Set(reviews.map((r) => r.year))) {
      if ((await db.reviewYears.get(year))?.finalized) throw lockedError(year)
    }
    const before = await store.read(reviews.map((r) => r.id))
    reviews.forEach((r, i) => {
      if (seen.has(r.id) && changedSince(before[i], seen.get(r.id)!))
        throw new StaleRecordError(`Xếp loại của ${whose(r)}`)
    })
    const now = nowIso()
    const saved = reviews.map((r) => ({ ...r, updatedAt: now }))
    await store.write(saved)
    // Sealed and added in one go: a returned cell book or a pasted column changes thousands of ratings,
    // and one chained write each cost ≈ 1.6 ms (the 200 books of the benchmark: 12 s of 15 s writing).
    await writeAudits(
      saved.flatMap((r, i) => {
        const summary = reviewChange(before[i], r)
        return summary
          ? [
              {
                entity: store.entity,
                entityId: r.id,
                action: before[i] ? ('update' as const) : ('create' as const),
                summary: `${whose(r)}: ${summary}`,
                before: before[i],
                after: r
              }
            ]
          : []
      })
    )
    return saved
  })
}

function lockedError(year: number): Error {
  return new Error(`Kết quả năm ${year} đã khóa. Mở khóa trước khi sửa.`)
}

type AnyReview = Partial<MemberReview & CellReview>
const FIELDS: [keyof AnyReview, string][] = [
  ['score', 'điểm'],
  ['selfRating', 'tự xếp loại'],
  ['cellProposal', 'chi bộ đề xuất'],
  ['proposal', 'đề xuất'],
  ['decision', 'Đảng ủy quyết định'],
  ['notRatedReason', 'không xếp loại'],
  ['exceedsRequirement', 'vượt chỉ tiêu']
]

/** "chi bộ đề xuất HTTNV → HTXSNV" for the audit log; null when nothing audited changed. */
function reviewChange(before: AnyReview | undefined, after: AnyReview): string | null {
  const parts: string[] = []
  const show = (v: unknown) =>
    v === null || v === undefined || v === '' ? '—' : (RATING_SHORT[v as Rating] ?? String(v))
  for (const [key, label] of FIELDS) {
    const a = before?.[key] ?? null
    const b = after[key] ?? null
    if (a !== b) parts.push(`${label} ${show(a)} → ${show(b)}`)
  }
  return parts.length ? parts.join('; ') : null
}

/**
 * Where `inKeyRanges` splits a table: member ids are UUIDs and timeline book keys hex (timelineBookKey),
 * so each hex digit starts about as many rows.
 */
const KEY_BOUNDS = [Dexie.minKey, ...'123456789abcdef', Dexie.maxKey]

/**
 * A whole table, in primary-key order, read as 16 key ranges. One read of 10,000 rows gives nothing
 * until IndexedDB has read them all, then the page spends as long again decoding them; in parts,
 * the page decodes each part while the next is read (docs/design.md §9, npm run bench).
 */
async function inKeyRanges<T>(table: Table<T, string>): Promise<T[]> {
  const parts = await Promise.all(
    KEY_BOUNDS.slice(1).map((upper, i) =>
      table.where(':id').between(KEY_BOUNDS[i], upper, true, false).toArray()
    )
  )
  return parts.flat()
}

async function reviewsOfYear(year: number): Promise<MemberReview[]> {
  return (await getDb().memberReviewBooks.where('year').equals(year).toArray()).flatMap(
    MEMBER_REVIEW_BOOKS.itemsOf
  )
}
