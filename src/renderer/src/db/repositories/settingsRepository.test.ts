import { describe, expect, it } from 'vitest'
import { useTestDb } from '../testing/testDb'
import { settingsRepository } from './settingsRepository'
import { EMPTY_SETTINGS } from '@renderer/domain/settings'

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
