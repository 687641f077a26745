// Finding a member of a cell's review grid by the name written in a rating sheet or pasted from
// Excel: accents, case and spacing folded (foldForSearch). Two members of one name in the cell are
// never guessed between: the clerk enters those by hand.
import { foldForSearch } from '../names'
import type { ReviewSubject } from './eligibility'

export type NameMatch =
  { subject: ReviewSubject; problem?: undefined } | { subject?: undefined; problem: string }

export function subjectByName(subjects: readonly ReviewSubject[]): (name: string) => NameMatch {
  const byName = new Map<string, ReviewSubject[]>()
  for (const s of subjects) {
    const k = foldForSearch(s.fullName)
    byName.set(k, [...(byName.get(k) ?? []), s])
  }
  return (name) => {
    const matches = byName.get(foldForSearch(name)) ?? []
    if (matches.length === 0) return { problem: 'Không có trong danh sách đánh giá của chi bộ' }
    if (matches.length > 1) return { problem: 'Trùng tên trong chi bộ; hãy nhập tay' }
    return { subject: matches[0] }
  }
}
