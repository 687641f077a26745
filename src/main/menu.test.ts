import { describe, expect, it, vi } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import { aboutBoxOptions, buildMenuTemplate, installApplicationMenu } from './menu'

function labels(items: MenuItemConstructorOptions[]): string[] {
  return items.filter((item) => item.type !== 'separator').map((item) => item.label ?? '')
}

function submenu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  return template.find((item) => item.label === label)!.submenu as MenuItemConstructorOptions[]
}

describe('buildMenuTemplate', () => {
  it('has the Vietnamese menus and items', () => {
    const template = buildMenuTemplate({ isPackaged: true, showAbout: vi.fn() })
    expect(labels(template)).toEqual(['Tệp', 'Chỉnh sửa', 'Xem', 'Trợ giúp'])
    expect(labels(submenu(template, 'Tệp'))).toEqual(['Thoát'])
    expect(labels(submenu(template, 'Chỉnh sửa'))).toEqual([
      'Hoàn tác',
      'Làm lại',
      'Cắt',
      'Sao chép',
      'Dán',
      'Chọn tất cả'
    ])
    expect(labels(submenu(template, 'Xem'))).toEqual([
      'Tải lại',
      'Phóng to',
      'Thu nhỏ',
      'Kích thước thật',
      'Toàn màn hình'
    ])
    expect(labels(submenu(template, 'Trợ giúp'))).toEqual(['Giới thiệu Sổ Chi bộ'])
    expect(
      submenu(template, 'Chỉnh sửa')
        .map((item) => item.role)
        .filter(Boolean)
    ).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll'])
  })

  it('offers developer tools only when not packaged', () => {
    const roles = (isPackaged: boolean) =>
      submenu(buildMenuTemplate({ isPackaged, showAbout: vi.fn() }), 'Xem').map((item) => item.role)
    expect(roles(true)).not.toContain('toggleDevTools')
    expect(roles(false)).toContain('toggleDevTools')
  })

  it('calls showAbout from the help menu', () => {
    const showAbout = vi.fn()
    const about = submenu(buildMenuTemplate({ isPackaged: true, showAbout }), 'Trợ giúp')[0]!
    ;(about.click as () => void)()
    expect(showAbout).toHaveBeenCalledOnce()
  })
})

describe('installApplicationMenu', () => {
  it('installs the menu and shows the version in the about box', () => {
    const Menu = { buildFromTemplate: vi.fn((t: unknown) => ({ t })), setApplicationMenu: vi.fn() }
    const dialog = { showMessageBox: vi.fn(async () => ({ response: 0, checkboxChecked: false })) }
    const window = { id: 1 }
    installApplicationMenu({
      app: { isPackaged: true, getVersion: () => '2.0.1' },
      Menu: Menu as never,
      dialog: dialog as never,
      getWindow: () => window as never
    })
    expect(Menu.setApplicationMenu).toHaveBeenCalledOnce()
    const template = Menu.buildFromTemplate.mock.calls[0]![0] as MenuItemConstructorOptions[]
    ;(submenu(template, 'Trợ giúp')[0]!.click as () => void)()
    expect(dialog.showMessageBox).toHaveBeenCalledWith(window, aboutBoxOptions('2.0.1'))
    expect(aboutBoxOptions('2.0.1').detail).toContain('Phiên bản 2.0.1')
  })
})
