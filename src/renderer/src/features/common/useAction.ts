// One way to run what a clerk starts with a click (save, export, import, delete): a busy flag that
// refuses a second start while the first runs, a question first where the step needs one, a
// Vietnamese message on success, and on failure a message that names what failed and why. Screens
// call `run` instead of writing busy/try/catch/finally; forms call `submit`, which refuses a form
// with errors first.
import { shallowRef } from 'vue'
import { ElMessage } from 'element-plus'
import { errorText } from './errorText'
import { confirmed, type Confirmation } from './confirmed'

export interface ActionMessages<T> {
  /** Asked before the work starts; cancelling does nothing and says nothing. */
  confirm?: Confirmation
  /** What the clerk reads after it worked; a function of the result, or null for no message. */
  success?: string | ((result: T) => string | null)
  /** What failed, e.g. "Không lưu được hồ sơ"; the reason follows after a colon. */
  failure: string
  /** Failures that need reading (a long reason) stay longer; 0 keeps the message until closed. */
  failureDuration?: number
  /**
   * A failure the screen answers itself (e.g. offering the newer record when another window saved
   * first): return true and no failure message is shown.
   */
  recover?: (error: unknown) => boolean | Promise<boolean>
  /**
   * Where a step of a panel says its failure on the panel itself (an alert that stays beside the
   * step) instead of a passing message.
   */
  showFailure?: (text: string, error: unknown) => void
}

export type ActionOutcome<T> = { ok: true; value: T } | { ok: false }

/** Said when a form with errors is submitted: the fields say what is wrong. */
export const FIX_FIELDS_FIRST = 'Chưa lưu: vui lòng sửa các ô báo lỗi.'

export function useAction() {
  const busy = shallowRef(false)

  async function run<T>(work: () => Promise<T>, messages: ActionMessages<T>): Promise<ActionOutcome<T>> {
    if (busy.value) return { ok: false }
    busy.value = true
    try {
      if (messages.confirm && !(await confirmed(messages.confirm))) return { ok: false }
      const value = await work()
      const text = typeof messages.success === 'function' ? messages.success(value) : messages.success
      if (text) ElMessage.success(text)
      return { ok: true, value }
    } catch (e) {
      if (messages.recover && (await messages.recover(e))) return { ok: false }
      const text = `${messages.failure}: ${errorText(e)}`
      if (messages.showFailure) messages.showFailure(text, e)
      else ElMessage.error({ message: text, duration: messages.failureDuration ?? 6000, showClose: true })
      return { ok: false }
    } finally {
      busy.value = false
    }
  }

  return { busy, run }
}

/**
 * A form's save: `submitted` turns the field errors on, and a form that still has errors is not
 * saved (one message says why); otherwise the work runs as `run` does.
 */
export function useFormAction() {
  const { busy, run } = useAction()
  const submitted = shallowRef(false)

  async function submit<T>(
    hasErrors: boolean,
    work: () => Promise<T>,
    messages: ActionMessages<T>
  ): Promise<ActionOutcome<T>> {
    submitted.value = true
    if (hasErrors) {
      ElMessage.error(FIX_FIELDS_FIRST)
      return { ok: false }
    }
    return run(work, messages)
  }

  return { busy, submitted, submit }
}
