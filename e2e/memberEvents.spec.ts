// "Thêm sự kiện" checks a new event against the member's history, as a clerk meets it: an event the
// history makes impossible is refused at its date, and nothing is recorded.
import type { Locator, Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { chooseOption, settleAnimations } from './pages/AppShell'
import { MembersPage } from './pages/MembersPage'
import { openDialog } from './pages/common'

const NAME = 'Cao Văn Sử'

/** Adds a member admitted 01/01/2010 to Khu phố 1 and opens his record; returns its "Quá trình". */
async function openNewMember(page: Page): Promise<Locator> {
  const members = new MembersPage(page)
  await members.open()
  await members.addMember({ fullName: NAME, cell: 'Chi bộ Khu phố 1', admissionDate: '01/01/2010' })
  await members.search('cao van su')
  await members.memberLink(NAME).click()
  await expect(page.getByRole('heading', { level: 1, name: NAME })).toBeVisible()
  const history = page.getByRole('region', { name: 'Quá trình' })
  await expect(history.getByText('Kết nạp vào Đảng')).toBeVisible()
  return history
}

async function recordEvent(page: Page, type: string, date: string): Promise<void> {
  const form = page.getByRole('region', { name: 'Thêm sự kiện' })
  await chooseOption(page, 'Loại sự kiện', type)
  const field = form.getByLabel('Ngày sự kiện')
  await field.fill(date)
  await field.press('Tab')
  await form.getByRole('button', { name: 'Ghi sự kiện' }).click()
}

test('an event before the admission, or after a death, is refused at its date and nothing is recorded', async ({
  sampleWard: page
}) => {
  const history = await openNewMember(page)

  await recordEvent(page, 'Nghỉ ốm dài ngày', '01/01/2005')
  await expect(page.getByText(/^Trước ngày vào Đảng \(01\/01\/2010\)/)).toBeVisible()
  await expect(history.getByText('Nghỉ ốm dài ngày')).toHaveCount(0)

  await recordEvent(page, 'Từ trần', '01/03/2026')
  await expect(page.getByText('Đã ghi: Từ trần ngày 01/03/2026.')).toBeVisible()
  await settleAnimations(page)

  await recordEvent(page, 'Chuyển sinh hoạt đi', '01/04/2026')
  await expect(
    page.getByText('Đồng chí đã từ trần ngày 01/03/2026: không ghi được sự kiện sau ngày này.')
  ).toBeVisible()
  await expect(history.getByText('Chuyển sinh hoạt đi')).toHaveCount(0)
  await expect(history.getByText('Từ trần')).toBeVisible()
})

test('another cell chosen in "Sửa hồ sơ" is said to be a move dated today, and the history records it', async ({
  sampleWard: page
}) => {
  const history = await openNewMember(page)

  const dialog = await openDialog(page, 'Sửa hồ sơ', 'Sửa hồ sơ đảng viên')
  await chooseOption(page, 'Chi bộ', 'Chi bộ Khu phố 2')
  await expect(dialog.getByRole('note')).toContainText(
    'Đổi chi bộ được ghi là sự kiện “Chuyển chi bộ trong Đảng bộ”'
  )
  await dialog.getByRole('button', { name: 'Lưu hồ sơ' }).click()
  await expect(page.getByText('Đã lưu hồ sơ.')).toBeVisible()
  await expect(history.getByText('Chuyển chi bộ trong Đảng bộ')).toBeVisible()
  await expect(page.getByRole('region', { name: 'Hồ sơ' })).toContainText('Chi bộ Khu phố 2')
})

test('a cell typed wrong is corrected in "Sửa hồ sơ" without recording a move', async ({
  sampleWard: page
}) => {
  const history = await openNewMember(page)
  const dialog = await openDialog(page, 'Sửa hồ sơ', 'Sửa hồ sơ đảng viên')
  await chooseOption(page, 'Chi bộ', 'Chi bộ Khu phố 2')
  // As a person does: a click on the choice's words (Element Plus draws its own circle over the radio).
  await dialog.getByText('Chi bộ cũ ghi nhầm: sửa lại từ đầu').click()
  await expect(dialog.getByRole('radio', { name: 'Chi bộ cũ ghi nhầm: sửa lại từ đầu' })).toBeChecked()
  await expect(dialog.getByRole('note')).toContainText('Sửa chi bộ ghi nhầm')
  await dialog.getByRole('button', { name: 'Lưu hồ sơ' }).click()
  await expect(page.getByText('Đã lưu hồ sơ.')).toBeVisible()
  await expect(history).toContainText('tại Chi bộ Khu phố 2')
  await expect(history.getByText('Chuyển chi bộ trong Đảng bộ')).toHaveCount(0)
})

test('a kỷ luật khai trừ is recorded as the expulsion: the form says so and the member leaves the đảng số', async ({
  sampleWard: page
}) => {
  const history = await openNewMember(page)
  const form = page.getByRole('region', { name: 'Thêm sự kiện' })
  await chooseOption(page, 'Loại sự kiện', 'Kỷ luật')
  await chooseOption(page, 'Hình thức kỷ luật', 'Khai trừ')
  await expect(form.getByRole('note')).toContainText('sự kiện được ghi là “Khai trừ”')
  const field = form.getByLabel('Ngày sự kiện')
  await field.fill('01/03/2026')
  await field.press('Tab')
  await form.getByRole('button', { name: 'Ghi sự kiện' }).click()
  await expect(page.getByText('Đã ghi: Khai trừ ngày 01/03/2026.')).toBeVisible()
  await expect(history.getByText('Khai trừ', { exact: true })).toBeVisible()
  // The record's status follows: he is no longer in the đảng số.
  await expect(page.getByRole('definition').filter({ hasText: 'Đã khai trừ' })).toBeVisible()
})
