import { test, expect } from './fixtures'
import { createHash } from 'node:crypto'
import { gunzipSync, gzipSync } from 'node:zlib'
import { AppShell } from './pages/AppShell'
import { BackupPage } from './pages/BackupPage'
import { MembersPage } from './pages/MembersPage'
import { SettingsPage } from './pages/SettingsPage'

test('restoring a file that would remove most of the data says so and asks for the number to be typed', async ({
  page
}) => {
  const shell = new AppShell(page)
  await shell.open()
  const backup = new BackupPage(page)
  await backup.open()
  const empty = await backup.backupNow()

  const settings = new SettingsPage(page)
  await shell.goTo('Cài đặt')
  await settings.openDemoTab()
  await settings.loadDemoData()
  const members = new MembersPage(page)
  await members.open()
  // The count is read once the list has loaded the sample ward (it shows 0 for a moment before).
  await expect(members.count()).not.toHaveText(/^0 đảng viên/)
  const listed = (await members.count().textContent())!.trim()

  await backup.open()
  await backup.pickFile(empty.name, empty.bytes)
  const preview = backup.preview()
  const loss = preview.getByRole('alert').filter({ hasText: 'sẽ xóa phần lớn dữ liệu' })
  await expect(loss).toContainText('Đảng viên: máy đang có 600, tệp chỉ có 0 — sẽ mất 600')
  // A plain file: the screen says what its checksum can and cannot detect.
  await expect(preview).toContainText('không phát hiện được tệp bị người khác cố ý sửa')

  await page.getByRole('button', { name: 'Khôi phục dữ liệu này' }).click()
  const ask = page.getByRole('dialog', { name: 'Khôi phục sẽ xóa phần lớn dữ liệu' })
  await expect(ask).toContainText('Đảng viên: máy đang có 600, tệp chỉ có 0 — sẽ mất 600')
  await ask.getByRole('textbox').fill('60')
  await ask.getByRole('button', { name: 'Tôi hiểu, tiếp tục' }).click()
  await expect(ask).toContainText('Hãy gõ đúng số 600.')
  await page.screenshot({ path: 'test-results/restore-loss.png' })
  await ask.getByRole('button', { name: 'Hủy' }).click()
  await expect(ask).toBeHidden()
  await expect(page.getByRole('dialog', { name: 'Khôi phục dữ liệu?' })).toHaveCount(0)

  // Cancelled: the members are still there.
  await members.open()
  await expect(members.count()).toHaveText(listed)

  // Typed right, the restore goes on to its usual confirmation.
  await backup.open()
  await backup.pickFile(empty.name, empty.bytes)
  await page.getByRole('button', { name: 'Khôi phục dữ liệu này' }).click()
  await ask.getByRole('textbox').fill('600')
  await ask.getByRole('button', { name: 'Tôi hiểu, tiếp tục' }).click()
  const confirm = page.getByRole('dialog', { name: 'Khôi phục dữ liệu?' })
  await expect(confirm).toBeVisible()
  await confirm.getByRole('button', { name: 'Khôi phục' }).click()
  const done = page.getByRole('dialog', { name: 'Khôi phục thành công' })
  await expect(done).toBeVisible({ timeout: 30_000 })
  await done.getByRole('button', { name: 'Đồng ý' }).click()
  await shell.open()
  await members.open()
  await expect(page.getByText(listed)).toHaveCount(0)
})

/**
 * A plain backup rewritten outside the app, with its checksum recomputed as anyone could: the
 * envelope is "SCBKFILE", the header's length (4 bytes), the header (JSON), the gzip payload.
 */
function forged(file: Buffer, edit: (json: string) => string): Buffer {
  const headerLength = file.readUInt32BE(8)
  const header = JSON.parse(file.subarray(12, 12 + headerLength).toString('utf8'))
  const json = gunzipSync(file.subarray(12 + headerLength)).toString('utf8')
  const edited = edit(json)
  expect(edited).not.toBe(json)
  const payload = gzipSync(Buffer.from(edited, 'utf8'))
  header.payload = {
    ...header.payload,
    byteLength: payload.length,
    sha256: createHash('sha256').update(payload).digest('hex')
  }
  const head = Buffer.from(JSON.stringify(header), 'utf8')
  const length = Buffer.alloc(4)
  length.writeUInt32BE(head.length)
  return Buffer.concat([file.subarray(0, 8), length, head, payload])
}

test('a plain backup edited outside the app, checksum and all, is refused by the record it broke; nothing changes', async ({
  sampleWard: page
}) => {
  const backup = new BackupPage(page)
  await backup.open()
  const file = await backup.backupNow()

  // Someone opens the file and types a birth date no calendar has into the first member's record.
  let name = ''
  const edited = forged(file.bytes, (json) =>
    json.replace(/("fullName":"([^"]+)"[^}]*?"birthDate":")[^"]*/, (_all, head: string, fullName: string) => {
      name = fullName
      return `${head}ngày rằm`
    })
  )
  await backup.pickFile(file.name, edited)
  await expect(backup.errorAlert()).toContainText('Tệp sao lưu có bản ghi sai dạng')
  await expect(backup.errorAlert()).toContainText(`Đảng viên “${name}”: ngày sinh “ngày rằm” không hợp lệ.`)
  await expect(backup.preview()).toHaveCount(0)
  await page.screenshot({ path: 'test-results/restore-misshapen.png' })

  // The member's record on this PC is as it was.
  const members = new MembersPage(page)
  await members.open()
  await members.search(name)
  await expect(page.getByRole('link', { name })).toBeVisible()
})
