import { describe, expect, it } from 'vitest'
import {
  createLockRecord,
  idleMinutesLabel,
  isAppLockRecord,
  unlockWaitSeconds,
  unlockWaitText,
  validateLockPassphrase,
  verifyLockPassphrase
} from './appLock'

describe('app lock (docs/design.md §8: a salted hash, never the passphrase)', () => {
  it('stores a salted PBKDF2 hash with 600,000 iterations and no passphrase', async () => {
    const record = await createLockRecord('bí mật 123', 10)
    expect(record).toMatchObject({ algorithm: 'PBKDF2-SHA-256', iterations: 600_000, idleMinutes: 10 })
    expect(JSON.stringify(record)).not.toContain('bí mật')
    expect(isAppLockRecord(record)).toBe(true)
    expect(await verifyLockPassphrase('bí mật 123', record)).toBe(true)
    expect(await verifyLockPassphrase('bí mật 124', record)).toBe(false)
  })

  it('the same passphrase twice gives different salts and hashes', async () => {
    const a = await createLockRecord('giống nhau', 0, new Date(), 1000)
    const b = await createLockRecord('giống nhau', 0, new Date(), 1000)
    expect(a.salt).not.toBe(b.salt)
    expect(a.hash).not.toBe(b.hash)
  })

  it('accepts the same text typed in decomposed Unicode (NFD) as composed (NFC)', async () => {
    const record = await createLockRecord('Đảng ủy', 0, new Date(), 1000)
    expect(await verifyLockPassphrase('Đảng ủy'.normalize('NFD'), record)).toBe(true)
  })

  it.each([
    { passphrase: '12345', repeat: '12345', error: 'ít nhất 6' },
    { passphrase: '123456', repeat: '123457', error: 'không giống' },
    { passphrase: '      ', repeat: '      ', error: 'ít nhất 6' },
    { passphrase: 'mật khẩu', repeat: 'mật khẩu', error: null }
  ])('validates "$passphrase" / "$repeat"', ({ passphrase, repeat, error }) => {
    const message = validateLockPassphrase(passphrase, repeat)
    if (error === null) expect(message).toBeNull()
    else expect(message).toContain(error)
  })

  it.each([
    { minutes: 0, label: 'Chỉ khi mở ứng dụng' },
    { minutes: 10, label: 'Sau 10 phút không dùng' }
  ])('names $minutes idle minutes "$label"', ({ minutes, label }) => {
    expect(idleMinutesLabel(minutes)).toBe(label)
  })
})

// docs/design.md §8: the app lock keeps a passer-by out. Unlimited quick guesses would let one in:
// after a few wrong passphrases in a row, each next try waits, longer each time.
describe('wrong passphrases in a row make the next try wait', () => {
  it.each([
    [0, 0],
    [1, 0],
    [4, 0],
    [5, 30],
    [6, 60],
    [7, 120],
    [8, 240],
    [9, 300],
    [50, 300]
  ])('%i wrong in a row → wait %i seconds', (failures, seconds) => {
    expect(unlockWaitSeconds(failures)).toBe(seconds)
  })
  it('says in Vietnamese how long to wait', () => {
    expect(unlockWaitText(5, 30)).toBe('Đã nhập sai mật khẩu 5 lần liền. Hãy chờ 30 giây rồi nhập lại.')
    expect(unlockWaitText(9, 125)).toBe(
      'Đã nhập sai mật khẩu 9 lần liền. Hãy chờ 2 phút 5 giây rồi nhập lại.'
    )
  })
})
