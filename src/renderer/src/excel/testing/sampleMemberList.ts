// Test fixture: a member list shaped like the one the higher level's party-member database exports
// (docs/design.md §7) — two title rows and a blank row above the header on row 4; columns STT, Họ
// và tên, Giới tính, Ngày sinh, Số thẻ, CCCD, Ngày kết nạp, Ngày chính thức, Chi bộ đang sinh
// hoạt, Chi bộ nơi cư trú, Trạng thái; 120 members in 6 cells. Built by code so that a clone of the
// repository alone runs its tests. Names and numbers are made up (seeded generator); the rows listed
// in SPECIAL hold, on purpose, what real files hold. No path aliases: e2e imports it too.
import ExcelJS from 'exceljs'

type Value = string | number | Date | null

interface Row {
  name: Value
  gender: 'Nam' | 'Nữ'
  birth: Value
  card: Value
  id: Value
  admission: Value
  official: Value
  cell: string
  residence?: string
  status: 'Dự bị' | 'Chính thức' | 'Miễn sinh hoạt' | 'Chuyển đi'
}

export const SAMPLE_CELLS = [
  'Chi bộ Khu dân cư số 1',
  'Chi bộ Khu dân cư số 2',
  'Chi bộ Khu dân cư số 17',
  'Chi bộ Cơ quan UBND phường',
  'Chi bộ Trường Mầm non Hoa Sen',
  'Chi bộ Trường Tiểu học Lê Lợi'
] as const
const [KDC1, KDC2, KDC17, UBND, MAM_NON, TIEU_HOC] = SAMPLE_CELLS

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d))

/** Sheet row number → the row, for every row that tests refer to. */
const SPECIAL: Record<number, Partial<Row>> = {
  // Real Excel dates and d/m/yyyy text side by side.
  5: {
    name: 'Trịnh Thị Hạnh',
    gender: 'Nữ',
    birth: day(1976, 1, 19),
    admission: day(2015, 9, 6),
    official: '6/9/2016',
    cell: KDC17
  },
  // The first holder of the card that row 26 uses again.
  8: { name: 'Mạc Văn Tùng', card: '04712093', cell: TIEU_HOC },
  // Capitals with spaces around.
  12: { name: '  ĐINH QUỐC BẢO  ', cell: KDC17 },
  // A bare year of birth.
  14: { name: 'Cao Minh Trí', birth: '1985', admission: '7/5/2007', official: '7/5/2008', cell: UBND },
  // Decomposed Unicode (NFD).
  16: { name: 'Lưu Ngọc Diệp'.normalize('NFD'), gender: 'Nữ', cell: UBND },
  // A CCCD typed as a number: its leading zero lost.
  18: { name: 'Kiều Văn Lộc', id: 40081234567, cell: KDC17 },
  // 18 by year of birth, 17 by date (warned, not refused).
  21: {
    name: 'Lâm Gia Huy',
    birth: day(2001, 10, 15),
    admission: '2/8/2019',
    official: day(2020, 8, 2),
    cell: KDC1
  },
  26: { name: 'Tạ Quốc Vinh', card: '04712093', cell: KDC2 },
  28: { name: 'Lương Văn Duy', admission: day(2025, 4, 10), official: '', status: 'Dự bị', cell: MAM_NON },
  34: { name: '', cell: KDC17 },
  // An impossible date.
  38: { name: 'Đoàn Văn Kiên', birth: '31/02/1970', cell: MAM_NON },
  41: { birth: '16/6/1979', admission: '9/4/1997', official: '9/4/1998', cell: KDC2 },
  // Admitted at ten by year of birth (nine by date).
  46: { birth: '10/3/1984', admission: '1/1/1994', official: '18/12/2024', cell: UBND, residence: TIEU_HOC },
  52: { name: 'Quách Thị Mỹ Linh', gender: 'Nữ', status: 'Miễn sinh hoạt', cell: TIEU_HOC },
  56: { birth: day(1942, 7, 4), admission: day(1960, 2, 14), official: day(1961, 2, 14), cell: KDC1 },
  58: { name: 'Tạ Hữu Nghĩa', admission: '16/5/2025', official: '', status: 'Chuyển đi', cell: KDC17 }
}

/** Sheet row left blank in the middle of the list. */
export const SAMPLE_BLANK_ROW = 66

