// State of the open review year: loaded once from the repository, edited in memory and saved per
// change (audited). Checks are recomputed from maps in O(n) after each edit — no per-row DB reads.
import { computed, shallowRef, triggerRef, type InjectionKey, type Ref } from 'vue'
import type { CellReview, MemberReview, Rating, RulesProfile } from '@renderer/domain/entities'
import { reviewRepository } from '@renderer/db/repositories/reviewRepository'
import { asOfDateProblem, openYear, type OpenedYear } from '@renderer/domain/reviews/openYear'
import {
  checkCells,
  checkMembers,
  incrementalMemberChecks,
  type CheckContext,
  type ReviewCheck
} from '@renderer/domain/reviews/checks'
import { paramsOf } from '@renderer/domain/rules/profiles'
import { latestOnly } from '../common/latestOnly'
import type { RulesParams, RulesSources } from '@renderer/domain/rules/params'
import { nowIso } from '@renderer/domain/ids'
import { isStaleRecordError } from '@renderer/domain/staleRecord'
import { lockSeen } from '@renderer/domain/reviews/lockSeen'
import { levelsPerYear, type LevelsPerYear } from '@renderer/domain/reviews/reportRows'
import { countedReviews, yearRules } from '@renderer/domain/reviews/countedReviews'
import { countedReviewsOf } from '@renderer/domain/reviews/yearData'
import { errorText } from '../common/errorText'
import { autoBackup } from '../backup/autoBackup'

export type MemberField =
  'score' | 'exceedsRequirement' | 'selfRating' | 'cellProposal' | 'decision' | 'notRatedReason' | 'note'
export type CellField = 'selfRating' | 'proposal' | 'decision' | 'note'
/** One field of one member's review, as typed, pasted or read from a rating sheet. */
export interface MemberEdit {
  memberId: string
  field: MemberField
  value: unknown
}

/**
 * How many of the open year's saves were refused so far, provided by the page to its rating inputs:
 * an input still showing a value typed there that was not saved shows the stored one again.
 */
export const REFUSED_SAVES: InjectionKey<Readonly<Ref<number>>> = Symbol('refusedSaves')

