// Where things sit in a cell's book: shared by the writer and the reader, so the two never disagree.
/** The hidden, protected sheet that holds the book's identity (domain/roundtrip/identity.ts). */
export const IDENTITY_SHEET = '_scb'

/**
 * A sheet holding one table: its name, the header row (1-based; the body starts under it), the
 * columns, and the text of the signature box two rows under the table.
 */
export interface TableSheet {
  name: string
  headerRow: number
  columns: readonly { key: string; header: string; width: number }[]
  signText: string
}

/** The register: one row per meeting, then the mark columns (from FIRST_MARK_COL). */
export const REGISTER = {
  name: 'Sổ sinh hoạt',
  headerRow: 7,
  columns: [
    { key: 'stt', header: 'STT', width: 5 },
    { key: 'date', header: 'Ngày họp', width: 12 },
    { key: 'type', header: 'Loại sinh hoạt', width: 15 },
    { key: 'topic', header: 'Chủ đề, nội dung chính', width: 30 },
    { key: 'chair', header: 'Chủ trì', width: 20 },
    { key: 'start', header: 'Bắt đầu', width: 8 },
    { key: 'end', header: 'Kết thúc', width: 8 }
  ],
  /** The signature box: the one thing below the register that is not the secretary's. */
  signText: 'BÍ THƯ CHI BỘ\n(ký, ghi rõ họ tên)'
} as const satisfies TableSheet
/** First mark column (1-based): one per member expected to attend, in identity.roll order. */
export const FIRST_MARK_COL = REGISTER.columns.length + 1
export const MARK_COL_WIDTH = 4.5

/** The rating sheet (year books): one row per member of the rating roll. */
export const RATING = {
  name: 'Xếp loại đảng viên',
  headerRow: 6,
  columns: [
    { key: 'stt', header: 'STT', width: 5 },
    { key: 'name', header: 'Họ và tên', width: 26 },
    { key: 'notRated', header: 'Không xếp loại (lý do)', width: 26 },
    { key: 'score', header: 'Điểm', width: 8 },
    { key: 'selfRating', header: 'Tự xếp loại', width: 12 },
    { key: 'cellProposal', header: 'Chi bộ đề xuất', width: 13 }
  ],
  signText: 'T/M CHI ỦY\nBÍ THƯ\n(ký, ghi rõ họ tên)'
} as const satisfies TableSheet

/**
 * "Lý do vắng" (format 3 on): one row per absence — the meeting by its date, the member chosen from
 * the register's names — so an excused mark comes back with its reason, as the minutes hold it.
 */
export const REASONS = {
  name: 'Lý do vắng',
  headerRow: 5,
  columns: [
    { key: 'stt', header: 'STT', width: 5 },
    { key: 'date', header: 'Ngày họp', width: 12 },
    { key: 'name', header: 'Họ và tên', width: 26 },
    { key: 'reason', header: 'Lý do vắng', width: 48 }
  ],
  signText: 'BÍ THƯ CHI BỘ\n(ký, ghi rõ họ tên)'
} as const satisfies TableSheet
/**
 * Blank rows under the reasons already recorded: ten more than the register's rows, at least twenty —
 * a year's sheet still prints on one page; a row written under the signature box is read all the same.
 */
export const reasonBlankRows = (registerRows: number): number => Math.max(20, registerRows + 10)

export const IDENTITY_KEYS = [
  'format',
  'cellId',
  'cellName',
  'period',
  'madeOn',
  'roll',
  'apart',
  'meetingIds',
  'registerRows',
  'ratingRoll',
  'notRated',
  'fingerprint',
  'meetingKeys'
] as const
/** Keys a book made by an older format lacks (domain/roundtrip/identity.ts BOOK_FORMAT_1). */
export const LATER_IDENTITY_KEYS: readonly string[] = ['meetingKeys']

export const colOf = <T extends readonly { key: string }[]>(columns: T, key: T[number]['key']): number =>
  columns.findIndex((c) => c.key === key) + 1
