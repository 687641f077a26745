import type { BrowserContext, Page } from '@playwright/test'
import { NEXT_YEAR as YEAR, expect, test } from './fixtures'
import { MembersPage } from './pages/MembersPage'
import { ReviewsPage } from './pages/ReviewsPage'
import { MeetingsPage } from './pages/MeetingsPage'
import { openDialog } from './pages/common'

// Two tabs of the web build in one browser: one database, two windows editing the same records.

const openEditForm = (page: Page) => openDialog(page, 'Sửa hồ sơ', 'Sửa hồ sơ đảng viên')

/** Tab a and a new tab b on the same cell's review grid of next year. */
async function reviewsInTwoTabs(a: Page, context: BrowserContext): Promise<[ReviewsPage, ReviewsPage, Page]> {
  const b = await context.newPage()
  await b.goto('/')
  const tabs = [new ReviewsPage(a), new ReviewsPage(b)]
  for (const r of tabs) {
    await r.openCell(YEAR)
    await expect(r.ratingColumn('Đảng ủy quyết định').first()).toBeVisible()
  }
  return [tabs[0], tabs[1], b]
}

test('two tabs edit one member: the later save is refused, says why and offers the other tab’s version', async ({
  sampleWard: a,
  context
}) => {
  test.setTimeout(120_000)
  const members = new MembersPage(a)
  await members.open()
  await members.list().getByRole('link').first().click()
  await expect(a.getByRole('button', { name: 'Sửa hồ sơ' })).toBeVisible()
  const b = await context.newPage()
  await b.goto(a.url())

  const formA = await openEditForm(a)
  const formB = await openEditForm(b)
  await formA.getByLabel('Điện thoại').fill('0911222333')
  await formA.getByRole('button', { name: 'Lưu hồ sơ' }).click()
  await expect(a.getByText('Đã lưu hồ sơ.')).toBeVisible()

  await formB.getByLabel('Nơi ở hiện nay').fill('Tổ 9, khu phố 3')
  await formB.getByRole('button', { name: 'Lưu hồ sơ' }).click()
  const changed = b.getByRole('dialog', { name: 'Hồ sơ đã thay đổi' })
  await expect(changed).toContainText('đã được sửa ở cửa sổ khác sau khi bạn mở')
  await expect(b.getByText('Đã lưu hồ sơ.')).toHaveCount(0)
  await changed.getByRole('button', { name: 'Tải lại hồ sơ' }).click()
  await expect(formB.getByLabel('Điện thoại')).toHaveValue('0911222333')

  // Tab A's change is what is stored.
  await a.reload()
  const again = await openEditForm(a)
  await expect(again.getByLabel('Điện thoại')).toHaveValue('0911222333')
  await expect(again.getByLabel('Nơi ở hiện nay')).not.toHaveValue('Tổ 9, khu phố 3')
})

test('two tabs rate one member: the later save is refused and the tab shows the other’s rating', async ({
  sampleWard: a,
  context
}) => {
  test.setTimeout(120_000)
  const [reviewsA, reviewsB, b] = await reviewsInTwoTabs(a, context)

  await reviewsA.typeColumn('Đảng ủy quyết định', ['1'])
  await expect(reviewsA.ratingColumn('Đảng ủy quyết định').first()).toHaveValue('HTXSNV')
  await a.waitForTimeout(500)

  // Tab B still shows the row as it was, and sets the cell's proposal on it.
  await reviewsB.typeColumn('Chi bộ đề xuất', ['2'])
  await expect(b.getByText(/Chưa lưu: Xếp loại của .* đã được sửa ở cửa sổ khác/)).toBeVisible()
  await expect(reviewsB.ratingColumn('Đảng ủy quyết định').first()).toHaveValue('HTXSNV')
  // The refused proposal does not stay on screen as if it were saved.
  await expect(reviewsB.ratingColumn('Chi bộ đề xuất').first()).toHaveValue('')

  await a.reload()
  await reviewsA.open()
  await reviewsA.chooseYear(YEAR)
  await reviewsA.chooseCell()
  await expect(reviewsA.ratingColumn('Đảng ủy quyết định').first()).toHaveValue('HTXSNV')
})

test('a tab rates while the other is asked to lock the year: the year is not locked, the locking tab shows the new rating', async ({
  sampleWard: a,
  context
}) => {
  test.setTimeout(120_000)
  const [reviewsA, reviewsB, b] = await reviewsInTwoTabs(a, context)

  await a.getByRole('button', { name: 'Khóa kết quả năm' }).click()
  const asked = a.getByRole('dialog', { name: 'Khóa kết quả năm' })
  await expect(asked).toContainText('chưa có quyết định xếp loại của Đảng ủy')
  // While tab A's clerk reads the question, tab B records a decision.
  await reviewsB.typeColumn('Đảng ủy quyết định', ['2'])
  await expect(reviewsB.ratingColumn('Đảng ủy quyết định').first()).toHaveValue('HTTNV')
  await b.waitForTimeout(500)
  await asked.getByRole('button', { name: 'Khóa kết quả' }).click()

  await expect(
    a.getByText(/Chưa khóa được: .* đã được sửa ở cửa sổ khác sau khi bạn mở: không khóa/)
  ).toBeVisible()
  await expect(a.getByRole('button', { name: 'Khóa kết quả năm' })).toBeVisible()
  await expect(reviewsA.ratingColumn('Đảng ủy quyết định').first()).toHaveValue('HTTNV')
})

test('two tabs edit one meeting’s minutes: the later save is refused and offers the other tab’s minutes', async ({
  sampleWard: a,
  context
}) => {
  test.setTimeout(120_000)
  const meetings = new MeetingsPage(a)
  await meetings.open()
  await a
    .getByRole('button', { name: /^Mở biên bản ngày/ })
    .first()
    .click()
  await expect(a.getByRole('heading', { level: 1, name: /^Biên bản sinh hoạt ngày/ })).toBeVisible()
  const b = await context.newPage()
  await b.goto(a.url())
  await expect(b.getByRole('heading', { level: 1, name: /^Biên bản sinh hoạt ngày/ })).toBeVisible()

  await a.getByLabel('Địa điểm').fill('Nhà văn hóa tổ 7')
  await meetings.save()

  await b.getByLabel('Địa điểm').fill('Hội trường phường')
  await b.getByRole('button', { name: 'Lưu biên bản' }).first().click()
  const changed = b.getByRole('dialog', { name: 'Biên bản đã thay đổi' })
  await expect(changed).toContainText('đã được sửa ở cửa sổ khác sau khi bạn mở')
  await changed.getByRole('button', { name: 'Tải lại biên bản' }).click()
  await expect(b.getByLabel('Địa điểm')).toHaveValue('Nhà văn hóa tổ 7')

  await a.reload()
  await expect(a.getByLabel('Địa điểm')).toHaveValue('Nhà văn hóa tổ 7')
})
