import { describe, expect, it } from 'vitest'
import { decodeBackupFile, encodeBackupFile, openPayload, type BackupManifest } from './envelope'
import { BackupFileError } from './errors'

const manifest: BackupManifest = {
  format: 'so-chi-bo-backup',
  formatVersion: 1,
  appVersion: '1.0.0',
  schemaVersion: 7,
  createdAt: '2026-11-21T00:00:00.000Z',
  counts: { members: 1 }
}

/** The file with its header's encryption fields rewritten (what a damaged or edited header holds). */
function withEncryption(file: Uint8Array, change: Record<string, string>): Uint8Array {
  const length = new DataView(file.buffer, file.byteOffset).getUint32(8)
  const header = JSON.parse(new TextDecoder().decode(file.subarray(12, 12 + length)))
  header.encryption = { ...header.encryption, ...change }
  const bytes = new TextEncoder().encode(JSON.stringify(header))
  const out = new Uint8Array(12 + bytes.length + file.length - 12 - length)
  out.set(file.subarray(0, 8))
  new DataView(out.buffer).setUint32(8, bytes.length)
  out.set(bytes, 12)
  out.set(file.subarray(12 + length), 12 + bytes.length)
  return out
}

describe('openPayload: an encrypted file whose header is damaged', () => {
  it.each([
    { field: 'salt', value: 'abcde' },
    { field: 'salt', value: 'A' },
    { field: 'iv', value: 'abcde' }
  ])(
    'a $field that looks like base64 but is not ($value) is refused as a damaged file, in Vietnamese',
    async ({ field, value }) => {
      const good = await encodeBackupFile({
        manifest,
        compressed: new Uint8Array([1, 2, 3]),
        passphrase: 'mật khẩu',
        iterations: 100_000
      })
      // The header's own check (a base64 pattern) lets it through; the checksum covers only the payload.
      const decoded = await decodeBackupFile(withEncryption(good, { [field]: value }), 7)
      const error = await openPayload(decoded, 'mật khẩu').catch((e: unknown) => e)
      expect(error).toBeInstanceOf(BackupFileError)
      expect((error as BackupFileError).code).toBe('corrupt')
      expect((error as BackupFileError).userMessage).toContain('Tệp sao lưu bị hỏng')
      expect((error as BackupFileError).userMessage).toContain('Dữ liệu trên máy không bị thay đổi.')
    }
  )

  it('the right passphrase still opens an untouched file', async () => {
    const file = await encodeBackupFile({
      manifest,
      compressed: new Uint8Array([1, 2, 3]),
      passphrase: 'mật khẩu',
      iterations: 100_000
    })
    expect(await openPayload(await decodeBackupFile(file, 7), 'mật khẩu')).toEqual(new Uint8Array([1, 2, 3]))
  })
})
