// One way for a form to answer a save another window made first (StaleRecordError): say so, and offer
// to show that window's version instead of what was typed here. Used as useAction's `recover`.
import { ElMessage } from 'element-plus'
import { isStaleRecordError } from '@renderer/domain/staleRecord'
import { confirmed } from './confirmed'

export interface ReloadWords {
  /** The dialog's title, e.g. "Hồ sơ đã thay đổi". */
  title: string
  /** Asked after the error's own message, e.g. "Tải lại hồ sơ mới nhất?". */
  question: string
  /** The reload button, e.g. "Tải lại hồ sơ". */
  confirm: string
  /** Said when the record is gone (deleted in the other window). */
  gone: string
}

/**
 * `reload` reads the record again and shows it; it returns false when the record is gone (it then
 * closes or empties what showed it). The returned function answers true when it handled the error.
 */
export function offerReload(words: ReloadWords, reload: () => Promise<boolean>) {
  return async (error: unknown): Promise<boolean> => {
    if (!isStaleRecordError(error)) return false
    const yes = await confirmed({
      title: words.title,
      message: `${error.userMessage} ${words.question} Những gì bạn vừa nhập ở đây sẽ bị bỏ.`,
      confirm: words.confirm,
      cancel: 'Để tôi xem lại'
    })
    if (yes && !(await reload())) ElMessage.warning(words.gone)
    return true
  }
}
