// A question before a step that cannot be taken back (delete, lock): true when the clerk confirmed,
// false when they cancelled or closed the box.
import { ElMessageBox } from 'element-plus'

export async function confirmed(message: string, title: string, confirmButtonText: string): Promise<boolean> {
  try {
    await ElMessageBox.confirm(message, title, {
      type: 'warning',
      confirmButtonText,
      cancelButtonText: 'Hủy'
    })
    return true
  } catch {
    return false
  }
}

/** The same question with a line to write (a reason kept in the log); null when cancelled. */
export async function answered(
  message: string,
  title: string,
  confirmButtonText: string,
  inputPlaceholder: string
): Promise<string | null> {
  try {
    const r = await ElMessageBox.prompt(message, title, {
      type: 'warning',
      confirmButtonText,
      cancelButtonText: 'Hủy',
      inputPlaceholder
    })
    return r.value ?? ''
  } catch {
    return null
  }
}
