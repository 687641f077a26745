// "Xóa hồ sơ tạo nhầm": a record entered by mistake goes with everything recorded against it, said
// before and checked after — the integrity check finds nothing left pointing at it. A locked year's
// result is not removed behind the lock.
import { test, expect } from './fixtures'
import { MembersPage } from './pages/MembersPage'
import { BackupPage } from './pages/BackupPage'

test('a record deleted as a mistake takes its marks with it, named first; a locked result refuses; the data check stays clean', async ({
  sampleWard: page
}) => {
  const members = new MembersPage(page)
  const deleteButton = page.getByRole('button', { name: 'Xóa hồ sơ tạo nhầm' })

  // A long-standing member has results in the sample's locked years: refused, nothing removed.
  await members.open()
  const veteran = members.list().getByRole('link').first()
  const veteranName = (await veteran.innerText()).trim()
  await veteran.click()
  await deleteButton.click()
  await expect(
    page.getByText(/^Không xóa được hồ sơ: Kết quả xếp loại năm .* đã khóa .*chưa xóa gì/)
  ).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: veteranName })).toBeVisible()

  // The last due for recognition was admitted this year: marks, but no result in a locked year.
  await members.open()
  const listTab = page.getByRole('tab', { name: /^Danh sách \(\d+ đang sinh hoạt\)/ })
  const active = Number((await listTab.innerText()).match(/\d+/)![0])
  await page.getByRole('tab', { name: /Đến hạn chính thức/ }).click()
  const recent = page.getByRole('region', { name: 'Đến hạn chính thức' }).getByRole('link').last()
  const name = (await recent.innerText()).trim()
  await recent.click()
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
  await deleteButton.click()
  const asked = page.getByRole('dialog', { name: 'Xóa hồ sơ tạo nhầm' })
  await expect(asked).toContainText(`Xóa hẳn hồ sơ`)
  await expect(asked).toContainText(name)
  await expect(asked).toContainText(/điểm danh ở \d+ buổi sinh hoạt/)
  await asked.getByRole('button', { name: 'Xóa hồ sơ' }).click()
  await expect(page.getByText(`Đã xóa hồ sơ ${name}.`)).toBeVisible()

  await expect(members.list()).toBeVisible()
  await expect(listTab).toHaveText(`Danh sách (${active - 1} đang sinh hoạt)`)

  const backup = new BackupPage(page)
  await backup.open()
  await backup.openTab('Kiểm tra dữ liệu')
  await page.getByRole('button', { name: 'Kiểm tra ngay' }).click()
  await expect(page.getByText('Dữ liệu không có lỗi')).toBeVisible()
})
