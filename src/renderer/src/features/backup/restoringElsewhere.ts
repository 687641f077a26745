// Start-up: while another window (a second tab of the web build) restores a backup, this one stops
// writing and says why, then starts again on the restored data (db/restoreNotice.ts).
import { ElLoading } from 'element-plus'
import { getDb } from '@renderer/db/database'
import { listenForRestores } from '@renderer/db/restoreNotice'

export const RESTORING_ELSEWHERE =
  'Cửa sổ khác đang khôi phục dữ liệu từ bản sao lưu. Cửa sổ này tạm dừng (không ghi gì) và sẽ tự tải lại khi xong.'

export function pauseWhileRestoringElsewhere(reload: () => void = () => window.location.reload()): void {
  listenForRestores({
    started() {
      // Closed for good: a save started now fails with a message instead of landing in replaced data.
      getDb().close()
      ElLoading.service({ fullscreen: true, text: RESTORING_ELSEWHERE })
    },
    ended: reload
  })
}
