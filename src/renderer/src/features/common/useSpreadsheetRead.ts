// One way to take a spreadsheet in (member list, history, a cell's rating sheet): the picker with the
// Excel filter and one size limit, then a read in a worker that the clerk can stop at once ("Hủy
// đọc"). A stopped read is news, not a failure: it says so, and nothing has changed.
import { computed, shallowRef } from 'vue'
import { ElMessage } from 'element-plus'
import { MAX_SPREADSHEET_BYTES } from '@renderer/excel/import/limits'
import { isReadCancelled } from '@renderer/excel/import/readOffThread'
import { platform, type FileFilter, type PickedFile } from '@renderer/platform'

export const EXCEL_OPEN_FILTER: FileFilter[] = [{ name: 'Bảng tính Excel', extensions: ['xlsx', 'xls'] }]

export const READ_CANCELLED = 'Đã hủy đọc tệp. Chưa có gì thay đổi.'

export function useSpreadsheetRead() {
  const controller = shallowRef<AbortController | null>(null)

  /** The chosen file, or null when the clerk closed the picker. */
  function pick(): Promise<PickedFile | null> {
    return platform.openFile(EXCEL_OPEN_FILTER, MAX_SPREADSHEET_BYTES)
  }

  /** Runs the read with a signal that `cancel` aborts; null when the clerk stopped it. */
  async function read<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T | null> {
    controller.value = new AbortController()
    try {
      return await work(controller.value.signal)
    } catch (e) {
      if (!isReadCancelled(e)) throw e
      ElMessage.info(READ_CANCELLED)
      return null
    } finally {
      controller.value = null
    }
  }

  return {
    /** True while a file is being read: the screen shows "Hủy đọc". */
    reading: computed(() => controller.value !== null),
    pick,
    read,
    cancel: () => controller.value?.abort()
  }
}
