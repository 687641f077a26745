import { getDb } from '../database'

/** The members the clerk marked as seriously ill (Huy hiệu Đảng tặng sớm): a list of member ids. */
export const SERIOUSLY_ILL_KEY = 'honours.seriouslyIll'

/** Small app state kept beside the data (import mappings, last off-PC backup, demo flag…). */
export const metaRepository = {
  async get<T>(key: string): Promise<T | undefined> {
    return (await getDb().meta.get(key))?.value as T | undefined
  },
  async set(key: string, value: unknown): Promise<void> {
    await getDb().meta.put({ key, value })
  },
  async remove(key: string): Promise<void> {
    await getDb().meta.delete(key)
  }
}
