// Two windows (two browser tabs of the web build) can edit the same record. A save states which
// version of the record it started from (its `updatedAt`); when the stored one is newer, the save
// is refused with this error instead of silently undoing the other window's change.

export class StaleRecordError extends Error {
  /** Vietnamese, ready to show. */
  readonly userMessage: string
  constructor(what: string) {
    const message = `${what} đã được sửa ở cửa sổ khác sau khi bạn mở. Thay đổi của bạn chưa được lưu để không ghi đè lên thay đổi kia.`
    super(message)
    this.name = 'StaleRecordError'
    this.userMessage = message
  }
}

export function isStaleRecordError(error: unknown): error is StaleRecordError {
  return error instanceof StaleRecordError
}

/** The version a window saw: `updatedAt`, or null when the record did not exist yet. */
export type SeenVersion = string | null

/** True when the stored record is not the one the window saw (changed, created or deleted since). */
export function changedSince(stored: { updatedAt: string } | undefined, seen: SeenVersion): boolean {
  return (stored?.updatedAt ?? null) !== seen
}
