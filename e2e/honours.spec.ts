import { NEXT_YEAR, expect, test } from './fixtures'
import { AppShell, chooseOption } from './pages/AppShell'
import { downloadFrom } from './pages/common'
import { readWorkbook } from './pages/workbook'

// Party badge candidates of the sample ward for the next 3/2 ceremony: record a decision, see it
// kept in the list with its number, export the list and read it back.
test('record a Huy hiệu Đảng decision and export the candidates list', async ({ sampleWard: page }) => {
  const shell = new AppShell(page)
  await shell.goTo('Khen thưởng')
  await page.getByRole('tab', { name: 'Huy hiệu Đảng' }).click()
  const ceremony = `${NEXT_YEAR}-02-03`
  await chooseOption(page, 'Đợt trao Huy hiệu', new RegExp(`^03/02/${ceremony.slice(0, 4)}`))

  const record = page.getByRole('button', { name: /^Ghi quyết định Huy hiệu / }).first()
  const name = ((await record.getAttribute('aria-label')) ?? '').replace('Ghi quyết định Huy hiệu ', '')
  expect(name).not.toBe('')
  await record.click()
  const dialog = page.getByRole('dialog', { name: 'Quyết định tặng Huy hiệu Đảng' })
  await dialog.getByRole('button', { name: 'Lưu quyết định' }).click()
  await expect(dialog.getByText('Nhập số quyết định.')).toBeVisible()
  await dialog.getByLabel('Số quyết định').fill('12-QĐ/TU')
  // The ceremony is still to come: a decision dated on it is not one that has been issued.
  const date = dialog.getByLabel('Ngày quyết định')
  await date.fill(`03/02/${ceremony.slice(0, 4)}`)
  await date.press('Tab')
  await dialog.getByRole('button', { name: 'Lưu quyết định' }).click()
  await expect(dialog.getByText(/sau ngày hôm nay/)).toBeVisible()
  const today = await page.evaluate(() => new Date().toLocaleDateString('en-GB'))
  await date.fill(today)
  await date.press('Tab')
  await dialog.getByRole('button', { name: 'Lưu quyết định' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('row').filter({ hasText: name })).toContainText(
    `Đã có quyết định 12-QĐ/TU ngày ${today}`
  )

  // Opened again, the dialog shows what was recorded; another number replaces it only when asked.
  await record.click()
  await expect(dialog.getByLabel('Số quyết định')).toHaveValue('12-QĐ/TU')
  await dialog.getByLabel('Số quyết định').fill('13-QĐ/TU')
  await dialog.getByRole('button', { name: 'Lưu quyết định' }).click()
  const replace = page.getByRole('dialog', { name: 'Thay quyết định đã ghi' })
  await expect(replace).toContainText('đã có quyết định 12-QĐ/TU')
  await replace.getByRole('button', { name: 'Thay quyết định' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('row').filter({ hasText: name })).toContainText(
    `Đã có quyết định 13-QĐ/TU ngày ${today}`
  )

  const file = await downloadFrom(page, page.getByRole('button', { name: 'Xuất danh sách đề nghị Huy hiệu' }))
  const ws = (await readWorkbook(file)).worksheets[0]
  expect(ws.getCell('A6').text).toBe('DANH SÁCH')
  expect(ws.getCell('A7').text).toBe(`Đảng viên đề nghị tặng Huy hiệu Đảng đợt 03/02/${ceremony.slice(0, 4)}`)
  const names: string[] = []
  ws.eachRow((row) => names.push(row.getCell(2).text))
  expect(names).toContain(name)
})

// A badge proposed at one ceremony and never decided keeps the member out of the next ceremony's
// list: the next ceremony says so, and withdrawing the proposal brings him back there.
test('a proposal left undecided at 3/2 is named at 19/5; withdrawn, the member is a candidate there again', async ({
  sampleWard: page
}) => {
  const shell = new AppShell(page)
  await shell.goTo('Khen thưởng')
  await page.getByRole('tab', { name: 'Huy hiệu Đảng' }).click()
  await chooseOption(page, 'Đợt trao Huy hiệu', new RegExp(`^03/02/${NEXT_YEAR}`))
  const propose = page.getByRole('button', { name: /^Đề nghị Huy hiệu / }).first()
  const name = ((await propose.getAttribute('aria-label')) ?? '').replace('Đề nghị Huy hiệu ', '')
  expect(name).not.toBe('')
  await propose.click()
  await expect(page.getByRole('button', { name: `Ghi quyết định Huy hiệu ${name}` })).toBeVisible()

  await chooseOption(page, 'Đợt trao Huy hiệu', new RegExp(`^19/05/${NEXT_YEAR}`))
  const pending = page.getByRole('region', { name: 'Đề nghị từ đợt trước chưa có quyết định' })
  await expect(pending.getByRole('row').filter({ hasText: name })).toContainText(`03/02/${NEXT_YEAR}`)
  await expect(page.getByText(/^Đề nghị từ đợt trước chưa có quyết định: /)).toContainText(name)

  await pending.getByRole('button', { name: `Bỏ đề nghị Huy hiệu ${name}` }).click()
  const confirm = page.getByRole('dialog', { name: 'Bỏ đề nghị Huy hiệu' })
  await confirm.getByRole('button', { name: 'Bỏ đề nghị' }).click()
  await expect(pending).toBeHidden()
  // Back among the ceremony's candidates, not proposed.
  await expect(page.getByRole('row').filter({ hasText: name }).first()).toContainText('Chưa đề nghị')
})

// "Đề nghị" clicked by mistake is taken back on the same list, after a confirmation: for a year's
// commendation and for a badge of the ceremony being viewed.
test('a proposal made by mistake is withdrawn on the list it was made on', async ({ sampleWard: page }) => {
  const shell = new AppShell(page)
  await shell.goTo('Khen thưởng')
  // Last year's committee decisions make this year's candidates in the sample ward.
  await chooseOption(page, 'Năm khen thưởng', String(new Date().getFullYear() - 1))
  for (const [tab, what] of [
    ['Khen thưởng theo năm', 'khen thưởng'],
    ['Huy hiệu Đảng', 'Huy hiệu']
  ] as const) {
    await page.getByRole('tab', { name: tab }).click()
    const propose = page.getByRole('button', { name: new RegExp(`^Đề nghị ${what} `) }).first()
    const name = ((await propose.getAttribute('aria-label')) ?? '').replace(`Đề nghị ${what} `, '')
    expect(name).not.toBe('')
    await propose.click()
    const row = page.getByRole('row').filter({ hasText: name }).first()
    await expect(row).toContainText('Đã đề nghị')

    await page.getByRole('button', { name: `Bỏ đề nghị ${what} ${name}` }).click()
    const confirm = page.getByRole('dialog', {
      name: `Bỏ đề nghị ${what === 'Huy hiệu' ? 'Huy hiệu' : 'khen thưởng'}`
    })
    await confirm.getByRole('button', { name: 'Bỏ đề nghị' }).click()
    await expect(row).toContainText('Chưa đề nghị')
    await expect(page.getByRole('button', { name: `Đề nghị ${what} ${name}` })).toBeVisible()
  }
})
