import { NEXT_YEAR as YEAR, expect, test } from './fixtures'
import { ReviewsPage } from './pages/ReviewsPage'

test('shots', async ({ sampleWard: page }) => {
  test.setTimeout(120_000)
  await page.setViewportSize({ width: 1366, height: 768 })
  const reviews = new ReviewsPage(page)
  await reviews.openCell(YEAR)
  await reviews.typeColumn('Đảng ủy quyết định', ['2'])
  const name = (await reviews.ratingColumn('Đảng ủy quyết định').first().getAttribute('aria-label'))!.replace(
    'Đảng ủy quyết định – ',
    ''
  )
  await reviews.grid().getByLabel(`Không xếp loại – ${name}`).selectOption({ label: 'Vắng buổi kiểm điểm' })
  await expect(reviews.checks().getByRole('button', { name: 'Xóa mức đã ghi' })).toBeVisible()
  await page.screenshot({ path: '/tmp/shot-stray.png' })
  await reviews.checks().getByRole('button', { name: 'Xóa mức đã ghi' }).click()
  await page.waitForTimeout(400)
  await page.screenshot({ path: '/tmp/shot-stray-confirm.png' })
  await page
    .getByRole('dialog', { name: 'Xóa mức đã ghi' })
    .getByRole('button', { name: 'Xóa mức đã ghi' })
    .click()
  const col = reviews.ratingColumn('Tự xếp loại')
  const n = async (i: number) => (await col.nth(i).getAttribute('aria-label'))!.replace('Tự xếp loại – ', '')
  await reviews.pasteColumn('Tự xếp loại', [
    `1\t${await n(2)}\tHTXSNV`,
    `2\tKhông Có Ai\tHTNV`,
    `3\t${await n(1)}\tGiỏi`
  ])
  await page.waitForTimeout(400)
  await page.screenshot({ path: '/tmp/shot-paste.png' })
  await page.getByRole('button', { name: 'Khóa kết quả năm' }).click()
  await page.waitForTimeout(600)
  await page.screenshot({ path: '/tmp/shot-lock.png' })
})
