// One way to run what a clerk starts with a click (save, export, import, delete): a busy flag that
// refuses a second start while the first runs, a Vietnamese message on success, and on failure a
// message that names what failed and why. Screens call `run` instead of writing busy/try/catch/finally.
import { shallowRef } from 'vue'
import { ElMessage } from 'element-plus'
import { errorText } from './errorText'

export interface ActionMessages<T> {
  /** What the clerk reads after it worked; a function of the result, or null for no message. */
  success?: string | ((result: T) => string | null)
  /** What failed, e.g. "Không lưu được hồ sơ"; the reason follows after a colon. */
  failure: string
  /** Failures that need reading (a long reason) stay longer. */
  failureDuration?: number
}

export type ActionOutcome<T> = { ok: true; value: T } | { ok: false }

export function useAction() {
  const busy = shallowRef(false)

  async function run<T>(work: () => Promise<T>, messages: ActionMessages<T>): Promise<ActionOutcome<T>> {
    if (busy.value) return { ok: false }
    busy.value = true
    try {
      const value = await work()
      const text = typeof messages.success === 'function' ? messages.success(value) : messages.success
      if (text) ElMessage.success(text)
      return { ok: true, value }
    } catch (e) {
      ElMessage.error({
        message: `${messages.failure}: ${errorText(e)}`,
        duration: messages.failureDuration ?? 6000
      })
      return { ok: false }
    } finally {
      busy.value = false
    }
  }

  return { busy, run }
}