export function useReviewYear() {
  const opened = shallowRef<OpenedYear | null>(null)
  const profiles = shallowRef<RulesProfile[]>([])
  const loading = shallowRef(false)
  const error = shallowRef<string | null>(null)
  // The levels of the years not open, read once with the year: an edit changes only the open year's.
  const otherYears = shallowRef<LevelsPerYear[]>([])
  const refusedSaves = shallowRef(0)

  // A year picked by a stray click and then changed must never become the open year after the one
  // the picker shows, or the clerk's ratings would be saved into it under its rules (latestOnly).
  const beginRead = latestOnly()
  let wanted: number | null = null

  async function load(year: number, asOf?: string): Promise<void> {
    const latest = beginRead()
    wanted = year
    loading.value = true
    error.value = null
    try {
      const [src, all, years] = await Promise.all([
        reviewRepository.loadYear(year),
        reviewRepository.allMemberReviews(),
        reviewRepository.years()
      ])
      if (!latest()) return
      profiles.value = src.profiles
      const o = (opened.value = openYear(src, asOf))
      // Each other year counts what its summary sheet counts: the ratings of its eligible subjects.
      const book = { profiles: src.profiles, chosen: new Map(years.map((y) => [y.year, y.profileId])) }
      const others = all.filter((r) => r.year !== year)
      const members = new Map(src.members.map((m) => [m.id, m]))
      otherYears.value = levelsPerYear(
        countedReviews(others, members, o.eventsByMember, yearRules(book, years))
      )
    } catch (e) {
      if (latest()) error.value = `Không mở được năm ${year}: ${errorText(e)}`
    } finally {
      if (latest()) loading.value = false
    }
  }

  /**
   * The open year read again from the store (another window's change, a lock, new settings); the
   * other years' levels, which nothing on this page changes, stay as `load` read them.
   */
  async function reopen(year: number): Promise<void> {
    const src = await reviewRepository.loadYear(year)
    if (year !== wanted) return
    profiles.value = src.profiles
    opened.value = openYear(src)
  }

  // The context keeps its identity while the profile and cells are the same, so the incremental
  // checks reuse every row that an edit did not touch.
  let lastCtx: { profile: unknown; cells: unknown; ctx: CheckContext } | null = null
  const ctx = computed<CheckContext | null>(() => {
    const o = opened.value
    if (!o) return null
    if (lastCtx && lastCtx.profile === o.profile && lastCtx.cells === o.cells) return lastCtx.ctx
    const names = new Map(o.cells.map((c) => [c.id, c.name]))
    const c: CheckContext = {
      params: o.params,
      sources: o.sources,
      cellName: (id) => names.get(id) ?? 'Chi bộ không rõ'
    }
    lastCtx = { profile: o.profile, cells: o.cells, ctx: c }
    return c
  })

  const runMemberChecks = incrementalMemberChecks()
  const memberChecks = computed<ReviewCheck[]>(() => {
    const o = opened.value
    return o && ctx.value ? runMemberChecks(o.subjects, o.memberReviews, ctx.value) : []
  })
  const cellChecks = computed<ReviewCheck[]>(() => {
    const o = opened.value
    return o && ctx.value ? checkCells(o.cells, o.cellReviews, o.subjects, o.memberReviews, o, ctx.value) : []
  })

  function finalisingChecks(): ReviewCheck[] {
    const o = opened.value
    if (!o || !ctx.value) return []
    const c = { ...ctx.value, finalising: true }
    return [
      ...checkMembers(o.subjects, o.memberReviews, c),
      ...checkCells(o.cells, o.cellReviews, o.subjects, o.memberReviews, o, c)
    ]
  }

  async function ensureYear(): Promise<void> {
    const o = opened.value!
    const existing = await reviewRepository.year(o.year)
    if (!existing)
      await reviewRepository.saveYear({
        year: o.year,
        profileId: o.profile.id,
        asOfDate: o.asOfDate,
        finalized: 0
      })
  }

  // Edits are saved one after another, each reading the state the previous one left: a clerk typing
  // 1, 1, 2, 2 faster than the saves complete must not lose a row.
  let queue: Promise<unknown> = Promise.resolve()
  function serial<T>(work: () => Promise<T>): Promise<T> {
    const next = queue.then(work, work)
    // Counted once the work is over, so an input goes back to what the copy holds after any reload.
    queue = next.catch(() => {
      refusedSaves.value++
    })
    return next
  }

  /** Applies edits to several members at once (one field each), saving them in one transaction. */
  function setMemberFields(edits: MemberEdit[]): Promise<void> {
    return serial(() => applyMemberFields(edits))
  }
  /** A rating sheet's edits: a safety copy first (desktop), then the same queue as typed edits. */
  function importMemberFields(edits: MemberEdit[]): Promise<void> {
    return serial(async () => {
      await autoBackup('import') // throws if the copy can't be written: nothing is saved then
      await applyMemberFields(edits)
    })
  }
  async function applyMemberFields(edits: MemberEdit[]): Promise<void> {
    if (!opened.value || edits.length === 0) return
    await ensureYear()
    const o = opened.value
    const subjectById = new Map(o.subjects.map((s) => [s.memberId, s]))
    const changed = new Map<string, MemberReview>()
    for (const e of edits) {
      const s = subjectById.get(e.memberId)
      if (!s) continue
      const base = changed.get(e.memberId) ??
        o.memberReviews.get(e.memberId) ?? {
          id: `${o.year}:${e.memberId}`,
          year: o.year,
          memberId: e.memberId,
          cellId: s.cellId,
          updatedAt: nowIso()
        }
      changed.set(e.memberId, { ...base, cellId: s.cellId, [e.field]: e.value })
    }
    const list = [...changed.values()]
    // The version this window holds of each review: another window's newer save is never undone.
    const seen = new Map(list.map((r) => [r.id, o.memberReviews.get(r.memberId)?.updatedAt ?? null]))
    let stored: MemberReview[]
    try {
      const names = new Map(o.subjects.map((s) => [s.memberId, s.fullName]))
      stored = await reviewRepository.saveMemberReviews(list, names, seen)
    } catch (e) {
      throw await reloadIfOutdated(e, o.year)
    }
    const now = opened.value
    if (!now || now.year !== o.year) return
    const map = new Map(now.memberReviews)
    for (const r of stored) map.set(r.memberId, r)
    opened.value = { ...now, memberReviews: map }
  }

  /**
   * Another window saved first, or locked the year: show what is stored now and say so (the error to
   * throw). The lock is read from the stored year rather than from the refusal's text.
   */
  async function reloadIfOutdated(e: unknown, year: number): Promise<unknown> {
    if (isStaleRecordError(e)) {
      await reopen(year)
      return new Error(`${e.userMessage} Đã tải lại kết quả mới nhất; hãy xem lại rồi nhập lại nếu cần.`)
    }
    if (
      opened.value?.year === year &&
      !opened.value.finalized &&
      (await reviewRepository.year(year))?.finalized
    ) {
      await reopen(year)
      return new Error(
        `Kết quả năm ${year} đã được khóa ở cửa sổ khác; trang đã tải lại kết quả đã khóa. Muốn sửa, hãy bấm “Mở khóa” trước.`
      )
    }
    return e
  }

  function setCellField(cellId: string, field: CellField, value: Rating | string | null): Promise<void> {
    return serial(() => applyCellFields(cellId, { [field]: value }))
  }
  async function applyCellFields(
    cellId: string,
    fields: Partial<Pick<CellReview, CellField>>
  ): Promise<void> {
    if (!opened.value) return
    await ensureYear()
    const o = opened.value
    const base = o.cellReviews.get(cellId) ?? {
      id: `${o.year}:${cellId}`,
      year: o.year,
      cellId,
      updatedAt: nowIso()
    }
    const next: CellReview = { ...base, ...fields }
    const seen = new Map([[next.id, o.cellReviews.get(cellId)?.updatedAt ?? null]])
    const names = new Map(o.cells.map((c) => [c.id, c.name]))
    let stored: CellReview[]
    try {
      stored = await reviewRepository.saveCellReviews([next], names, seen)
    } catch (e) {
      throw await reloadIfOutdated(e, o.year)
    }
    const now = opened.value
    if (!now || now.year !== o.year) return
    const map = new Map(now.cellReviews)
    map.set(cellId, stored[0])
    opened.value = { ...now, cellReviews: map }
  }

  /**
   * Clears the three levels of a stray rating (isStrayRating: a member the year does not rate, a cell
   * outside it) in one save, written to the audit log like any edit; score and note are kept.
   */
  function clearStrayRating(check: ReviewCheck): Promise<void> {
    if (check.memberId)
      return setMemberFields(
        (['selfRating', 'cellProposal', 'decision'] as const).map((field) => ({
          memberId: check.memberId!,
          field,
          value: null
        }))
      )
    const cellId = check.cellId!
    return serial(() => applyCellFields(cellId, { selfRating: null, proposal: null, decision: null }))
  }

  async function changeSettings(profileId: string, asOfDate: string): Promise<void> {
    const o = opened.value
    if (!o) return
    const problem = asOfDateProblem(o.year, asOfDate)
    if (problem) throw new Error(problem)
    await reviewRepository.saveYear({ year: o.year, profileId, asOfDate, finalized: 0 })
    await reopen(o.year)
  }

  /**
   * The warnings a lock is confirmed on, from the year read again after every pending save: another
   * window may have rated, moved a member or recorded an event since this page opened.
   */
  function checksBeforeLock(): Promise<ReviewCheck[]> {
    return serial(async () => {
      if (opened.value) await reopen(opened.value.year)
      return finalisingChecks()
    })
  }

  /** Locks what this window shows; refused (and the year shown again) when another window changed it. */
  function finalize(): Promise<void> {
    return serial(async () => {
      await ensureYear()
      const o = opened.value!
      try {
        const settings = { profileId: o.profile.id, asOfDate: o.asOfDate }
        await reviewRepository.finalize(
          o.year,
          lockSeen(settings, o.memberReviews.values(), o.cellReviews.values())
        )
      } catch (e) {
        if (!isStaleRecordError(e)) throw e
        await reopen(o.year)
        throw new Error(
          `${e.userMessage} Trang đã tải lại kết quả mới nhất: hãy xem lại các cảnh báo rồi bấm “Khóa kết quả” lần nữa.`
        )
      }
      if (opened.value === o) opened.value = { ...o, finalized: true }
    })
  }

  async function unfinalize(reason: string): Promise<void> {
    await reviewRepository.unfinalize(opened.value!.year, reason)
    opened.value = { ...opened.value!, finalized: false }
  }

  /** Levels per year for the chart: the open year's follow every edit and equal its summary sheet. */
  const perYear = computed<LevelsPerYear[]>(() => {
    const o = opened.value
    if (!o) return otherYears.value
    return [...otherYears.value, ...levelsPerYear(countedReviewsOf(o))].sort((a, b) => a.year - b.year)
  })

  const params = computed<RulesParams | null>(() => (opened.value ? paramsOf(opened.value.profile) : null))
  const sources = computed<RulesSources>(() => opened.value?.sources ?? {})

  return {
    opened,
    profiles,
    loading,
    error,
    load,
    memberChecks,
    cellChecks,
    perYear,
    setMemberFields,
    importMemberFields,
    setCellField,
    changeSettings,
    clearStrayRating,
    checksBeforeLock,
    finalize,
    unfinalize,
    params,
    sources,
    refusedSaves,
    refresh: () => triggerRef(opened)
  }
}
