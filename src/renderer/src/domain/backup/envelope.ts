// The backup file (.scbk, encrypted .scbk.enc): one file that holds the whole database.
//
//   bytes 0–7    magic "SCBKFILE"
//   bytes 8–11   header length N (uint32, big-endian)
//   next N       header: UTF-8 JSON (validated with zod) — manifest, payload checksum, encryption
//   the rest     payload: gzip of the dexie-export-import JSON; AES-GCM ciphertext of it when encrypted
//
// The checksum is SHA-256 over the payload bytes as stored, so a truncated or altered file is refused
// before anything is decrypted or parsed. When encrypted, the manifest is AES-GCM additional data:
// changing the counts or versions shown before a restore breaks decryption too.
import { z } from 'zod'
import {
  MAX_PBKDF2_ITERATIONS,
  PBKDF2_ITERATIONS,
  aesGcm,
  deriveAesKey,
  fromBase64,
  randomBytes,
  sha256Hex,
  toBase64
} from './codec'
import { BackupFileError } from './errors'

export const BACKUP_FORMAT = 'so-chi-bo-backup'
export const BACKUP_FORMAT_VERSION = 1
const MAGIC = new TextEncoder().encode('SCBKFILE')
const PREFIX_BYTES = MAGIC.length + 4
const MAX_HEADER_BYTES = 1024 * 1024

const base64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/)

export const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().positive(),
  appVersion: z.string().max(64),
  schemaVersion: z.number().int().positive(),
  createdAt: z.iso.datetime(),
  /** Rows per table, e.g. { members: 612, attendance: 40213, … }. */
  counts: z.record(z.string().max(64), z.number().int().nonnegative())
})

export type BackupManifest = z.infer<typeof manifestSchema>

const encryptionSchema = z.object({
  algorithm: z.literal('AES-GCM'),
  kdf: z.literal('PBKDF2-SHA-256'),
  iterations: z.number().int().min(100_000).max(MAX_PBKDF2_ITERATIONS),
  salt: base64,
  iv: base64
})

export const headerSchema = z.object({
  manifest: manifestSchema,
  payload: z.object({
    compression: z.literal('gzip'),
    byteLength: z.number().int().nonnegative(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/)
  }),
  encryption: encryptionSchema.nullable()
})

export type BackupHeader = z.infer<typeof headerSchema>

/** What the clerk can be shown about a file before it is opened (and before any passphrase). */
export interface DecodedBackupFile {
  header: BackupHeader
  /** The stored payload (a view into the file's bytes). */
  payload: Uint8Array
}

export function totalRecords(manifest: Pick<BackupManifest, 'counts'>): number {
  return Object.values(manifest.counts).reduce((a, b) => a + b, 0)
}

