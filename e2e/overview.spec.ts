import { expect, test } from '@playwright/test'
import { SettingsPage } from './pages/SettingsPage'
import { OverviewPage } from './pages/OverviewPage'

// A clerk's first look: load the sample ward, read the overview, follow a figure to its list,
// then remove the sample data in one step.
test('demo data: load, see the overview, follow a figure, remove', async ({ page }) => {
  const settings = new SettingsPage(page)
  const overview = new OverviewPage(page)

  await overview.open()
  await expect(overview.emptyState()).toBeVisible()

  await settings.open()
  await settings.openDemoTab()
  await settings.loadDemoData()
  await expect(settings.demoBanner()).toBeVisible()

  await overview.shell.goTo('Tổng quan')
  await overview.waitForFigures()
  await expect(settings.demoBanner()).toContainText('DỮ LIỆU MẪU')
  const official = await overview.figureValue('Đảng viên chính thức')
  const probationary = await overview.figureValue('Đảng viên dự bị')
  const exempt = await overview.figureValue('Miễn sinh hoạt')
  expect(official).toBeGreaterThan(300)
  expect(probationary).toBeGreaterThan(0)
  expect(exempt).toBeGreaterThan(0)
  expect(await overview.figureValue('Chi bộ')).toBe(15)
  // Official + probationary are the members, as on Thống kê đảng viên; the exempt are among them.
  const members = await overview.figureValue('Đảng viên')
  expect(official + probationary).toBe(members)
  expect(exempt).toBeLessThan(members)
  await expect(overview.panel('Cảnh báo vắng sinh hoạt')).toContainText('vắng không lý do')
  await expect(overview.panel('Tiến độ đánh giá, xếp loại')).toContainText('Tự đánh giá')

  // Follow a figure: it opens the member list filtered to those members.
  await overview.figure('Đảng viên chính thức').click()
  await expect(page).toHaveURL(/#\/dang-vien\?status=officialStanding$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Đảng viên' })).toBeVisible()
  // …and the list behind the figure holds exactly that many members: "Chính thức (kể cả miễn, đình
  // chỉ sinh hoạt)", the exempt and suspended its hint names "trong đó" included.
  await expect(page.getByText(new RegExp(`^${official} đảng viên\\b`))).toBeVisible()

  // The probation figure opens the "due for official membership" tab.
  await overview.shell.goTo('Tổng quan')
  await overview.waitForFigures()
  await overview.panel('Sắp hết thời gian dự bị').getByRole('link').first().click()
  await expect(page.getByRole('tab', { name: /Đến hạn chính thức/, selected: true })).toBeVisible()

  // Remove the sample data: the banner goes, the overview is empty again.
  await settings.shell.goTo('Cài đặt')
  await settings.openDemoTab()
  await settings.removeDemoData()
  await expect(settings.demoBanner()).toHaveCount(0)
  await overview.shell.goTo('Tổng quan')
  await expect(overview.emptyState()).toBeVisible()
})
