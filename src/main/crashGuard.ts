// A renderer that crashes (out of memory on a huge file, a bug) or hangs must not leave the clerk
// in front of a blank or frozen window: say so in Vietnamese and offer a reload. Saved data is safe
// either way — every write is one IndexedDB transaction (docs/design.md §8).
import type { BrowserWindow, Dialog, MessageBoxOptions, RenderProcessGoneDetails } from 'electron'

const TITLE = 'Sổ Chi bộ'

const CAUSES: Partial<Record<RenderProcessGoneDetails['reason'], string>> = {
  oom: 'Ứng dụng đã dùng hết bộ nhớ (có thể do mở một tệp quá lớn hoặc bị hỏng).',
  'launch-failed': 'Không khởi động được cửa sổ.',
  'integrity-failure': 'Tệp cài đặt của ứng dụng có thể đã bị thay đổi; hãy cài lại ứng dụng.'
}

const SAFE =
  'Những gì đã lưu trước đó vẫn còn nguyên: mỗi lần lưu hoặc ghi trọn vẹn, hoặc không ghi gì. Việc đang làm dở (chưa bấm lưu) có thể phải làm lại.'

export function guardRenderer(window: BrowserWindow, dialog: Pick<Dialog, 'showMessageBox'>): void {
  const contents = window.webContents
  // Set while we end a hung renderer ourselves: its "gone" event is then no news to the clerk.
  let reloading = false
  let hangQuestion: AbortController | null = null

  const ask = (options: MessageBoxOptions) =>
    dialog.showMessageBox(window, { title: TITLE, noLink: true, defaultId: 0, ...options })

  contents.on('render-process-gone', async (_event, details) => {
    if (details.reason === 'clean-exit') return
    if (reloading) {
      reloading = false
      contents.reload()
      return
    }
    hangQuestion?.abort()
    const { response } = await ask({
      type: 'error',
      message: 'Cửa sổ Sổ Chi bộ đã gặp sự cố và ngừng hoạt động.',
      detail: [CAUSES[details.reason], SAFE, 'Bấm “Tải lại” để mở lại ứng dụng.']
        .filter(Boolean)
        .join('\n\n'),
      buttons: ['Tải lại', 'Đóng ứng dụng'],
      cancelId: 1
    })
    if (response === 0) contents.reload()
    else window.close()
  })

  window.on('unresponsive', async () => {
    if (hangQuestion) return
    hangQuestion = new AbortController()
    const { signal } = hangQuestion
    const { response } = await ask({
      type: 'warning',
      message: 'Cửa sổ Sổ Chi bộ không phản hồi.',
      detail: `Ứng dụng có thể đang xử lý một việc lớn. Bấm “Chờ thêm” để đợi, hoặc “Tải lại” để mở lại cửa sổ.\n\n${SAFE}`,
      buttons: ['Chờ thêm', 'Tải lại'],
      cancelId: 0,
      signal
    })
    hangQuestion = null
    if (signal.aborted || response !== 1) return
    // A hung page cannot run its own reload: end it, then reload when it is gone (above).
    reloading = true
    contents.forcefullyCrashRenderer()
  })

  // The window answers again: the question about waiting closes by itself.
  window.on('responsive', () => hangQuestion?.abort())
}
