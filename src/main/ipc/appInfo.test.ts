import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => import('../testing/fakeElectron').then((m) => m.electronModule))

import { fake } from '../testing/fakeElectron'
import { getAppInfo } from './appInfo'

describe('getAppInfo', () => {
  it('reports the product name, version, platform and backup folder', () => {
    fake.state.paths = { userData: join('/data', 'Sổ Chi bộ') }
    fake.state.version = '0.9.0'
    expect(getAppInfo()).toEqual({
      name: 'Sổ Chi bộ',
      version: '0.9.0',
      platform: process.platform,
      backupFolder: join('/data', 'Sổ Chi bộ', 'backups'),
      isDesktop: true
    })
  })
})
