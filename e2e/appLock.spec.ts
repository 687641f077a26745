import { test, expect, type Page } from '@playwright/test'
import { chooseOption } from './pages/AppShell'
import { MeetingsPage } from './pages/MeetingsPage'
import { MembersPage } from './pages/MembersPage'
import { SettingsPage } from './pages/SettingsPage'

const PASSPHRASE = 'khoa123456'

/** The demo ward, the lock turned on, and the member list open: what a passer-by would find. */
async function lockedOverMemberList(page: Page): Promise<string> {
  const settings = new SettingsPage(page)
  await settings.loadSampleWard()
  await settings.openAppLockTab()
  await settings.turnOnAppLock(PASSPHRASE)
  await page.getByRole('button', { name: 'Khóa ngay' }).click()
  await unlock(page)

  const members = new MembersPage(page)
  await members.open()
  const firstName = (await members.list().getByRole('link').first().textContent())!.trim()
  expect(firstName.length).toBeGreaterThan(3)
  await page.reload()
  await expect(lockScreen(page)).toBeVisible()
  return firstName
}

/** Cài đặt › Khóa ứng dụng with the lock just turned on, the page's clock under the test's control. */
async function lockTurnedOnWithClock(page: Page): Promise<void> {
  await page.clock.install()
  const settings = new SettingsPage(page)
  await settings.open()
  await settings.openAppLockTab()
  await settings.turnOnAppLock(PASSPHRASE)
}

const lockScreen = (page: Page) => page.getByRole('dialog', { name: 'Sổ Chi bộ đang khóa' })

async function unlock(page: Page) {
  const lock = lockScreen(page)
  await expect(lock).toBeVisible()
  await lock.getByLabel('Mật khẩu mở khóa').fill(PASSPHRASE)
  await lock.getByRole('button', { name: 'Mở khóa' }).click()
  await expect(lock).toHaveCount(0)
}

test('while locked, Tab cycles only within the lock screen and no export can be reached', async ({
  page
}) => {
  await lockedOverMemberList(page)
  const lock = lockScreen(page)
  await page.screenshot({ path: 'test-results/lock-screen.png' })
  await expect(page.getByRole('button', { name: 'Xuất Excel' })).toHaveCount(0)
  await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toHaveCount(0)

  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press(key)
      const inside = await lock.evaluate((el) => el.contains(document.activeElement))
      expect(inside, `${key} ×${i + 1} keeps focus in the lock screen`).toBe(true)
    }
  }
  // Enter on whatever has focus never exports anything.
  let downloaded = false
  page.on('download', () => (downloaded = true))
  await page.keyboard.press('Enter')
  expect(downloaded).toBe(false)

  await unlock(page)
  await expect(page.getByRole('button', { name: 'Xuất Excel' })).toBeVisible()
})

test('while locked, Ctrl+A selects no member data', async ({ page }) => {
  const name = await lockedOverMemberList(page)
  await page.locator('body').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('Control+A')
  const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '')
  expect(selected).not.toContain(name)
  expect(selected).not.toMatch(/\d{12}/)
  const pageText = await page.evaluate(() => document.body.innerText)
  expect(pageText).not.toContain(name)

  await unlock(page)
  await expect(new MembersPage(page).memberLink(name)).toBeVisible()
})

test('the app locks itself after the chosen idle minutes', async ({ page }) => {
  await page.clock.install()
  const settings = new SettingsPage(page)
  await settings.open()
  await settings.openAppLockTab()
  // Offered before the lock is on: it locks itself after 10 idle minutes unless told otherwise.
  await expect(settings.appLockPanel()).toContainText('Sau 10 phút không dùng')
  await settings.turnOnAppLock(PASSPHRASE)

  await page.clock.runFor('09:00')
  await expect(lockScreen(page)).toHaveCount(0)
  await page.clock.runFor('01:30')
  await expect(lockScreen(page)).toBeVisible()
  await unlock(page)
  await settings.shell.goTo('Đảng viên')
})

test('the idle minutes can be changed while the lock is on', async ({ page }) => {
  await lockTurnedOnWithClock(page)
  await chooseOption(page, 'Tự khóa', 'Sau 5 phút không dùng')
  await expect(page.getByText('Đã lưu: khóa sau 5 phút không dùng.')).toBeVisible()

  await page.clock.runFor('04:00')
  await expect(lockScreen(page)).toHaveCount(0)
  await page.clock.runFor('01:30')
  await expect(lockScreen(page)).toBeVisible()
  await unlock(page)
})

test('after five wrong passphrases in a row the next try waits, even with the right one', async ({
  page
}) => {
  await lockTurnedOnWithClock(page)
  await page.getByRole('button', { name: 'Khóa ngay' }).click()

  const lock = lockScreen(page)
  const field = lock.getByLabel('Mật khẩu mở khóa')
  for (let i = 1; i <= 5; i++) {
    await field.fill(`sai-${i}`)
    await lock.getByRole('button', { name: 'Mở khóa' }).click()
    await expect(
      lock.getByText(i < 5 ? 'Mật khẩu không đúng. Hãy nhập lại.' : /Hãy chờ 30 giây/)
    ).toBeVisible()
  }
  // During the wait the right passphrase is not even checked.
  await field.fill(PASSPHRASE)
  await lock.getByRole('button', { name: 'Mở khóa' }).click()
  await expect(lock.getByText(/Đã nhập sai mật khẩu 5 lần liền\. Hãy chờ/)).toBeVisible()
  await expect(lock).toBeVisible()

  await page.clock.runFor('00:31')
  await unlock(page)
})

test('locked while minutes are half-typed: nothing of them shows, and after unlocking they are there to save', async ({
  page
}) => {
  await page.clock.install()
  const settings = new SettingsPage(page)
  await settings.loadSampleWard()
  await settings.openAppLockTab()
  await settings.turnOnAppLock(PASSPHRASE)
  await settings.shell.goTo('Sinh hoạt chi bộ')
  const meetings = new MeetingsPage(page)
  await meetings.startNewMeeting()
  await meetings.chooseCell()
  const place = 'Hội trường nhà văn hóa khu phố'
  await meetings.fill('Địa điểm', place)

  // Ten idle minutes: the lock screen covers the half-typed minutes, which stay out of reach.
  await page.clock.runFor('10:30')
  const lock = lockScreen(page)
  await expect(lock).toBeVisible()
  await page.keyboard.press('Control+A')
  expect(await page.evaluate(() => window.getSelection()?.toString() ?? '')).not.toContain(place)
  expect(await page.evaluate(() => document.body.innerText)).not.toContain(place)
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab')
    expect(await lock.evaluate((el) => el.contains(document.activeElement))).toBe(true)
  }

  await unlock(page)
  await expect(page.getByLabel('Địa điểm', { exact: true })).toHaveValue(place)
})
