import { NEXT_YEAR as YEAR, expect, test } from './fixtures'
import { RulesProfilesPanel } from './pages/RulesProfilesPanel'
import { ReviewsPage } from './pages/ReviewsPage'
import { chooseOption } from './pages/AppShell'
import { OverviewPage } from './pages/OverviewPage'

// A province asks for a 25 % quota on HTXSNV instead of QĐ 366-QĐ/TW's 20 %: the clerk copies the
// built-in profile, changes the percentage with the text it follows, and the reviews page then counts
// the ceiling with it.
// The sample ward has no reviews next year, so the clerk rates there.
const BUILT_IN = 'QĐ 366-QĐ/TW và HD 43-HD/BTCTW (từ năm 2025)'
const COPY = 'Hướng dẫn của Tỉnh ủy (HTXSNV tối đa 25 %)'
const QUOTA = 'Tỷ lệ Hoàn thành xuất sắc tối đa (% số Hoàn thành tốt)'
const ABSENCES = 'Số tháng có vắng không lý do trong năm để cảnh báo xóa tên'

test('a copy of QĐ 366 with a 25 % quota is saved, survives a reload, and sets the HTXSNV ceiling on the reviews page', async ({
  sampleWard: page
}) => {
  // Copy the built-in profile; the built-in one cannot be edited (its values are shown as text).
  const rules = new RulesProfilesPanel(page)
  await rules.open()
  await rules.view(BUILT_IN)
  await expect(rules.numberParam(QUOTA)).toHaveCount(0)
  await expect(rules.panel()).toContainText('20 %')
  await rules.copy(BUILT_IN)
  await expect(rules.numberParam(QUOTA)).toHaveValue('20')
  await rules.nameField().fill(COPY)
  await rules.setNumber(QUOTA, 25)
  await rules.setNumber(ABSENCES, 2)
  // The values now differ from QĐ 366's, whose texts the copy still cites: the form asks for the
  // province's text before it saves, so no sheet quotes "20 %" beside a count made with 25 %.
  const NEEDED = 'Giá trị đã khác bộ quy định có sẵn: ghi văn bản căn cứ của giá trị mới'
  await expect(rules.panel().getByRole('note').filter({ hasText: NEEDED })).toHaveCount(2)
  await expect(rules.sourceField(QUOTA)).toHaveValue(/QĐ 366-QĐ\/TW/)
  await rules.saveRefused()
  await expect(rules.panel().getByText(NEEDED)).toHaveCount(2)
  await rules.sourceField(QUOTA).fill('HD 05-HD/TU 2025 của Tỉnh ủy (HTXSNV không quá 25 % số HTTNV)')
  await rules.sourceField(ABSENCES).fill('HD 05-HD/TU 2025 của Tỉnh ủy (2 tháng vắng không lý do)')
  await expect(rules.panel().getByText(NEEDED)).toHaveCount(0)
  await rules.save()

  // After a reload the copy is listed beside the built-in one, with 25 %.
  await page.reload()
  await rules.open()
  await expect(rules.panel().getByRole('row').filter({ hasText: COPY })).toBeVisible()
  await expect(rules.panel().getByRole('row').filter({ hasText: BUILT_IN })).toBeVisible()
  await rules.view(COPY)
  await expect(rules.numberParam(QUOTA)).toHaveValue('25')
  await expect(rules.sourceField(QUOTA)).toHaveValue(
    'HD 05-HD/TU 2025 của Tỉnh ủy (HTXSNV không quá 25 % số HTTNV)'
  )
  await expect(rules.nameField()).toHaveValue(COPY)

  // Rate 4 members of a cell HTTNV (decisions); then compare the ceilings of the two profiles.
  const reviews = new ReviewsPage(page)
  await reviews.openCell(YEAR)
  await expect(reviews.ratingColumn('Đảng ủy quyết định').nth(3)).toBeVisible()
  await reviews.typeColumn('Đảng ủy quyết định', ['2', '2', '2', '2'])
  for (let i = 0; i < 4; i++)
    await expect(reviews.ratingColumn('Đảng ủy quyết định').nth(i)).toHaveValue('HTTNV')

  const quota = page.getByLabel('Tỷ lệ Hoàn thành xuất sắc', { exact: true })
  const chooseProfile = async (name: string) => {
    await chooseOption(page, 'Bộ quy định', name)
    await expect(page.getByText(`theo “${name}”`)).toBeVisible()
  }

  // QĐ 366: 20 % × 4 = 0.8 → at most 0.
  await chooseProfile(BUILT_IN)
  await expect(quota).toContainText('HTTNV 4')
  await expect(quota).toContainText('tối đa HTXSNV 0')
  // The province's copy: 25 % × 4 = 1 → at most 1.
  await chooseProfile(COPY)
  await expect(quota).toContainText('HTTNV 4')
  await expect(quota).toContainText('tối đa HTXSNV 1')

  // The choice is kept for the year.
  await page.reload()
  await reviews.open()
  await reviews.chooseYear(YEAR)
  await expect(page.getByText(`theo “${COPY}”`)).toBeVisible()

  // A year's profile is that year's rules on every screen. This year was reviewed under QĐ 366, so
  // Tổng quan warns from 3 months of absences; once this year is reviewed under the copy, from 2.
  const overview = new OverviewPage(page)
  const absences = overview.panel('Cảnh báo vắng sinh hoạt')
  await overview.shell.goTo('Tổng quan')
  await overview.waitForFigures()
  await expect(absences).toContainText('vắng không lý do từ 3 tháng trong năm')
  await reviews.open()
  await reviews.chooseYear(YEAR - 1)
  await chooseProfile(COPY)
  await overview.shell.goTo('Tổng quan')
  await overview.waitForFigures()
  await expect(absences).toContainText('vắng không lý do từ 2 tháng trong năm')
  // The Charter says 3 months: the panel names the text the 2 months follow.
  await expect(absences).toContainText(
    'Ngưỡng 2 tháng theo HD 05-HD/TU 2025 của Tỉnh ủy (2 tháng vắng không lý do).'
  )
})

