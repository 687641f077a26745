// Writes a generated ward through the app's own repositories, in chunks so a 10,000-member,
// 1,000,000-mark dataset never sits in one huge transaction, reporting progress as it goes.
// The database must be empty beforehand; on failure everything written is removed again, so a
// failed load leaves the database as it was.
import type { Dataset } from '@renderer/domain/demo'
import { cellRepository } from '@renderer/db/repositories/cellRepository'
import { memberRepository } from '@renderer/db/repositories/memberRepository'
import { meetingRepository } from '@renderer/db/repositories/meetingRepository'
import { reviewRepository } from '@renderer/db/repositories/reviewRepository'
import { datasetRepository } from '@renderer/db/repositories/datasetRepository'

export interface LoadProgress {
  /** 0–1 */
  fraction: number
  /** Vietnamese, for the progress bar. */
  step: string
}

export const DEMO_META_KEY = 'demoData'

const MEMBER_CHUNK = 2000
/** Meetings per transaction: ≈ 40 marks each, so ≈ 40,000 rows per chunk. */
const MEETING_CHUNK = 1000
const REVIEW_CHUNK = 10000

export async function loadDataset(
  dataset: Dataset,
  onProgress: (p: LoadProgress) => void = () => {}
): Promise<void> {
  // Work measured in rows, so the bar moves evenly.
  const total =
    dataset.cells.length +
    dataset.members.length +
    dataset.events.length +
    dataset.meetings.length +
    dataset.attendance.length +
    dataset.tasks.length +
    dataset.memberReviews.length +
    dataset.cellReviews.length
  let done = 0
  const step = (rows: number, label: string) => {
    done += rows
    onProgress({ fraction: Math.min(1, done / total), step: label })
  }

  try {
    await cellRepository.bulkSave(dataset.cells)
    step(dataset.cells.length, 'Chi bộ')

    const eventsOf = new Map<string, Dataset['events']>()
    for (const e of dataset.events) {
      const list = eventsOf.get(e.memberId)
      if (list) list.push(e)
      else eventsOf.set(e.memberId, [e])
    }
    for (let i = 0; i < dataset.members.length; i += MEMBER_CHUNK) {
      const members = dataset.members.slice(i, i + MEMBER_CHUNK)
      const events = members.flatMap((m) => eventsOf.get(m.id) ?? [])
      await memberRepository.bulkSave(members, events)
      step(members.length + events.length, 'Đảng viên')
    }

    // Marks and tasks are in meeting order: walk them alongside the meetings.
    let markAt = 0
    let taskAt = 0
    for (let i = 0; i < dataset.meetings.length; i += MEETING_CHUNK) {
      const meetings = dataset.meetings.slice(i, i + MEETING_CHUNK)
      const ids = new Set(meetings.map((m) => m.id))
      const markEnd = advance(dataset.attendance, markAt, (a) => ids.has(a.meetingId))
      const taskEnd = advance(dataset.tasks, taskAt, (t) => ids.has(t.meetingId))
      const marks = dataset.attendance.slice(markAt, markEnd)
      const tasks = dataset.tasks.slice(taskAt, taskEnd)
      await meetingRepository.bulkSave(meetings, marks, tasks)
      markAt = markEnd
      taskAt = taskEnd
      step(meetings.length + marks.length + tasks.length, 'Sinh hoạt chi bộ')
    }
    if (markAt !== dataset.attendance.length || taskAt !== dataset.tasks.length) {
      throw new Error('Dữ liệu mẫu không theo thứ tự buổi sinh hoạt.')
    }

    for (let i = 0; i < dataset.memberReviews.length; i += REVIEW_CHUNK) {
      const reviews = dataset.memberReviews.slice(i, i + REVIEW_CHUNK)
      const last = i + REVIEW_CHUNK >= dataset.memberReviews.length
      await reviewRepository.bulkSave(
        reviews,
        last ? dataset.cellReviews : [],
        last ? dataset.reviewYears : []
      )
      step(reviews.length + (last ? dataset.cellReviews.length : 0), 'Đánh giá, xếp loại')
    }
  } catch (e) {
    // The database was empty: removing what was written puts it back as it was.
    await datasetRepository.clearData()
    throw e
  }
}

function advance<T>(rows: readonly T[], from: number, belongs: (row: T) => boolean): number {
  let i = from
  while (i < rows.length && belongs(rows[i])) i++
  return i
}
