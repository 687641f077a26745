// A document that would be empty is not saved: the screen tells the clerk why instead of handing over
// a "(0)" list or a period whose figures cannot exist yet.
import { ElMessage } from 'element-plus'
import { todayIso } from '@renderer/domain/dates'
import type { IsoDate } from '@renderer/domain/entities'
import { notBegunNote } from '@renderer/domain/reports/period'

/** Thrown by an export whose document would say nothing; its message says why. */
export class NothingToExport extends Error {}

/** A period not begun today has no figures: its export says so (notBegunNote) instead of saving. */
export function refuseNotBegun(from: IsoDate, heading: string): void {
  const note = notBegunNote(from, heading, todayIso())
  if (note) throw new NothingToExport(note)
}

/** useAction's `recover` for an export: nothing to export is a warning that says why, not a failure. */
export function saidNothingToExport(error: unknown): boolean {
  if (!(error instanceof NothingToExport)) return false
  ElMessage.warning(`Không có gì để xuất. ${error.message}`)
  return true
}
