import { test, expect } from '@playwright/test'
import { newWard } from './pages/ward'
import { chooseOption, openSelect } from './pages/AppShell'
import { openDialog } from './pages/common'
import { MeetingsPage } from './pages/MeetingsPage'

test('two cells are merged into a new one; members move and the old cells stay readable', async ({
  page
}) => {
  const { cells, members } = await newWard(
    page,
    ['Chi bộ Tổ dân phố 1', 'Chi bộ Tổ dân phố 2'],
    [
      {
        fullName: 'Phạm Văn Cường',
        birthDate: '1/1/1970',
        cell: 'Chi bộ Tổ dân phố 1',
        admissionDate: '1/1/2000',
        officialDate: '1/1/2001'
      },
      {
        fullName: 'Hoàng Thị Mai',
        gender: 'Nữ',
        birthDate: '1/1/1980',
        cell: 'Chi bộ Tổ dân phố 2',
        admissionDate: '1/1/2010',
        officialDate: '1/1/2011'
      }
    ]
  )

  await cells.open()
  await expect(cells.row('Chi bộ Tổ dân phố 1')).toContainText('1')
  await cells.mergeIntoNew(['Chi bộ Tổ dân phố 1', 'Chi bộ Tổ dân phố 2'], 'Chi bộ Tổ dân phố 1-2', 2)
  await expect(cells.row('Chi bộ Tổ dân phố 1-2')).toBeVisible()
  await expect(page.getByRole('row').filter({ hasText: 'Chi bộ Tổ dân phố 1Khu' })).toBeHidden()

  await page.getByText('Hiện 2 chi bộ đã giải thể / hợp nhất').click()
  await expect(cells.row('Chi bộ Tổ dân phố 2')).toContainText('Đã hợp nhất vào Chi bộ Tổ dân phố 1-2')

  await members.open()
  await members.memberLink('Hoàng Thị Mai').click()
  await expect(page.getByRole('region', { name: 'Quá trình', exact: true })).toContainText(
    'Chuyển chi bộ trong Đảng bộ'
  )
  await expect(page.getByRole('region', { name: 'Quá trình', exact: true })).toContainText(
    'từ Chi bộ Tổ dân phố 2 sang Chi bộ Tổ dân phố 1-2'
  )

  // A meeting of a merged cell from the merge day on is the new cell's: refused, naming it.
  const meetings = new MeetingsPage(page)
  await meetings.open()
  await meetings.startNewMeeting()
  await meetings.chooseCell('Chi bộ Tổ dân phố 2')
  const today = await page.evaluate(() => new Date().toLocaleDateString('en-GB'))
  await meetings.fillDate(today)
  await page.getByRole('button', { name: 'Lưu biên bản' }).first().click()
  await expect(
    page.getByText(
      `Chi bộ Tổ dân phố 2 đã hợp nhất vào Chi bộ Tổ dân phố 1-2 ngày ${today}: buổi sinh hoạt từ ngày này ghi cho Chi bộ Tổ dân phố 1-2.`
    )
  ).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: 'Ghi sinh hoạt' })).toBeVisible()
})

test('a secretary who has died is not shown as the sitting one without a word; Sửa chi bộ names him', async ({
  page
}) => {
  const cell = 'Chi bộ Tổ dân phố 5'
  const name = 'Phạm Văn Cường'
  const { cells, members } = await newWard(
    page,
    [cell],
    [{ fullName: name, cell, admissionDate: '1/1/2000', officialDate: '1/1/2001' }]
  )
  await cells.open()
  let form = await openDialog(page, `Sửa ${cell}`, 'Sửa chi bộ')
  await form.getByRole('button', { name: '+ Bí thư' }).click()
  await (await openSelect(page, 'Đồng chí dòng 1')).getByRole('option', { name }).click()
  await form.getByRole('button', { name: 'Lưu chi bộ' }).click()
  await expect(page.getByText(`Đã lưu ${cell}.`)).toBeVisible()
  await expect(cells.row(cell)).toContainText(name)

  await members.open()
  await members.memberLink(name).click()
  await chooseOption(page, 'Loại sự kiện', 'Từ trần')
  const date = page.getByRole('region', { name: 'Thêm sự kiện' }).getByLabel('Ngày sự kiện')
  await date.fill('01/03/2026')
  await date.press('Tab')
  await page.getByRole('button', { name: 'Ghi sự kiện' }).click()
  await expect(page.getByText('Đã ghi: Từ trần ngày 01/03/2026.')).toBeVisible()

  await cells.open()
  await expect(cells.row(cell)).toContainText(`${name} (từ trần — cập nhật chi ủy)`)
  form = await openDialog(page, `Sửa ${cell}`, 'Sửa chi bộ')
  await expect(form).toContainText(`${name} (từ trần — cập nhật chi ủy)`)
})
