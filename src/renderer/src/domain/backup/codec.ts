// Byte-level building blocks of a backup file: SHA-256, gzip, AES-GCM with a PBKDF2 key, base64.
// Standard Web APIs only (WebCrypto, Compression Streams): the same code runs in Chromium, Electron
// and Node 20 (tests, benchmark). No app imports.

/** OWASP Password Storage Cheat Sheet (2023): PBKDF2-HMAC-SHA256 with at least 600,000 iterations. */
export const PBKDF2_ITERATIONS = 600_000
/** Files claiming more are refused: deriving the key would freeze the app (a hostile file). */
export const MAX_PBKDF2_ITERATIONS = 10_000_000

const subtle = (): SubtleCrypto => globalThis.crypto.subtle

/** A copy over its own ArrayBuffer: WebCrypto and Blob want exactly these bytes. */
function own(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer &&
    bytes.byteOffset === 0 &&
    bytes.byteLength === bytes.buffer.byteLength
    ? (bytes as Uint8Array<ArrayBuffer>)
    : new Uint8Array(bytes)
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await subtle().digest('SHA-256', own(bytes)))
  let hex = ''
  for (const b of digest) hex += b.toString(16).padStart(2, '0')
  return hex
}

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return globalThis.crypto.getRandomValues(new Uint8Array(length))
}

export function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  }
  return btoa(binary)
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text)
  const out = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i)
  return out
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

/** Gzips a Blob as a stream (the export is a Blob of many slices: never joined into one string). */
export async function gzip(data: Blob): Promise<Uint8Array<ArrayBuffer>> {
  return readAll(data.stream().pipeThrough(new CompressionStream('gzip')) as ReadableStream<Uint8Array>)
}

/** Throws on bytes that are not a complete gzip stream (truncated or damaged). */
export async function gunzip(bytes: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([own(bytes)]).stream().pipeThrough(new DecompressionStream('gzip'))
  return readAll(stream as ReadableStream<Uint8Array>)
}

/** A passphrase (NFC, so a typed "ễ" matches however it was composed) as PBKDF2 key material. */
function passphraseKey(passphrase: string, usage: 'deriveKey' | 'deriveBits'): Promise<CryptoKey> {
  const bytes = new TextEncoder().encode(passphrase.normalize('NFC'))
  return subtle().importKey('raw', bytes, 'PBKDF2', false, [usage])
}

/** PBKDF2-SHA-256 → an AES-GCM 256-bit key. */
export async function deriveAesKey(
  passphrase: string,
  salt: Uint8Array,
  iterations: number
): Promise<CryptoKey> {
  const material = await passphraseKey(passphrase, 'deriveKey')
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: own(salt), iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt']
  )
}

/** PBKDF2-SHA-256 → 32 raw bytes (app lock: a salted hash, never the passphrase). */
export async function pbkdf2Bytes(
  passphrase: string,
  salt: Uint8Array,
  iterations: number
): Promise<Uint8Array> {
  const material = await passphraseKey(passphrase, 'deriveBits')
  return new Uint8Array(
    await subtle().deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: own(salt), iterations }, material, 256)
  )
}

/**
 * AES-GCM with `additionalData` authenticated alongside. Decrypting rejects when the key is wrong or
 * any byte (ciphertext or additional data) was changed.
 */
export async function aesGcm(
  direction: 'encrypt' | 'decrypt',
  key: CryptoKey,
  iv: Uint8Array,
  data: Uint8Array,
  additionalData: Uint8Array
): Promise<Uint8Array<ArrayBuffer>> {
  const algorithm = { name: 'AES-GCM', iv: own(iv), additionalData: own(additionalData) }
  return new Uint8Array(await subtle()[direction](algorithm, key, own(data)))
}

/** Same length and same bytes, in time independent of where they differ. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  let diff = 0
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i]
  return diff === 0
}
