// "Dữ liệu mẫu": a sample ward (size S) for a first look, loaded only into an empty database,
// marked as sample data, and removed in one step.
import { generateDataset } from '@renderer/domain/demo'
import { todayIso } from '@renderer/domain/dates'
import { nowIso } from '@renderer/domain/ids'
import { datasetRepository } from '@renderer/db/repositories/datasetRepository'
import { metaRepository } from '@renderer/db/repositories/metaRepository'
import { auditRepository } from '@renderer/db/repositories/auditRepository'
import { autoBackup } from '../backup/autoBackup'
import { DEMO_META_KEY, loadDataset, type LoadProgress } from './loadDataset'

/** Always the same sample ward, so a clerk's screenshots and the guide agree. */
export const DEMO_SEED = 20261121

export interface DemoMark {
  loadedAt: string
  size: 'S'
  seed: number
  members: number
  cells: number
}

export class DemoRefusedError extends Error {
  constructor() {
    super(
      'Chỉ nạp được dữ liệu mẫu vào Sổ Chi bộ chưa có dữ liệu. Máy này đã có chi bộ, đảng viên hoặc sinh hoạt; ' +
        'dữ liệu hiện có không bị thay đổi.'
    )
    this.name = 'DemoRefusedError'
  }
}

export async function loadDemoData(
  onProgress?: (p: LoadProgress) => void,
  today = todayIso()
): Promise<DemoMark> {
  if (await datasetRepository.hasData()) throw new DemoRefusedError()
  const dataset = generateDataset('S', DEMO_SEED, today)
  // Marked first: even a half-shown load is recognisably sample data; cleared again on failure.
  const mark: DemoMark = {
    loadedAt: nowIso(),
    size: 'S',
    seed: DEMO_SEED,
    members: dataset.members.length,
    cells: dataset.cells.length
  }
  await metaRepository.set(DEMO_META_KEY, mark)
  try {
    await loadDataset(dataset, onProgress)
  } catch (e) {
    await metaRepository.remove(DEMO_META_KEY)
    throw e
  }
  return mark
}

/**
 * What the clerk changed since the sample ward was loaded: the audit log's entries after the mark,
 * saved files aside. Removing the sample data removes these too, so the confirmation says so.
 */
export async function changesSinceDemo(): Promise<number> {
  const mark = await demoMark()
  if (!mark) return 0
  const entries = await auditRepository.all({ fromAt: mark.loadedAt })
  return entries.filter((e) => e.action !== 'export').length
}

/**
 * Removes every chi bộ, đảng viên, sinh hoạt and đánh giá, and the sample-data mark. When the clerk has
 * changed things since loading it (perhaps typed a real record), a safety copy is written first
 * (desktop); if it cannot be, nothing is removed.
 */
export async function removeDemoData(changes = 0): Promise<void> {
  if (changes > 0) await autoBackup('demoClear')
  await datasetRepository.clearData([DEMO_META_KEY])
}

export async function demoMark(): Promise<DemoMark | undefined> {
  return metaRepository.get<DemoMark>(DEMO_META_KEY)
}
