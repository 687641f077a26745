// The honours screen's working copy (ARCHITECTURE.md, "Screens and their data"): the candidates of
// the year (or of the ceremony) are read once; a proposal or a decision is written through the
// repository and patched into the copy, so the candidates (streaks over every year's reviews) are
// not read again after each click.
import { computed, shallowRef, watch, type Ref } from 'vue'
import { ElMessage } from 'element-plus'
import type { Badge, Commendation } from '@renderer/domain/entities'
import type { CommendationCandidate } from '@renderer/domain/honours/commendations'
import type { BadgeCandidate } from '@renderer/domain/honours/badges'
import type { PendingBadge } from '@renderer/domain/honours/pendingBadges'
import { honoursRepository } from '@renderer/db/repositories/honoursRepository'
import {
  loadBadgeContext,
  loadHonoursContext,
  type BadgeContext,
  type HonoursContext
} from '../reports/reviewReports'
import { isStaleRecordError } from '@renderer/domain/staleRecord'
import { errorText } from '../common/errorText'
import { latestOnly } from '../common/latestOnly'
import type { CandidateActions } from './honoursTable'

/**
 * Reads `load(key)` when the key changes and `enabled` is on; a late answer for a key no longer
 * shown is dropped.
 */
function useCopy<K, T>(key: Ref<K>, enabled: Ref<boolean>, load: (key: K) => Promise<T>) {
  const copy = shallowRef<T | null>(null)
  const loading = shallowRef(false)
  const beginRead = latestOnly()
  async function reload() {
    const latest = beginRead()
    loading.value = true
    try {
      const value = await load(key.value)
      if (latest()) copy.value = value
    } catch (e) {
      if (latest()) ElMessage.error(`Không tải được: ${errorText(e)}`)
    } finally {
      if (latest()) loading.value = false
    }
  }
  watch([key, enabled], () => enabled.value && reload(), { immediate: true })
  return { copy, loading, reload }
}

/** What differs between a commendation and a badge: the rest of proposing and deciding is shared. */
interface HonourKind<C, R extends Commendation | Badge> {
  what: string
  nameOf: (c: C) => string
  /** The record's own fields (its id says the year or ceremony): status and decision come on top. */
  fieldsOf: (c: C) => Omit<R, 'status'>
  decided: (decisionNumber: string, date: string) => Partial<R>
  /** `seen`: the record the screen showed (null: none), so another window's save is not undone. */
  save: (record: R, name: string, seen: R | null) => Promise<void>
  /** Withdraws a proposal made by mistake; a decision is refused (honoursRepository). */
  remove: (id: string) => Promise<void>
}

/**
 * Proposing and deciding the candidates of one copy; each save is patched into the copy's records.
 * A save refused because another window recorded something since reads the copy again (`reload`), so
 * the screen shows what is recorded now.
 */
function useProposals<C, R extends Commendation | Badge>(
  copy: Ref<{ recorded: R[] } | null>,
  kind: HonourKind<C, R>,
  reload: () => Promise<void>
) {
  const recorded = computed(() => new Map((copy.value?.recorded ?? []).map((r) => [r.id, r])))
  const recordOf = (c: C): R | undefined => recorded.value.get(kind.fieldsOf(c).id)

  async function save(c: C, over: Partial<R>) {
    const seen = recordOf(c) ?? null
    const record = { ...kind.fieldsOf(c), status: 'proposed', ...seen, ...over } as R
    await refreshedOnStale(() => kind.save(record, kind.nameOf(c), seen), reload)
    const c0 = copy.value
    if (c0) copy.value = { ...c0, recorded: [...c0.recorded.filter((r) => r.id !== record.id), record] }
  }

  /**
   * "Bỏ đề nghị": the proposal goes, the row offers "Đề nghị" again. Refused once decided (another
   * window may have decided it since): the copy is read again to show what is recorded.
   */
  async function withdraw(c: C) {
    const id = recordOf(c)?.id ?? kind.fieldsOf(c).id
    try {
      await kind.remove(id)
    } catch (e) {
      await reload()
      throw e
    }
    const c0 = copy.value
    if (c0) copy.value = { ...c0, recorded: c0.recorded.filter((r) => r.id !== id) }
  }

  const actions: CandidateActions<C> = { what: kind.what, nameOf: kind.nameOf, recordOf }
  return {
    actions,
    propose: (c: C) => save(c, { status: 'proposed' } as Partial<R>),
    decide: (c: C, decisionNumber: string, date: string) => save(c, kind.decided(decisionNumber, date)),
    withdraw
  }
}