// A copy saved by an earlier version, before the editor asked for sources: 60 minutes, still citing
// HD 42's "tối thiểu 90 phút". The review page says which values cite no text and links to the
// editor; once the province's text is written there, the warning is gone.
test('a copy saved without the sources of its changed values is flagged on the review page until they are written', async ({
  sampleWard: page
}) => {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('so-chi-bo')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const tx = open.result.transaction('rulesProfiles', 'readwrite')
          tx.objectStore('rulesProfiles').put({
            id: 'old-copy',
            name: 'Hướng dẫn tỉnh (bản cũ)',
            builtIn: 0,
            fromYear: 2025,
            toYear: null,
            basedOnId: 'qd366-2025',
            params: { meetingMinMinutes: 60 },
            sources: {},
            updatedAt: '2026-11-25T00:00:00.000Z'
          })
          tx.oncomplete = () => {
            open.result.close()
            resolve()
          }
          tx.onerror = () => reject(tx.error)
        }
      })
  )
  const reviews = new ReviewsPage(page)
  await reviews.open()
  await reviews.chooseYear(YEAR)
  const warning = page.getByRole('alert').filter({ hasText: 'chưa ghi văn bản căn cứ' })
  await expect(warning).toContainText(
    'Bộ quy định “Hướng dẫn tỉnh (bản cũ)” có 1 thông số đã sửa mà chưa ghi văn bản căn cứ: “Thời gian sinh hoạt tối thiểu (phút)”.'
  )
  await page.screenshot({ path: 'test-results/review-unsourced.png' })
  await warning.getByRole('link', { name: 'Ghi căn cứ trong Cài đặt › Quy định đánh giá' }).click()

  const rules = new RulesProfilesPanel(page)
  await expect(rules.panel()).toBeVisible()
  await rules.view('Hướng dẫn tỉnh (bản cũ)')
  const MINUTES = 'Thời gian sinh hoạt tối thiểu (phút)'
  await expect(rules.sourceField(MINUTES)).toHaveValue(/tối thiểu 90 phút/)
  await expect(
    rules.panel().getByRole('note').filter({ hasText: 'ghi văn bản căn cứ của giá trị mới' })
  ).toHaveCount(1)
  await rules
    .sourceField(MINUTES)
    .fill('HD 05-HD/TU 2025 của Tỉnh ủy (sinh hoạt thường kỳ tối thiểu 60 phút)')
  await rules.save()

  await reviews.open()
  await reviews.chooseYear(YEAR)
  await expect(page.getByText(`theo “Hướng dẫn tỉnh (bản cũ)”`)).toBeVisible()
  await expect(warning).toHaveCount(0)
})
