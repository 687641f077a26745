import type { Cell } from '@renderer/domain/entities'
import { getDb } from '../database'

export const cellRepository = {
  async list(): Promise<Cell[]> {
    return getDb().cells.toArray()
  },
  async get(id: string): Promise<Cell | undefined> {
    return getDb().cells.get(id)
  },
  async save(cell: Cell): Promise<Cell> {
    await getDb().cells.put(cell)
    return cell
  },
  async bulkSave(cells: Cell[]): Promise<void> {
    await getDb().cells.bulkPut(cells)
  }
}
