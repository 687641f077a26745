// Another window saved a record an import's preview had read: nothing was written (the failure
// message says so), and the preview is made again from the database as it is now, for the clerk to
// check. Used by both imports (members, history); `refreshed` keeps the notice until a new preview.
import { ref } from 'vue'
import { isStaleRecordError } from '@renderer/domain/staleRecord'

export function usePreviewAgainIfStale(previewAgain: () => Promise<void>) {
  const refreshed = ref(false)
  /** The write's `catch`: the error still goes on to its failure message. */
  async function previewAgainIfStale(e: unknown): Promise<never> {
    if (isStaleRecordError(e)) {
      await previewAgain()
      refreshed.value = true
    }
    throw e
  }
  return { refreshed, previewAgainIfStale }
}
