// The demo ward's cells: mostly khu dân cư / tổ dân phố, plus schools, agencies, enterprises and the
// ward's police and military cells, each with a fixed monthly meeting day and a size weight.
import type { Cell, CellType } from '../entities'
import type { Rng } from './prng'
import { demoCellId, type DemoIdStyle } from './demoIds'

export interface CellPlan {
  cell: Cell
  /** Relative number of members (residential cells are the big ones). */
  weight: number
  place: string
}

const SCHOOLS = [
  'Mầm non Hoa Sen',
  'Tiểu học Trường Sơn',
  'THCS Trường Sơn',
  'Mầm non Sao Mai',
  'Tiểu học Lê Lợi',
  'THCS Nguyễn Du',
  'THPT Trường Sơn',
  'Tiểu học Quang Trung'
]
const AGENCIES = [
  'Cơ quan Đảng ủy – HĐND – UBND phường',
  'Cơ quan Mặt trận Tổ quốc và các đoàn thể',
  'Trạm Y tế phường',
  'Kho bạc khu vực',
  'Chi cục Thuế khu vực',
  'Bảo hiểm xã hội khu vực'
]
const ENTERPRISES = [
  'Công ty CP Xây dựng Trường Sơn',
  'Công ty TNHH May Hồng Phát',
  'Công ty CP Môi trường đô thị',
  'Hợp tác xã Dịch vụ Thành Công',
  'Công ty Điện lực khu vực'
]
const ARMED = ['Công an phường', 'Quân sự phường']

/** How many cells of each type for n cells: ≈ 72 % residential, the rest shared out. */
function typeCounts(n: number): [CellType, number][] {
  const school = Math.max(1, Math.round(n * 0.1))
  const agency = Math.max(1, Math.round(n * 0.08))
  const enterprise = Math.max(1, Math.round(n * 0.05))
  const armed = n >= 10 ? 2 : 1
  return [
    ['residential', n - school - agency - enterprise - armed],
    ['school', school],
    ['agency', agency],
    ['enterprise', enterprise],
    ['armed', armed]
  ]
}

const WEIGHT: Record<CellType, number> = {
  residential: 1.6,
  school: 0.6,
  agency: 0.7,
  enterprise: 0.45,
  armed: 0.45,
  other: 0.5
}

/** The n-th name of a kind, numbered once the list runs out ("Tiểu học Lê Lợi 2"). */
function nth(list: readonly string[], i: number): string {
  const round = Math.floor(i / list.length)
  return round === 0 ? list[i % list.length] : `${list[i % list.length]} ${round + 1}`
}

export function generateCells(
  rng: Rng,
  n: number,
  createdAt: string,
  idStyle: DemoIdStyle = 'short'
): CellPlan[] {
  const plans: CellPlan[] = []
  let index = 0
  const residentialCounters = { quarter: 0, group: 0 }
  for (const [type, count] of typeCounts(n)) {
    for (let i = 0; i < count; i++) {
      index++
      const id = demoCellId(index, idStyle)
      let name: string
      let place: string
      if (type === 'residential') {
        // Larger wards name their residential cells "Tổ dân phố", older ones "Khu phố".
        const kind = i % 3 === 2 ? 'Tổ dân phố' : 'Khu phố'
        const num = kind === 'Khu phố' ? ++residentialCounters.quarter : ++residentialCounters.group
        name = `Chi bộ ${kind} ${num}`
        place = `Nhà văn hóa ${kind.toLowerCase()} ${num}`
      } else if (type === 'school') {
        name = `Chi bộ Trường ${nth(SCHOOLS, i)}`
        place = `Phòng họp Trường ${nth(SCHOOLS, i)}`
      } else if (type === 'agency') {
        name = `Chi bộ ${nth(AGENCIES, i)}`
        place = `Phòng họp ${nth(AGENCIES, i)}`
      } else if (type === 'enterprise') {
        name = `Chi bộ ${nth(ENTERPRISES, i)}`
        place = `Hội trường ${nth(ENTERPRISES, i)}`
      } else {
        name = `Chi bộ ${nth(ARMED, i)}`
        place = `Phòng họp ${nth(ARMED, i)}`
      }
      const meetingDay = type === 'residential' ? rng.pick([3, 5, 10, 15, 20, 25]) : rng.int(2, 10)
      plans.push({
        cell: {
          id,
          name,
          type,
          meetingDay,
          status: 'active',
          foundedOn: `${rng.int(1976, 2005)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
          committee: [],
          createdAt,
          updatedAt: createdAt
        },
        weight: WEIGHT[type] * (0.6 + rng.next() * 0.8),
        place
      })
    }
  }
  return plans
}

/** Shares `total` members out by weight (largest remainder), at least 5 per cell. */
export function shareMembers(plans: readonly CellPlan[], total: number): number[] {
  const min = Math.min(5, Math.floor(total / plans.length))
  const rest = total - min * plans.length
  const sum = plans.reduce((s, p) => s + p.weight, 0)
  const exact = plans.map((p) => (p.weight / sum) * rest)
  const counts = exact.map((x) => Math.floor(x))
  let left = rest - counts.reduce((s, c) => s + c, 0)
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0])
  for (const [, i] of order) {
    if (left-- <= 0) break
    counts[i]++
  }
  return counts.map((c) => c + min)
}
