// A small, deterministic ward for the report tests (no randomness): three cells, members with every
// level, not-rated reasons, a cell with a 3-year streak and a member with a 5-year streak.
import type {
  Cell,
  CellReview,
  MemberEvent,
  MemberReview,
  Rating,
  RulesProfile
} from '@renderer/domain/entities'
import { openYear, type OpenedYear } from '@renderer/domain/reviews/openYear'
import { event, member } from '@renderer/testing/reviewFactories'
import { BUILT_IN_PROFILES } from '@renderer/domain/rules/profiles'
import { SETTINGS, cell as cellOf } from './factories'

export { SETTINGS }

const cell = (id: string, name: string): Cell => cellOf(id, { name, createdAt: '', updatedAt: '' })
export const CELLS = [
  cell('k1', 'Chi bộ Khu phố 1'),
  cell('k2', 'Chi bộ Khu phố 2'),
  cell('k10', 'Chi bộ Khu phố 10')
]

// [id, name, cell, 2025 decision]
const PEOPLE: [string, string, string, Rating | null][] = [
  ['a1', 'Trần Văn Ân', 'k1', 'excellent'],
  ['a2', 'Lê Thị Bình', 'k1', 'good'],
  ['a3', 'Nguyễn Văn Cường', 'k1', 'good'],
  ['a4', 'Phạm Thị Dung', 'k1', 'good'],
  ['a5', 'Hoàng Văn Em', 'k1', 'good'],
  ['a6', 'Vũ Thị Giang', 'k1', 'good'],
  ['a7', 'Đỗ Văn Hùng', 'k1', 'complete'],
  ['a8', 'Bùi Thị Lan', 'k1', null], // exempt
  ['b1', 'Ngô Văn Anh', 'k2', 'excellent'],
  ['b2', 'Đặng Thị Bích', 'k2', 'good'],
  ['b3', 'Lý Văn Khoa', 'k2', 'incomplete'],
  ['b4', 'Mai Thị Hoa', 'k2', null], // admitted < 6 months
  ['c1', 'Cao Văn Long', 'k10', 'good']
]

/** The sample year, reviewed under QĐ 366 unless other profiles are given (the first one in force wins). */
export function sampleYear(profiles: readonly RulesProfile[] = BUILT_IN_PROFILES): OpenedYear {
  const members = PEOPLE.map(([id, fullName, cellId]) =>
    member(id, { fullName, cellId, admissionDate: id === 'b4' ? '2025-09-01' : '1990-01-01' })
  )
  const events: MemberEvent[] = [
    event('a8', 'exemption', '2024-01-01'),
    event('b4', 'admission', '2025-09-01', { cellId: 'k2' })
  ]
  const memberReviews: MemberReview[] = PEOPLE.filter(([, , , r]) => r).map(([id, , cellId, decision]) => ({
    id: `2025:${id}`,
    year: 2025,
    memberId: id,
    cellId,
    decision,
    score: id === 'a1' ? 95 : null,
    updatedAt: ''
  }))
  const cellReviews: CellReview[] = [
    {
      id: '2025:k1',
      year: 2025,
      cellId: 'k1',
      selfRating: 'excellent',
      decision: 'excellent',
      updatedAt: ''
    },
    { id: '2025:k2', year: 2025, cellId: 'k2', selfRating: 'good', decision: 'complete', updatedAt: '' }
  ]
  return openYear({
    year: 2025,
    members,
    events,
    cells: CELLS,
    memberReviews,
    cellReviews,
    profiles
  })
}
