import { describe, expect, it } from 'vitest'
import type { AttendanceStatus } from '../entities'
import { MEETING_SOURCES } from '../rules/params'
import { consecutiveAbsences } from './consecutiveAbsences'

const P = { consecutiveAbsenceLimit: 3 }
const SOURCE = MEETING_SOURCES.consecutiveAbsenceLimit
const marks = (letters: string, memberId = 'a') =>
  [...letters].map((l, i) => ({
    memberId,
    date: `2026-${String(i + 1).padStart(2, '0')}-03`,
    status: ({ p: 'present', e: 'excused', u: 'unexcused', x: 'exempt' } as Record<string, AttendanceStatus>)[
      l
    ]
  }))

describe('no member absent — even with reason — more than 3 meetings in a row (HD 12-HD/BTCTW 2018; scoring sheets under HD 42-HD/BTCTW 2025)', () => {
  it.each<[string, string, number | null]>([
    ['3 in a row (excused) → within the limit', 'peeep', null],
    ['4 in a row, excused and unexcused mixed → warned, run 4', 'peueep', 4],
    ['4 absences broken by a presence → not in a row', 'eepeep', null],
    ['an exempt meeting neither breaks nor extends: e e x e e → 4', 'eexee', 4],
    ['5 in a row at the end of the year → run 5', 'ppppppeeeee', 5]
  ])('%s', (_l, letters, run) => {
    const out = consecutiveAbsences(marks(letters), 2026, P, SOURCE)
    expect(out[0]?.run ?? null).toBe(run)
  })

  it('names the rule and the dates, and follows the profile’s limit', () => {
    const [w] = consecutiveAbsences(marks('peueep'), 2026, P, SOURCE)
    expect(w.message).toBe(
      'Vắng 4 buổi liên tiếp (từ 03/02/2026 đến 03/05/2026), kể cả vắng có lý do — quá 3 lần liên tiếp trong năm (HD 12-HD/BTCTW 2018, giữ trong phiếu chấm điểm của các tỉnh theo HD 42-HD/BTCTW 2025).'
    )
    expect(consecutiveAbsences(marks('peueep'), 2026, { consecutiveAbsenceLimit: 4 }, SOURCE)).toEqual([])
  })

  it('a province’s limit cites the province’s text', () => {
    const [w] = consecutiveAbsences(
      marks('peeep'),
      2026,
      { consecutiveAbsenceLimit: 2 },
      'HD 05-HD/TU 2025 (vắng quá 2 lần)'
    )
    expect(w.message).toMatch(/— quá 2 lần liên tiếp trong năm \(HD 05-HD\/TU 2025\)\.$/)
  })

  it('counts one calendar year only', () => {
    expect(consecutiveAbsences(marks('eeee'), 2025, P, SOURCE)).toEqual([])
  })
})
