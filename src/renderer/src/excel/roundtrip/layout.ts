// Where things sit in a cell's book: shared by the writer and the reader, so the two never disagree.
export const REGISTER_SHEET = 'Sổ sinh hoạt'
export const RATING_SHEET = 'Xếp loại đảng viên'
/** The hidden, protected sheet that holds the book's identity (domain/roundtrip/identity.ts). */
export const IDENTITY_SHEET = '_scb'

/** Register: header row, first body row (1-based), and its columns. */
export const REGISTER_HEADER_ROW = 7
export const REGISTER_COLUMNS = [
  { key: 'stt', header: 'STT', width: 5 },
  { key: 'date', header: 'Ngày họp', width: 12 },
  { key: 'type', header: 'Loại sinh hoạt', width: 15 },
  { key: 'topic', header: 'Chủ đề, nội dung chính', width: 30 },
  { key: 'chair', header: 'Chủ trì', width: 20 },
  { key: 'start', header: 'Bắt đầu', width: 8 },
  { key: 'end', header: 'Kết thúc', width: 8 }
] as const
/** First mark column (1-based): one per member expected to attend, in identity.roll order. */
export const FIRST_MARK_COL = REGISTER_COLUMNS.length + 1
export const MARK_COL_WIDTH = 4.5
/** The signature box two rows under the register: the one thing below it that is not the secretary's. */
export const REGISTER_SIGN_TEXT = 'BÍ THƯ CHI BỘ\n(ký, ghi rõ họ tên)'

/** Rating sheet: header row and columns. */
export const RATING_HEADER_ROW = 6
export const RATING_COLUMNS = [
  { key: 'stt', header: 'STT', width: 5 },
  { key: 'name', header: 'Họ và tên', width: 26 },
  { key: 'notRated', header: 'Không xếp loại (lý do)', width: 26 },
  { key: 'score', header: 'Điểm', width: 8 },
  { key: 'selfRating', header: 'Tự xếp loại', width: 12 },
  { key: 'cellProposal', header: 'Chi bộ đề xuất', width: 13 }
] as const
/** The signature box two rows under the rating table. */
export const RATING_SIGN_TEXT = 'T/M CHI ỦY\nBÍ THƯ\n(ký, ghi rõ họ tên)'

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
