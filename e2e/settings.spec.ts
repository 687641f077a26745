import { test, expect } from '@playwright/test'
import { AppShell } from './pages/AppShell'

test('a clerk fills in Settings, saves, reloads and finds them kept', async ({ page }) => {
  const shell = new AppShell(page)
  await shell.open()
  await shell.goTo('Cài đặt')

  await page.getByLabel('Cấp ủy cấp trên').fill('Đảng bộ tỉnh Thanh Hóa')
  await page.getByLabel('Cơ quan ban hành').fill('Đảng ủy phường Trường Sơn')
  await page.getByLabel('Địa danh (ghi ở dòng ngày tháng)').fill('Trường Sơn')
  await page.getByLabel('Họ tên người ký').fill('Lê Anh Trường')
  await page.getByLabel('Tên cán bộ văn phòng (ghi vào nhật ký)').fill('Trần Thị Bình')
  await page.getByRole('button', { name: 'Lưu' }).click()
  await expect(page.getByText('Đã lưu cài đặt.')).toBeVisible()

  await page.reload()
  await expect(page.getByLabel('Cấp ủy cấp trên')).toHaveValue('ĐẢNG BỘ TỈNH THANH HÓA')
  await expect(page.getByLabel('Cơ quan ban hành')).toHaveValue('ĐẢNG ỦY PHƯỜNG TRƯỜNG SƠN')
  await expect(page.getByLabel('Địa danh (ghi ở dòng ngày tháng)')).toHaveValue('Trường Sơn')
  await expect(page.getByLabel('Thẩm quyền ký')).toHaveValue('T/M ĐẢNG ỦY')
  await expect(page.getByLabel('Họ tên người ký')).toHaveValue('Lê Anh Trường')
})

test('Settings refuses to save without the required names and says which', async ({ page }) => {
  const shell = new AppShell(page)
  await shell.open()
  await shell.goTo('Cài đặt')
  await page.getByLabel('Cấp ủy cấp trên').fill('')
  await page.getByLabel('Cơ quan ban hành').fill('')
  await page.getByRole('button', { name: 'Lưu' }).click()
  await expect(page.getByText('Chưa lưu: vui lòng sửa các ô báo lỗi.')).toBeVisible()
  await expect(page.getByText('Vui lòng nhập cấp ủy cấp trên.')).toBeVisible()
  await page.reload()
  await expect(page.getByLabel('Cấp ủy cấp trên')).toHaveValue('')
})
