// The automatic copies in the app's folder, as "Sao lưu tự động trên máy" lists them. A folder that
// cannot be read says so: an empty list would tell the clerk there are no copies when there may be.
import { ref } from 'vue'
import { platform, type BackupFileInfo } from '@renderer/platform'

export const AUTO_BACKUPS_UNREADABLE =
  'Không đọc được thư mục sao lưu tự động, nên chưa biết có những bản nào. Các bản đã lưu không bị ảnh hưởng; bấm “Đọc lại” để thử lại.'

export function useAutoBackupList() {
  const folder = ref<string | null>(null)
  const files = ref<BackupFileInfo[]>([])
  /** Set when the folder could not be read; the list is then unknown, not empty. */
  const error = ref('')

  async function refresh(): Promise<void> {
    if (!platform.backups) return
    try {
      files.value = await platform.backups.list()
      folder.value = (await platform.appInfo()).backupFolder
      error.value = ''
    } catch {
      files.value = []
      error.value = AUTO_BACKUPS_UNREADABLE
    }
  }

  return { folder, files, error, refresh }
}
