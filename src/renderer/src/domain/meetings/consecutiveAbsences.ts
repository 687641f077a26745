// Quality of a cell's meetings (HD 12-HD/BTCTW 2018, kept by the provincial scoring sheets under
// HD 42-HD/BTCTW 2025): besides attendance ≥ 85 % of the members not exempt, no member should be
// absent — even with a reason — more than 3 meetings in a row in the year (profile parameter
// `consecutiveAbsenceLimit`). The app warns; it never changes a mark.
import { formatDate } from '../dates'
import type { RulesParams } from '../rules/params'
import { shortSource } from '../rules/profiles'
import type { AbsenceMark } from './absences'

export interface ConsecutiveAbsence {
  memberId: string
  /** The longest run of meetings missed in a row in the year (excused or not). */
  run: number
  from: string
  to: string
  message: string
}

/**
 * Members whose longest run of absences (excused or unexcused) in the year is above the limit, longest
 * first. A meeting where the member is exempt neither breaks nor extends a run: the member was not
 * expected there. O(n log n) over the year's marks.
 */
export function consecutiveAbsences(
  marks: readonly AbsenceMark[],
  year: number,
  params: Pick<RulesParams, 'consecutiveAbsenceLimit'>,
  /** The profile's citation for the limit: a province's limit cites the province's text. */
  source: string | undefined
): ConsecutiveAbsence[] {
  const rule = shortSource(source, 'HD 12-HD/BTCTW 2018')
  const prefix = String(year)
  const byMember = new Map<string, AbsenceMark[]>()
  for (const m of marks) {
    if (!m.date.startsWith(prefix) || m.status === 'exempt') continue
    const list = byMember.get(m.memberId)
    if (list) list.push(m)
    else byMember.set(m.memberId, [m])
  }
  const limit = params.consecutiveAbsenceLimit
  const out: ConsecutiveAbsence[] = []
  for (const [memberId, list] of byMember) {
    list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    let best = { run: 0, from: '', to: '' }
    let run = 0
    let from = ''
    for (const m of list) {
      if (m.status === 'present') {
        run = 0
        continue
      }
      if (run === 0) from = m.date
      run++
      if (run > best.run) best = { run, from, to: m.date }
    }
    if (best.run <= limit) continue
    out.push({
      memberId,
      ...best,
      message: `Vắng ${best.run} buổi liên tiếp (từ ${formatDate(best.from)} đến ${formatDate(best.to)}), kể cả vắng có lý do — quá ${limit} lần liên tiếp trong năm (${rule}).`
    })
  }
  return out.sort((a, b) => b.run - a.run || a.memberId.localeCompare(b.memberId))
}
