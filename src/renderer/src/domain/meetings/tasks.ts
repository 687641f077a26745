// Resolutions as tasks (nhiệm vụ): a meeting's open tasks are carried to the cell's next meeting,
// where they are reported on and closed (docs/design.md §6, Meetings: "open tasks show up at the cell's next
// meeting"). A task may go to every member, with completion tracked per member (e.g. each member
// hands in a personal "tự soi, tự sửa" review by a date).
import type { IsoDate, MeetingTask } from '../entities'

/**
 * The tasks to report on at a meeting of `cellId` on `date`: tasks from earlier meetings that are
 * still open, plus those closed at this very meeting (so reopening the minutes shows them).
 * `meetingDates` maps meeting id → date (a task carries its meeting's id, not its date).
 */
export function carriedTasks(
  tasks: readonly MeetingTask[],
  meetingDates: ReadonlyMap<string, IsoDate>,
  cellId: string,
  date: IsoDate,
  currentMeetingId?: string
): MeetingTask[] {
  return tasks
    .filter((t) => {
      if (t.cellId !== cellId || t.meetingId === currentMeetingId) return false
      const from = meetingDates.get(t.meetingId)
      if (!from || from > date) return false
      return t.status === 'open' || (!!currentMeetingId && t.closedAtMeetingId === currentMeetingId)
    })
    .sort(
      (a, b) =>
        (meetingDates.get(a.meetingId) ?? '').localeCompare(meetingDates.get(b.meetingId) ?? '') ||
        a.title.localeCompare(b.title, 'vi')
    )
}

export function closeTask(task: MeetingTask, on: IsoDate, meetingId: string | null): MeetingTask {
  return { ...task, status: 'done', closedOn: on, closedAtMeetingId: meetingId }
}

export function reopenTask(task: MeetingTask): MeetingTask {
  return { ...task, status: 'open', closedOn: null, closedAtMeetingId: null }
}

/** Marks a member done (or not) on a task for all members. */
export function setCompletion(task: MeetingTask, memberId: string, doneOn: IsoDate | null): MeetingTask {
  const others = task.completions.filter((c) => c.memberId !== memberId)
  return { ...task, completions: doneOn ? [...others, { memberId, doneOn }] : others }
}

export interface TaskProgress {
  done: number
  total: number
  /** Members who have not completed it yet (ids, in the order given). */
  pending: string[]
}

/** Progress of a task for all members, over the members expected (the current roll). */
export function taskProgress(task: MeetingTask, memberIds: readonly string[]): TaskProgress {
  const done = new Set(task.completions.map((c) => c.memberId))
  const pending = memberIds.filter((id) => !done.has(id))
  return { done: memberIds.length - pending.length, total: memberIds.length, pending }
}

/** Overdue on a date: still open and its deadline has passed. */
export function isOverdue(task: Pick<MeetingTask, 'status' | 'deadline'>, on: IsoDate): boolean {
  return task.status === 'open' && !!task.deadline && task.deadline < on
}
