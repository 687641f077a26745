// Chuyển sinh hoạt tạm thời, as a clerk records it: the member sent away for a few months stays in the
// ward's đảng số (QĐ 232-QĐ/TW 2025, tiểu mục 6.3.2), and his record says so beside the status.
import { test, expect } from './fixtures'
import { chooseOption, settleAnimations } from './pages/AppShell'
import { MembersPage } from './pages/MembersPage'
import { OverviewPage } from './pages/OverviewPage'

test('a member sent away for a while stays in the đảng số, and his record says where he attends', async ({
  sampleWard: page
}) => {
  const overview = new OverviewPage(page)
  await overview.open()
  await overview.waitForFigures()
  const before = await overview.figureValue('Đảng viên')

  const members = new MembersPage(page)
  await members.open()
  const first = members.list().getByRole('link').first()
  const name = (await first.textContent())!.trim()
  await first.click()
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()

  const form = page.getByRole('region', { name: 'Thêm sự kiện' })
  await chooseOption(page, 'Loại sự kiện', 'Chuyển sinh hoạt đi')
  const today = new Date()
  const dd = (d: Date) =>
    `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`
  const date = form.getByLabel('Ngày sự kiện')
  await date.fill(dd(today))
  await date.press('Tab')
  await form.getByRole('radio', { name: 'Tạm thời' }).check({ force: true })
  const until = form.getByLabel('Đến ngày')
  await until.fill(dd(new Date(today.getFullYear() + 1, today.getMonth(), 1)))
  await until.press('Tab')
  await form.getByLabel('Chuyển đến').fill('Đảng bộ phường Hà Đông')
  await form.getByRole('button', { name: 'Ghi sự kiện' }).click()
  await expect(page.getByText(`Đã ghi: Chuyển sinh hoạt đi ngày ${dd(today)}.`)).toBeVisible()
  await settleAnimations(page)

  // Not "Đã chuyển đi": he is away for a while, still the ward's.
  await expect(
    page.getByText(/đang sinh hoạt tạm thời nơi khác, vẫn tính vào đảng số của Đảng bộ/)
  ).toBeVisible()
  await expect(page.getByText('Đã chuyển đi')).toHaveCount(0)

  await overview.open()
  await overview.waitForFigures()
  expect(await overview.figureValue('Đảng viên')).toBe(before)
})
