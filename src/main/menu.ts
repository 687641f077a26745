// The Vietnamese application menu. Developer tools appear only in an unpackaged (development) build.
import type { MenuItemConstructorOptions } from 'electron'

export const APP_DISPLAY_NAME = 'Sổ Chi bộ'

export interface MenuOptions {
  isPackaged: boolean
  /** Called for "Trợ giúp → Giới thiệu Sổ Chi bộ". */
  showAbout: () => void
}

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { label: 'Tải lại', role: 'reload' },
    { type: 'separator' },
    { label: 'Phóng to', role: 'zoomIn' },
    { label: 'Thu nhỏ', role: 'zoomOut' },
    { label: 'Kích thước thật', role: 'resetZoom' },
    { type: 'separator' },
    { label: 'Toàn màn hình', role: 'togglefullscreen' }
  ]
  if (!options.isPackaged) {
    view.push({ type: 'separator' }, { label: 'Công cụ nhà phát triển', role: 'toggleDevTools' })
  }
  return [
    { label: 'Tệp', submenu: [{ label: 'Thoát', role: 'quit' }] },
    {
      label: 'Chỉnh sửa',
      submenu: [
        { label: 'Hoàn tác', role: 'undo' },
        { label: 'Làm lại', role: 'redo' },
        { type: 'separator' },
        { label: 'Cắt', role: 'cut' },
        { label: 'Sao chép', role: 'copy' },
        { label: 'Dán', role: 'paste' },
        { label: 'Chọn tất cả', role: 'selectAll' }
      ]
    },
    { label: 'Xem', submenu: view },
    {
      label: 'Trợ giúp',
      submenu: [{ label: `Giới thiệu ${APP_DISPLAY_NAME}`, click: () => options.showAbout() }]
    }
  ]
}

export interface AboutBoxOptions {
  type: 'info'
  title: string
  message: string
  detail: string
  buttons: string[]
  noLink: boolean
}

export function aboutBoxOptions(version: string): AboutBoxOptions {
  return {
    type: 'info',
    title: `Giới thiệu ${APP_DISPLAY_NAME}`,
    message: APP_DISPLAY_NAME,
    detail:
      `Phiên bản ${version}\n\n` +
      'Quản lý chi bộ, đảng viên, sinh hoạt chi bộ và đánh giá, xếp loại cho Văn phòng Đảng ủy phường.\n' +
      'Dữ liệu chỉ lưu trên máy này.',
    buttons: ['Đóng'],
    noLink: true
  }
}

/** Builds and installs the menu. `getWindow` gives the parent of the about box. */
export function installApplicationMenu(electron: {
  app: Pick<Electron.App, 'isPackaged' | 'getVersion'>
  Menu: Pick<typeof Electron.Menu, 'buildFromTemplate' | 'setApplicationMenu'>
  dialog: Pick<Electron.Dialog, 'showMessageBox'>
  getWindow: () => Electron.BrowserWindow | null
}): void {
  const template = buildMenuTemplate({
    isPackaged: electron.app.isPackaged,
    showAbout: () => {
      const options = aboutBoxOptions(electron.app.getVersion())
      const parent = electron.getWindow()
      void (parent
        ? electron.dialog.showMessageBox(parent, options)
        : electron.dialog.showMessageBox(options))
    }
  })
  electron.Menu.setApplicationMenu(electron.Menu.buildFromTemplate(template))
}
