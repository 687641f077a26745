import { describe, expect, it } from 'vitest'
import { useTestDb } from '../testing/testDb'
import { settingsRepository } from './settingsRepository'
import { EMPTY_SETTINGS } from '@renderer/domain/settings'
import { SETTINGS } from '@renderer/testing/factories'
import { StaleRecordError } from '@renderer/domain/staleRecord'
import { getDb } from '../database'

useTestDb()

describe('settingsRepository', () => {
  it('returns empty defaults before anything is saved', async () => {
    const s = await settingsRepository.get()
    expect(s.issuingBody).toBe('')
    expect(s.signerRole).toBe('T/M ĐẢNG ỦY')
  })

  it('persists what the clerk saved', async () => {
    await settingsRepository.save({
      ...EMPTY_SETTINGS,
      issuingBody: 'ĐẢNG ỦY PHƯỜNG TRƯỜNG SƠN',
      placeName: 'Trường Sơn'
    })
    const s = await settingsRepository.get()
    expect(s.issuingBody).toBe('ĐẢNG ỦY PHƯỜNG TRƯỜNG SƠN')
    expect(s.placeName).toBe('Trường Sơn')
    expect(s.updatedAt).not.toBe('')
  })
})

// docs/design.md §8: a save over a record another window changed is shown to the clerk first, and
// every change is in the audit log, before → after, in Vietnamese. The names in Cài đặt are printed
// on every document sent up (§7): who changed the signer, and when, must be said.
describe('settingsRepository.save: another window’s change is never undone silently, every change is logged', () => {
  /** Every field filled, as the document tests' settings (testing/factories). */
  const FILLED = { ...EMPTY_SETTINGS, ...SETTINGS }

  it('refuses a save from a window that opened the settings before another window saved them', async () => {
    const first = await settingsRepository.save(FILLED, null)
    // Two windows open Cài đặt on the same version.
    const a = await settingsRepository.get()
    const b = await settingsRepository.get()
    await settingsRepository.save({ ...b, signerName: 'Trần Văn Cường' }, b.updatedAt)
    const error = await settingsRepository.save({ ...a, placeName: 'Phường Trường Sơn' }, a.updatedAt).then(
      () => null,
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(StaleRecordError)
    expect((error as StaleRecordError).userMessage).toBe(
      'Cài đặt đã được sửa ở cửa sổ khác sau khi bạn mở. Thay đổi của bạn chưa được lưu để không ghi đè lên thay đổi kia.'
    )
    expect(await settingsRepository.get()).toMatchObject({
      signerName: 'Trần Văn Cường',
      placeName: 'Trường Sơn'
    })
    expect(first.updatedAt).not.toBe('')
  })

  it('refuses a first save when another window saved the settings first', async () => {
    const never = await settingsRepository.get()
    expect(never.updatedAt).toBe('')
    await settingsRepository.save(FILLED, null)
    await expect(settingsRepository.save({ ...FILLED, signerName: 'X' }, null)).rejects.toBeInstanceOf(
      StaleRecordError
    )
    expect((await settingsRepository.get()).signerName).toBe('Lê Văn Bình')
  })

  it('logs what changed, before → after, naming each field as the form does', async () => {
    const saved = await settingsRepository.save(FILLED, null)
    await settingsRepository.save(
      { ...FILLED, signerName: 'Trần Văn Cường', placeName: 'Quảng Hưng' },
      saved.updatedAt
    )
    const log = await getDb().auditLog.toArray()
    expect(log.map((e) => [e.entity, e.action, e.summary])).toEqual([
      ['settings', 'create', 'Lưu cài đặt lần đầu'],
      [
        'settings',
        'update',
        'Sửa cài đặt: Địa danh (ghi ở dòng ngày tháng): “Trường Sơn” → “Quảng Hưng”; Họ tên người ký: “Lê Văn Bình” → “Trần Văn Cường”'
      ]
    ])
  })

  it('a save that changes nothing writes no log line', async () => {
    const saved = await settingsRepository.save(FILLED, null)
    await settingsRepository.save(FILLED, saved.updatedAt)
    expect(await getDb().auditLog.count()).toBe(1)
  })
})
