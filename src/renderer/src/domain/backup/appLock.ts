// App lock (optional): a passphrase asked on start and after some idle minutes. Stored as a salted
// PBKDF2-SHA-256 hash, never the passphrase. This keeps out a passer-by at the clerk's desk; it does
// NOT encrypt the data (anyone who can read the PC's disk can read IndexedDB).
import { PBKDF2_ITERATIONS, constantTimeEqual, fromBase64, pbkdf2Bytes, randomBytes, toBase64 } from './codec'

export interface AppLockRecord {
  algorithm: 'PBKDF2-SHA-256'
  iterations: number
  salt: string
  hash: string
  /** Lock again after this many minutes without keyboard or mouse; 0 = only on start. */
  idleMinutes: number
  setAt: string
}

export const MIN_LOCK_PASSPHRASE_LENGTH = 6
export const IDLE_MINUTE_CHOICES = [0, 5, 10, 15, 30, 60] as const

/** How the "Tự khóa" picker and its saved message name a choice of idle minutes. */
export function idleMinutesLabel(minutes: number): string {
  return minutes === 0 ? 'Chỉ khi mở ứng dụng' : `Sau ${minutes} phút không dùng`
}

/** Vietnamese message at the field, or null when the new passphrase can be used. */
export function validateLockPassphrase(passphrase: string, repeat: string): string | null {
  if (passphrase.trim().length < MIN_LOCK_PASSPHRASE_LENGTH)
    return `Mật khẩu cần ít nhất ${MIN_LOCK_PASSPHRASE_LENGTH} ký tự.`
  if (passphrase !== repeat) return 'Hai lần nhập mật khẩu không giống nhau.'
  return null
}

/** Wrong passphrases in a row the lock screen takes before the next try must wait. */
export const FREE_UNLOCK_TRIES = 5
const FIRST_WAIT_SECONDS = 30
const LONGEST_WAIT_SECONDS = 300

/**
 * Seconds the next try waits after `failures` wrong passphrases in a row: none for the first five,
 * then 30 s, doubling each time, at most 5 minutes. A passer-by cannot try a list of guesses; the clerk
 * who mistypes a few times is not kept out.
 */
export function unlockWaitSeconds(failures: number): number {
  if (failures < FREE_UNLOCK_TRIES) return 0
  return Math.min(LONGEST_WAIT_SECONDS, FIRST_WAIT_SECONDS * 2 ** (failures - FREE_UNLOCK_TRIES))
}

/** What the lock screen says while a try must wait. */
export function unlockWaitText(failures: number, secondsLeft: number): string {
  const minutes = Math.floor(secondsLeft / 60)
  const seconds = secondsLeft % 60
  const left = [minutes ? `${minutes} phút` : '', seconds || !minutes ? `${seconds} giây` : '']
    .filter(Boolean)
    .join(' ')
  return `Đã nhập sai mật khẩu ${failures} lần liền. Hãy chờ ${left} rồi nhập lại.`
}

export async function createLockRecord(
  passphrase: string,
  idleMinutes: number,
  now: Date = new Date(),
  iterations: number = PBKDF2_ITERATIONS
): Promise<AppLockRecord> {
  const salt = randomBytes(16)
  const hash = await pbkdf2Bytes(passphrase, salt, iterations)
  return {
    algorithm: 'PBKDF2-SHA-256',
    iterations,
    salt: toBase64(salt),
    hash: toBase64(hash),
    idleMinutes,
    setAt: now.toISOString()
  }
}

export async function verifyLockPassphrase(passphrase: string, record: AppLockRecord): Promise<boolean> {
  const hash = await pbkdf2Bytes(passphrase, fromBase64(record.salt), record.iterations)
  return constantTimeEqual(hash, fromBase64(record.hash))
}

export function isAppLockRecord(value: unknown): value is AppLockRecord {
  const v = value as AppLockRecord | null
  return (
    !!v &&
    v.algorithm === 'PBKDF2-SHA-256' &&
    typeof v.salt === 'string' &&
    typeof v.hash === 'string' &&
    Number.isInteger(v.iterations)
  )
}
