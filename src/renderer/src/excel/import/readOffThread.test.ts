import { buildRawXlsx, row, textCell } from '../testing/rawXlsx'
import { isReadCancelled, readGridsOffThread } from './readOffThread'

// Under Node there is no Worker: the same capped reader runs in place (the browser path is
// covered by e2e/hostileFiles.spec.ts).
describe('readGridsOffThread', () => {
  it('reads the grids', async () => {
    const bytes = await buildRawXlsx({ sheets: [{ sheetData: row(1, textCell('A1', 'Họ và tên')) }] })
    const [grid] = await readGridsOffThread(bytes)
    expect(grid.rows).toEqual([['Họ và tên']])
  })

  it('a read cancelled before it starts is refused as cancelled, with a Vietnamese message', async () => {
    const controller = new AbortController()
    controller.abort()
    const e = await readGridsOffThread(new Uint8Array(), controller.signal).catch((err: unknown) => err)
    expect(isReadCancelled(e)).toBe(true)
    expect((e as Error).message).toBe('Đã hủy đọc tệp.')
  })
})