const SURNAMES = [
  'Nguyễn',
  'Trần',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Đặng',
  'Bùi',
  'Ngô',
  'Dương',
  'Lý',
  'Mai',
  'Tô',
  'Châu'
]
const MALE = {
  middle: ['Văn', 'Hữu', 'Đức', 'Minh', 'Quốc', 'Thành', 'Xuân', 'Công', 'Trọng', 'Bá'],
  given: ['Khoa', 'Hiếu', 'Toàn', 'Phong', 'Tài', 'Sang', 'Thịnh', 'Tâm', 'Đông', 'Hoàn', 'Nhân', 'Tiến']
}
const FEMALE = {
  middle: ['Thị', 'Thị Thu', 'Thị Ngọc', 'Thị Hồng', 'Thị Kim', 'Thanh', 'Bích'],
  given: ['Trâm', 'Nhung', 'Loan', 'Hương', 'Liên', 'Quyên', 'Tuyết', 'Huệ', 'Vy', 'Thoa', 'Diễm', 'Ly']
}

/** mulberry32: the same rows on every run. */
function seeded(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** The 120 member rows (sheet rows 5–65 and 67–125), special rows in place. */
export function sampleMemberRows(): Row[] {
  const random = seeded(20261121)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1))
  const digits = (n: number) => Array.from({ length: n }, () => int(0, 9)).join('')
  const usedNames = new Set<string>(
    Object.values(SPECIAL)
      .map((s) => (typeof s.name === 'string' ? s.name.normalize('NFC').trim().toLowerCase() : ''))
      .filter(Boolean)
  )
  const usedNumbers = new Set<string>(['04712093', '040081234567'])
  const unique = (make: () => string) => {
    for (;;) {
      const v = make()
      if (!usedNumbers.has(v)) {
        usedNumbers.add(v)
        return v
      }
    }
  }
  // Alternate the shape a date is written in, as exports from different years do.
  const written = (y: number, m: number, d: number): Value =>
    random() < 0.5 ? day(y, m, d) : `${d}/${m}/${y}`

  const rows: Row[] = []
  for (let sheetRow = 5, n = 0; n < 120; sheetRow++) {
    if (sheetRow === SAMPLE_BLANK_ROW) continue
    n++
    const gender = random() < 0.55 ? 'Nam' : 'Nữ'
    const pool = gender === 'Nam' ? MALE : FEMALE
    let name = ''
    do name = `${pick(SURNAMES)} ${pick(pool.middle)} ${pick(pool.given)}`
    while (usedNames.has(name.toLowerCase()))
    usedNames.add(name.toLowerCase())
    // Special rows say their own status; a random "Dự bị" would change what they test.
    const probationary = random() < 0.12 && !SPECIAL[sheetRow]
    const [by, bm, bd] = [int(1940, 2000), int(1, 12), int(1, 28)]
    const [am, ad] = [int(1, 12), int(1, 28)]
    // Old enough by any count (≥ 20 years), official a year later, all before the tests' today.
    const ay = probationary ? 2025 : Math.min(2023, by + int(20, 40))
    const cell = SAMPLE_CELLS[n % SAMPLE_CELLS.length]
    const row: Row = {
      name,
      gender,
      birth: random() < 0.08 ? String(by) : written(by, bm, bd),
      card: unique(() => digits(8)),
      id: unique(() => `0${digits(11)}`),
      admission: probationary ? day(2025, Math.min(am, 10), ad) : written(ay, am, ad),
      official: probationary ? '' : written(ay + 1, am, ad),
      cell,
      residence: random() < 0.15 ? SAMPLE_CELLS[(n + 1) % SAMPLE_CELLS.length] : cell,
      status: probationary ? 'Dự bị' : 'Chính thức'
    }
    rows.push({ ...row, ...SPECIAL[sheetRow] })
  }
  return rows
}

/** The list as .xlsx bytes. */
export async function buildSampleMemberList(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('DS dang vien')
  ws.addRow(['ĐẢNG BỘ PHƯỜNG HÒA BÌNH'])
  ws.addRow(['DANH SÁCH ĐẢNG VIÊN ĐANG SINH HOẠT (trích xuất từ hệ thống)'])
  ws.addRow([])
  ws.addRow([
    'STT',
    'Họ và tên',
    'Giới tính',
    'Ngày sinh',
    'Số thẻ',
    'CCCD',
    'Ngày kết nạp',
    'Ngày chính thức',
    'Chi bộ đang sinh hoạt',
    'Chi bộ nơi cư trú',
    'Trạng thái'
  ])
  sampleMemberRows().forEach((r, i) => {
    if (ws.rowCount + 1 === SAMPLE_BLANK_ROW) ws.addRow([])
    const row = ws.addRow([
      i + 1,
      r.name,
      r.gender,
      r.birth,
      r.card,
      r.id,
      r.admission,
      r.official,
      r.cell,
      r.residence ?? r.cell,
      r.status
    ])
    row.eachCell((c) => {
      if (c.value instanceof Date) c.numFmt = 'dd/mm/yyyy'
    })
  })
  for (const col of [4, 7, 8]) ws.getColumn(col).width = 12
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer)
}
