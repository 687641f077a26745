// Typed errors for platform failures, each with a Vietnamese message for the clerk.
import { DEFAULT_MAX_OPEN_BYTES, type IpcError } from '@shared/ipc'

export type PlatformErrorCode = IpcError['code'] | 'unavailable'

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024)
  return Number.isInteger(mb) ? String(mb) : mb.toLocaleString('vi-VN', { maximumFractionDigits: 1 })
}

/** What the clerk reads for each failure: what went wrong and what to do. */
export function userMessageFor(code: PlatformErrorCode, details: { maxBytes?: number } = {}): string {
  switch (code) {
    case 'cancelled':
      return 'Thao tác đã được hủy.'
    case 'invalid-argument':
      return 'Tệp hoặc dữ liệu không hợp lệ (có thể không đúng loại tệp). Hãy chọn đúng tệp rồi thử lại.'
    case 'too-large':
      return `Tệp quá lớn (tối đa ${megabytes(details.maxBytes ?? DEFAULT_MAX_OPEN_BYTES)} MB). Hãy chọn tệp khác.`
    case 'not-found':
      return 'Không tìm thấy tệp. Có thể tệp đã bị xóa hoặc chuyển đi nơi khác.'
    case 'io':
      return 'Không đọc hoặc ghi được tệp. Hãy đóng tệp nếu đang mở trong chương trình khác (ví dụ Excel), kiểm tra ổ đĩa còn chỗ trống rồi thử lại.'
    case 'forbidden':
      return 'Thao tác bị chặn vì lý do an toàn. Hãy khởi động lại Sổ Chi bộ rồi thử lại.'
    case 'unavailable':
      return 'Chức năng này chỉ có trong ứng dụng Sổ Chi bộ trên máy tính. Hãy dùng nút tải xuống để lưu tệp.'
  }
}

export class PlatformError extends Error {
  readonly code: PlatformErrorCode
  /** Vietnamese, ready to show. */
  readonly userMessage: string

  constructor(
    code: PlatformErrorCode,
    message?: string,
    details: { maxBytes?: number; cause?: unknown } = {}
  ) {
    super(message ?? code, details.cause === undefined ? undefined : { cause: details.cause })
    this.name = 'PlatformError'
    this.code = code
    this.userMessage = userMessageFor(code, details)
  }
}

export function isPlatformError(error: unknown): error is PlatformError {
  return error instanceof PlatformError
}
