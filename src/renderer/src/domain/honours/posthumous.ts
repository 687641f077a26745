// Truy tặng Huy hiệu Đảng: a member who dies may still receive the badge, at a ceremony in the 12
// months after the death (HD 01-HD/TW 2021 mục 18). The badge list proposes him only then
// (badges.ts), and "Thêm sự kiện" lets such a badge follow the death (eventChecks.ts): one rule.
import type { IsoDate } from '../entities'
import { addMonths, comparable, isYearOnly, yearOf } from '../dates'

export const POSTHUMOUS_MONTHS = 12

/**
 * May a badge dated `awardedOn` be a posthumous award for a death on `died`? Yes when the award is
 * not before the death and less than 12 months after it. A date known by its year only is given the
 * benefit of the doubt: some day of it may fit.
 */
export function posthumousInTime(died: IsoDate, awardedOn: IsoDate): boolean {
  if (isYearOnly(died) || isYearOnly(awardedOn))
    return yearOf(awardedOn) >= yearOf(died) && yearOf(awardedOn) <= yearOf(died) + 1
  const award = comparable(awardedOn)
  const death = comparable(died)
  return award >= death && death > addMonths(award, -POSTHUMOUS_MONTHS)
}
