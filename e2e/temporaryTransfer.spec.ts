// Chuyển sinh hoạt tạm thời, as a clerk records it: the member sent away for a few months stays in the
// ward's đảng số (QĐ 232-QĐ/TW 2025, tiểu mục 6.3.2), and his record says so beside the status.
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { chooseOption, settleAnimations } from './pages/AppShell'
import { MembersPage } from './pages/MembersPage'
import { OverviewPage } from './pages/OverviewPage'
import { CellsPage } from './pages/CellsPage'

const dd = (d: Date) =>
  `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`

/**
 * "Thêm sự kiện" on the open record: a temporary transfer out (to Hà Đông) or in (from there, into
 * `cell`), from today to the first of the same month next year.
 */
async function recordStay(
  page: Page,
  type: 'Chuyển sinh hoạt đi' | 'Chuyển sinh hoạt đến',
  cell?: string
): Promise<void> {
  const form = page.getByRole('region', { name: 'Thêm sự kiện' })
  await chooseOption(page, 'Loại sự kiện', type)
  const today = new Date()
  const date = form.getByLabel('Ngày sự kiện')
  await date.fill(dd(today))
  await date.press('Tab')
  if (cell) await chooseOption(page, 'Chi bộ của sự kiện', cell)
  // A click on the choice's words, as a person does (Element Plus draws its own circle over the radio).
  await form.getByText('Tạm thời', { exact: true }).click()
  await expect(form.getByRole('radio', { name: 'Tạm thời' })).toBeChecked()
  const until = form.getByLabel('Đến ngày')
  await until.fill(dd(new Date(today.getFullYear() + 1, today.getMonth(), 1)))
  await until.press('Tab')
  await form
    .getByLabel(type === 'Chuyển sinh hoạt đi' ? 'Chuyển đến' : 'Chuyển từ')
    .fill('Đảng bộ phường Hà Đông')
  await form.getByRole('button', { name: 'Ghi sự kiện' }).click()
  await expect(page.getByText(`Đã ghi: ${type} ngày ${dd(today)}.`)).toBeVisible()
  await settleAnimations(page)
}

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

  await recordStay(page, 'Chuyển sinh hoạt đi')

  // Not "Đã chuyển đi": he is away for a while, still the ward's.
  await expect(
    page.getByText(/đang sinh hoạt tạm thời nơi khác, vẫn tính vào đảng số của Đảng bộ/)
  ).toBeVisible()
  await expect(page.getByText('Đã chuyển đi')).toHaveCount(0)

  await overview.open()
  await overview.waitForFigures()
  expect(await overview.figureValue('Đảng viên')).toBe(before)
})

test('a member of another đảng bộ registered as README says is a guest: on his cell, not in the đảng số', async ({
  sampleWard: page
}) => {
  const cells = new CellsPage(page)
  await cells.open()
  const meta = page.getByText(/chi bộ đang hoạt động —/)
  await expect(meta).not.toContainText('sinh hoạt tạm thời')

  // "thêm hồ sơ, rồi Chuyển sinh hoạt đến, hình thức Tạm thời": the form records his admission too.
  const members = new MembersPage(page)
  await members.open()
  const name = 'Đinh Văn Khách'
  const cell = await cellOfFirstMember(page, members)
  await members.addMember({ fullName: name, cell, admissionDate: '05/05/1995', officialDate: '05/05/1996' })
  await members.search('dinh van khach')
  await members.memberLink(name).click()
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()

  await recordStay(page, 'Chuyển sinh hoạt đến', cell)
  await expect(page.getByText(/sinh hoạt tạm thời tại Đảng bộ, không tính vào đảng số/)).toBeVisible()

  await cells.open()
  await expect(meta).toContainText('trong đó 1 sinh hoạt tạm thời, không tính vào đảng số')
  await expect(page.getByRole('columnheader', { name: 'Trong đó sinh hoạt tạm thời' })).toBeVisible()

  // The member list tags him beside his status, so he does not pass for one of the cell's own.
  await members.open()
  await members.search('dinh van khach')
  const row = members.list().getByRole('row').filter({ hasText: name })
  await expect(row.getByRole('cell').last()).toHaveText(/Chính thức\s*Tạm thời/)
})

/** The cell of the first member the list shows (the sample ward's cells are made by the app). */
async function cellOfFirstMember(page: Page, members: MembersPage): Promise<string> {
  const first = members.list().getByRole('row').nth(1)
  const cellName = await first
    .getByRole('cell')
    .filter({ hasText: /^Chi bộ / })
    .first()
    .innerText()
  await expect(page.getByRole('heading', { level: 1, name: 'Đảng viên' })).toBeVisible()
  return cellName.trim()
}
