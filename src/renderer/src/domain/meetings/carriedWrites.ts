// Tasks carried from earlier meetings ("Nhiệm vụ kỳ trước") belong to the meetings that gave them:
// another window may close one at a later meeting, change it in its own meeting's minutes, or delete
// that meeting while these minutes are open. A save of the minutes therefore writes only the carried
// tasks its form changed, and only when each is still stored as the form read it.
import type { MeetingTask } from '../entities'

export interface CarriedWrites {
  /** The carried tasks the form changed, to be written. */
  changed: MeetingTask[]
  /**
   * A task the form changed whose stored version is not the one the form read (changed or removed
   * since): the save is refused, nothing written.
   */
  stale?: MeetingTask
}

/**
 * What a save does with the carried tasks `sent` by its form. `read`: the same tasks as the form
 * read them, before the clerk changed any (without it, the stored ones stand for what was read).
 * `stored`: the tasks as stored now, by id. A task equal to what was read is left alone (never
 * written, whatever is stored now); one equal to what is stored now has nothing to write either
 * (e.g. the same form saved twice).
 */
export function carriedWrites(
  sent: readonly MeetingTask[],
  read: readonly MeetingTask[] | undefined,
  stored: ReadonlyMap<string, MeetingTask>
): CarriedWrites {
  const readById = read ? new Map(read.map((t) => [t.id, t])) : stored
  const changed: MeetingTask[] = []
  for (const task of sent) {
    const seen = readById.get(task.id)
    if (seen && sameTask(seen, task)) continue
    const now = stored.get(task.id)
    if (now && sameTask(now, task)) continue
    if (!seen || !now || !sameTask(now, seen)) return { changed: [], stale: task }
    changed.push(task)
  }
  return { changed }
}

/** True when two versions of a task are alike (an absent field and null alike, keys in any order). */
export function sameTask(a: MeetingTask, b: MeetingTask): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b))
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical)
  if (!value || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== undefined && v !== null)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => [k, canonical(v)])
  )
}
