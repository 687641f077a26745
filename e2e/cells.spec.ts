import { test, expect } from '@playwright/test'
import { newWard } from './pages/ward'

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
  await cells.mergeIntoNew(['Chi bộ Tổ dân phố 1', 'Chi bộ Tổ dân phố 2'], 'Chi bộ Tổ dân phố 1-2')
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
})
