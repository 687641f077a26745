// One way to ask "are you sure?" before a step that changes or removes data: true when the clerk
// pressed the confirming button, false when they cancelled or closed the box.
import { ElMessageBox } from 'element-plus'

export interface Confirmation {
  title: string
  message: string
  /** The confirming button says what happens ("Xóa sự kiện"), never just "OK". */
  confirm: string
  cancel?: string
  /** 'info' where the step only adds (an import the clerk has checked row by row). */
  type?: 'warning' | 'error' | 'info'
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

export interface Question extends Confirmation {
  inputValue?: string
  inputPlaceholder?: string
  /** true, or the Vietnamese message shown under the box while the answer is not acceptable. */
  inputValidator?: (value: string) => true | string
}

/** Asks for one typed answer (a date, a number to confirm); null when the clerk cancelled. */
export async function answered(q: Question): Promise<string | null> {
  try {
    const reply = await ElMessageBox.prompt(q.message, q.title, {
      confirmButtonText: q.confirm,
      cancelButtonText: q.cancel ?? 'Hủy',
      type: q.type ?? 'warning',
      inputValue: q.inputValue,
      inputPlaceholder: q.inputPlaceholder,
      inputValidator: q.inputValidator
    })
    return (reply as { value: string }).value
  } catch {
    return null
  }
}
