// Why a backup file is refused, each with what the clerk reads: what went wrong, what to do.
// A refused file never changes the data on this PC.

export type BackupErrorCode =
  | 'foreign'
  | 'corrupt'
  | 'truncated'
  | 'tampered'
  | 'newer-format'
  | 'newer-schema'
  | 'passphrase-required'
  | 'wrong-passphrase'
  | 'restore-failed'
  | 'invalid-records'

const UNCHANGED = 'Dữ liệu trên máy không bị thay đổi.'

export const BACKUP_ERROR_MESSAGES: Record<BackupErrorCode, string> = {
  foreign: `Tệp này không phải tệp sao lưu của Sổ Chi bộ. Hãy chọn tệp có đuôi .scbk hoặc .scbk.enc do Sổ Chi bộ tạo ra. ${UNCHANGED}`,
  corrupt: `Tệp sao lưu bị hỏng, không đọc được nội dung. Hãy dùng một bản sao lưu khác (ví dụ bản trên USB hoặc bản tự động). ${UNCHANGED}`,
  truncated: `Tệp sao lưu bị thiếu phần cuối (có thể chép chưa xong hoặc USB bị rút ra sớm). Hãy chép lại tệp hoặc dùng bản sao lưu khác. ${UNCHANGED}`,
  tampered: `Tệp sao lưu đã bị thay đổi sau khi tạo hoặc bị hỏng khi chép (mã kiểm tra không khớp). Không thể tin cậy nội dung tệp này; hãy dùng bản sao lưu khác. ${UNCHANGED}`,
  'newer-format': `Tệp sao lưu do phiên bản Sổ Chi bộ mới hơn tạo ra. Hãy cài phiên bản Sổ Chi bộ mới nhất rồi khôi phục lại. ${UNCHANGED}`,
  'newer-schema': `Tệp sao lưu chứa dữ liệu của phiên bản Sổ Chi bộ mới hơn. Hãy cài phiên bản Sổ Chi bộ mới nhất rồi khôi phục lại. ${UNCHANGED}`,
  'passphrase-required': 'Tệp sao lưu này đã được mã hóa. Hãy nhập mật khẩu đã đặt khi sao lưu.',
  'wrong-passphrase': `Mật khẩu không đúng (hoặc tệp mã hóa đã bị hỏng). Hãy nhập lại đúng mật khẩu đã đặt khi sao lưu. ${UNCHANGED}`,
  'invalid-records': `Tệp sao lưu có bản ghi sai dạng (có thể đã bị sửa bằng công cụ khác), nên không khôi phục tệp này. ${UNCHANGED} Hãy dùng bản sao lưu khác. Bản ghi sai:`,
  'restore-failed': `Khôi phục không thành công nên đã hủy toàn bộ. ${UNCHANGED} Hãy thử lại; nếu vẫn lỗi, hãy dùng bản sao lưu khác.`
}

export class BackupFileError extends Error {
  readonly code: BackupErrorCode
  /** Vietnamese, ready to show. */
  readonly userMessage: string

  /** `shown`: what the clerk reads after the message, e.g. the records at fault. */
  constructor(code: BackupErrorCode, detail?: string, options?: { cause?: unknown; shown?: string }) {
    super(detail ? `${code}: ${detail}` : code, options)
    this.name = 'BackupFileError'
    this.code = code
    this.userMessage = options?.shown
      ? `${BACKUP_ERROR_MESSAGES[code]} ${options.shown}`
      : BACKUP_ERROR_MESSAGES[code]
  }
}

export function isBackupFileError(error: unknown): error is BackupFileError {
  return error instanceof BackupFileError
}