/** Fixed-order bytes of the manifest: AES-GCM additional data (JSON key order is not relied on). */
function manifestBytes(m: BackupManifest): Uint8Array {
  const counts = Object.entries(m.counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return new TextEncoder().encode(
    JSON.stringify([m.format, m.formatVersion, m.appVersion, m.schemaVersion, m.createdAt, counts])
  )
}

export interface EncodeOptions {
  manifest: BackupManifest
  /** gzip of the database export. */
  compressed: Uint8Array
  /** Encrypts when given (non-empty). */
  passphrase?: string
  /** Tests only may lower this; files always record what was used. */
  iterations?: number
}

export async function encodeBackupFile(options: EncodeOptions): Promise<Uint8Array> {
  const { manifest, compressed } = options
  let payload: Uint8Array = compressed
  let encryption: BackupHeader['encryption'] = null
  if (options.passphrase) {
    const iterations = options.iterations ?? PBKDF2_ITERATIONS
    const salt = randomBytes(16)
    const iv = randomBytes(12)
    const key = await deriveAesKey(options.passphrase, salt, iterations)
    payload = await aesGcm('encrypt', key, iv, compressed, manifestBytes(manifest))
    encryption = {
      algorithm: 'AES-GCM',
      kdf: 'PBKDF2-SHA-256',
      iterations,
      salt: toBase64(salt),
      iv: toBase64(iv)
    }
  }
  const header: BackupHeader = {
    manifest,
    payload: { compression: 'gzip', byteLength: payload.byteLength, sha256: await sha256Hex(payload) },
    encryption
  }
  const headerBytes = new TextEncoder().encode(JSON.stringify(header))
  const file = new Uint8Array(PREFIX_BYTES + headerBytes.byteLength + payload.byteLength)
  file.set(MAGIC, 0)
  new DataView(file.buffer).setUint32(MAGIC.length, headerBytes.byteLength, false)
  file.set(headerBytes, PREFIX_BYTES)
  file.set(payload, PREFIX_BYTES + headerBytes.byteLength)
  return file
}

/**
 * Reads the header and checks the file is whole: right magic, valid header, a format and schema
 * this app knows, the payload complete and matching its checksum. Decrypts nothing.
 */
export async function decodeBackupFile(
  bytes: Uint8Array,
  currentSchemaVersion: number
): Promise<DecodedBackupFile> {
  if (bytes.byteLength < MAGIC.length || !MAGIC.every((b, i) => bytes[i] === b)) {
    throw new BackupFileError('foreign', 'magic')
  }
  if (bytes.byteLength < PREFIX_BYTES) throw new BackupFileError('truncated', 'prefix')
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(
    MAGIC.length,
    false
  )
  if (headerLength === 0 || headerLength > MAX_HEADER_BYTES)
    throw new BackupFileError('corrupt', 'header length')
  if (bytes.byteLength < PREFIX_BYTES + headerLength) throw new BackupFileError('truncated', 'header')

  let raw: unknown
  try {
    raw = JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(
        bytes.subarray(PREFIX_BYTES, PREFIX_BYTES + headerLength)
      )
    )
  } catch (cause) {
    throw new BackupFileError('corrupt', 'header json', { cause })
  }
  // A newer format may change anything else in the header: say so rather than "corrupt".
  const version = (raw as { manifest?: { formatVersion?: unknown } } | null)?.manifest?.formatVersion
  if (typeof version === 'number' && version > BACKUP_FORMAT_VERSION)
    throw new BackupFileError('newer-format')
  const parsed = headerSchema.safeParse(raw)
  if (!parsed.success) {
    const format = (raw as { manifest?: { format?: unknown } } | null)?.manifest?.format
    throw new BackupFileError(format === BACKUP_FORMAT ? 'corrupt' : 'foreign', parsed.error.message)
  }
  const header = parsed.data
  if (header.manifest.schemaVersion > currentSchemaVersion) throw new BackupFileError('newer-schema')

  const payload = bytes.subarray(PREFIX_BYTES + headerLength)
  if (payload.byteLength < header.payload.byteLength) throw new BackupFileError('truncated', 'payload')
  if (payload.byteLength > header.payload.byteLength) throw new BackupFileError('corrupt', 'trailing bytes')
  if ((await sha256Hex(payload)) !== header.payload.sha256) throw new BackupFileError('tampered')
  return { header, payload }
}

/** The gzip bytes of the export: decrypted when the file is encrypted. */
export async function openPayload(file: DecodedBackupFile, passphrase?: string): Promise<Uint8Array> {
  const { header, payload } = file
  if (!header.encryption) return payload
  if (!passphrase) throw new BackupFileError('passphrase-required')
  const { iterations } = header.encryption
  // The header's pattern lets through text that is not base64 (a wrong length): atob throws a
  // DOMException in English. The checksum covers only the payload, so this is a damaged header.
  let salt: Uint8Array<ArrayBuffer>, iv: Uint8Array<ArrayBuffer>
  try {
    salt = fromBase64(header.encryption.salt)
    iv = fromBase64(header.encryption.iv)
  } catch (cause) {
    throw new BackupFileError('corrupt', 'salt or iv not base64', { cause })
  }
  const key = await deriveAesKey(passphrase, salt, iterations)
  try {
    return await aesGcm('decrypt', key, iv, payload, manifestBytes(header.manifest))
  } catch (cause) {
    throw new BackupFileError('wrong-passphrase', 'decrypt', { cause })
  }
}