/** Runs a save; when another window saved first (StaleRecordError), reads the copy again and rethrows. */
async function refreshedOnStale(save: () => Promise<void>, reload: () => Promise<void>): Promise<void> {
  try {
    await save()
  } catch (e) {
    if (isStaleRecordError(e)) await reload()
    throw e
  }
}

export function useCommendations(year: Ref<number>, shown: Ref<boolean>) {
  const { copy, loading, reload } = useCopy<number, HonoursContext>(year, shown, (y) => loadHonoursContext(y))
  const proposals = useProposals<CommendationCandidate, Commendation>(
    copy,
    {
      what: 'khen thưởng',
      nameOf: (c) => c.name,
      fieldsOf: (c) => ({
        id: `${year.value}:${c.key}`,
        year: year.value,
        subject: c.subject,
        memberId: c.memberId,
        cellId: c.cellId,
        basis: c.basis,
        years: c.years
      }),
      decided: (decisionNumber, decisionDate) => ({ status: 'awarded', decisionNumber, decisionDate }),
      save: (record, name, seen) => honoursRepository.saveCommendation(record, name, seen),
      remove: (id) => honoursRepository.removeCommendation(id)
    },
    reload
  )
  return { ctx: copy, loading, ...proposals }
}

export function useBadges(ceremony: Ref<string>, shown: Ref<boolean>) {
  const { copy, loading, reload } = useCopy<string, BadgeContext>(ceremony, shown, (d) => loadBadgeContext(d))
  const proposals = useProposals<BadgeCandidate, Badge>(
    copy,
    {
      what: 'Huy hiệu',
      nameOf: (b) => b.fullName,
      fieldsOf: (b) => ({
        id: `${ceremony.value}:${b.memberId}:${b.milestone}`,
        memberId: b.memberId,
        milestone: b.milestone,
        ceremonyDate: ceremony.value,
        early: b.early
      }),
      decided: (decisionNumber, awardedOn) => ({ status: 'awarded', decisionNumber, awardedOn }),
      save: (record, name, seen) => honoursRepository.saveBadge(record, name, seen),
      remove: (id) => honoursRepository.removeBadge(id)
    },
    reload
  )
  /**
   * An earlier ceremony's proposal still undecided (PendingBadge): its decision, or its withdrawal.
   * Either changes who this ceremony's candidates are, so they are read again.
   */
  async function decidePending(p: PendingBadge, decisionNumber: string, awardedOn: string) {
    await refreshedOnStale(
      () =>
        honoursRepository.saveBadge(
          { ...p.badge, status: 'awarded', decisionNumber, awardedOn },
          p.fullName,
          p.badge
        ),
      reload
    )
    await reload()
  }
  async function withdrawPending(p: PendingBadge) {
    await honoursRepository.removeBadge(p.badge.id)
    await reload()
  }
  /**
   * Serious illness brings a badge forward: the candidates themselves change, so they are read again.
   * One member at a time, so a mark another window set since is kept.
   */
  async function markIll(memberId: string, ill: boolean) {
    await honoursRepository.markSeriouslyIll(memberId, ill)
    await reload()
  }
  /** A withdrawn proposal frees the member's milestone at this ceremony: the candidates are read again. */
  async function withdraw(b: BadgeCandidate) {
    await proposals.withdraw(b)
    await reload()
  }
  return { ctx: copy, loading, markIll, decidePending, withdrawPending, ...proposals, withdraw }
}
