// Two windows (two browser tabs of the web build) can edit the same record. A save states which
// version of the record it started from (its `updatedAt`); when the stored one is newer, the save
// is refused with this error instead of silently undoing the other window's change.

/** What a form's refused save says after "… đã được sửa ở cửa sổ khác". */
const SINCE_OPENED = 'sau khi bạn mở. Thay đổi của bạn chưa được lưu để không ghi đè lên thay đổi kia.'
/** What a refused import says instead: its preview is what went stale, so that is what to redo. */
export const SINCE_PREVIEW = 'sau khi xem trước; chưa ghi gì vào sổ. Hãy xem trước lại rồi nhập.'

export class StaleRecordError extends Error {
  /** Vietnamese, ready to show. */
  readonly userMessage: string
  /** The record named, e.g. "Hồ sơ của Nguyễn Văn An" (an import says it again with SINCE_PREVIEW). */
  readonly what: string
  /**
   * What the other window did: "sửa" (changed or deleted the record), or "ghi" when it wrote a
   * record this save would have written a second time (a meeting of the same cell, date and type).
   */
  readonly done: string
  constructor(what: string, since: string = SINCE_OPENED, done = 'sửa') {
    const message = `${what} đã được ${done} ở cửa sổ khác ${since}`
    super(message)
    this.name = 'StaleRecordError'
    this.userMessage = message
    this.what = what
    this.done = done
  }
}

export function isStaleRecordError(error: unknown): error is StaleRecordError {
  return error instanceof StaleRecordError
}

/**
 * A repository's refusal speaks to a form ("sau khi bạn mở"); an import rethrows it through this,
 * since what went stale there is its preview, and that is what the clerk redoes.
 */
export function saidAfterPreview(e: unknown): never {
  throw isStaleRecordError(e) ? new StaleRecordError(e.what, SINCE_PREVIEW, e.done) : e
}

/** The version a window saw: `updatedAt`, or null when the record did not exist yet. */
export type SeenVersion = string | null

/** True when the stored record is not the one the window saw (changed, created or deleted since). */
export function changedSince(stored: { updatedAt: string } | undefined, seen: SeenVersion): boolean {
  return (stored?.updatedAt ?? null) !== seen
}
