import { describe, expect, it } from 'vitest'
import { PlatformError } from '@renderer/platform'
import { useBackupFolder } from './testing/fakePlatform'
import { AUTO_BACKUPS_UNREADABLE, useAutoBackupList } from './autoBackupList'

const folder = useBackupFolder()

describe('Sao lưu tự động trên máy: the list of automatic copies', () => {
  it('lists the folder’s copies and names the folder', async () => {
    await folder.write('so-chi-bo-tu-dong-2026-12-01-0800-hang-ngay.scbk', new Uint8Array([1, 2, 3]))
    const list = useAutoBackupList()
    await list.refresh()
    expect(list.files.value.map((f) => f.name)).toEqual(['so-chi-bo-tu-dong-2026-12-01-0800-hang-ngay.scbk'])
    expect(list.folder.value).toBe('C:\\backups')
    expect(list.error.value).toBe('')
  })

  it('a folder that cannot be read says so instead of showing "no copies"; reading again clears it', async () => {
    await folder.write('so-chi-bo-tu-dong-2026-12-01-0800-hang-ngay.scbk', new Uint8Array([1]))
    const list = useAutoBackupList()
    const read = folder.list
    folder.list = async () => {
      throw new PlatformError('io', 'EACCES')
    }
    await list.refresh()
    expect(list.error.value).toBe(AUTO_BACKUPS_UNREADABLE)
    expect(list.files.value).toEqual([])
    folder.list = read
    await list.refresh()
    expect(list.error.value).toBe('')
    expect(list.files.value).toHaveLength(1)
  })
})
