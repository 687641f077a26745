// The honours screen's working copy (ARCHITECTURE.md, "Screens and their data"): the candidates of
// the year (or of the ceremony) are read once; a proposal or a decision is written through the
// repository and patched into the copy, so the candidates (streaks over every year's reviews) are
// not read again after each click.
import { shallowRef, watch, type Ref } from 'vue'
import { ElMessage } from 'element-plus'
import type { Badge, Commendation } from '@renderer/domain/entities'
import { honoursRepository } from '@renderer/db/repositories/honoursRepository'
import {
  loadBadgeContext,
  loadHonoursContext,
  type BadgeContext,
  type HonoursContext
} from '../reports/reviewReports'
import { errorText } from '../common/errorText'

/** The record with the same id replaced, or added. */
function upsert<T extends { id: string }>(list: readonly T[], item: T): T[] {
  return [...list.filter((x) => x.id !== item.id), item]
}

/**
 * Reads `load(key)` when the key changes and `enabled` is on; a late answer for a key no longer
 * shown is dropped.
 */
function useCopy<K, T>(key: Ref<K>, enabled: Ref<boolean>, load: (key: K) => Promise<T>) {
  const copy = shallowRef<T | null>(null)
  const loading = shallowRef(false)
  let latest = 0
  async function reload() {
    const mine = ++latest
    loading.value = true
    try {
      const value = await load(key.value)
      if (mine === latest) copy.value = value
    } catch (e) {
      if (mine === latest) ElMessage.error(`Không tải được: ${errorText(e)}`)
    } finally {
      if (mine === latest) loading.value = false
    }
  }
  watch([key, enabled], () => enabled.value && reload(), { immediate: true })
  return { copy, loading, reload }
}

export function useCommendations(year: Ref<number>, shown: Ref<boolean>) {
  const { copy, loading } = useCopy<number, HonoursContext>(year, shown, (y) => loadHonoursContext(y))
  async function save(c: Commendation, name: string) {
    await honoursRepository.saveCommendation(c, name)
    if (copy.value) copy.value = { ...copy.value, recorded: upsert(copy.value.recorded, c) }
  }
  return { ctx: copy, loading, save }
}

export function useBadges(ceremony: Ref<string>, shown: Ref<boolean>) {
  const { copy, loading, reload } = useCopy<string, BadgeContext>(ceremony, shown, (d) => loadBadgeContext(d))
  async function save(b: Badge, name: string) {
    await honoursRepository.saveBadge(b, name)
    if (copy.value) copy.value = { ...copy.value, recorded: upsert(copy.value.recorded, b) }
  }
  /** Serious illness brings a badge forward: the candidates themselves change, so they are read again. */
  async function setIll(memberIds: string[]) {
    await honoursRepository.setSeriouslyIll(memberIds)
    await reload()
  }
  return { ctx: copy, loading, save, setIll }
}
