// One way to ask "are you sure?" before a step that changes or removes data: true when the clerk
// pressed the confirming button, false when they cancelled or closed the box.
import { ElMessageBox } from 'element-plus'

export interface Confirmation {
  title: string
  message: string
  /** The confirming button says what happens ("Xóa sự kiện"), never just "OK". */
  confirm: string
  cancel?: string
  type?: 'warning' | 'error'
}

export async function confirmed(c: Confirmation): Promise<boolean> {
  try {
    await ElMessageBox.confirm(c.message, c.title, {
      confirmButtonText: c.confirm,
      cancelButtonText: c.cancel ?? 'Hủy',
      type: c.type ?? 'warning'
    })
    return true
  } catch {
    return false
  }
}
