// The age and party-age groups of the Ban Tổ chức's member statistics: up to 30, then ten-year groups
// to over 70; party age under 10 years, then ten-year groups to 50 and over. The member list filters by
// these groups, the overview charts count by them and the period statistics sheet prints them, so a
// figure followed to its list shows the same members, and a statistics line can be checked by filtering.
// Ages are completed years on a day (ageAt); party age is partyAgeOn's, gaps subtracted.

export interface AgeGroup {
  /** Carried in the member list's address (?ageBand=31-40) by the overview's links. */
  key: string
  label: string
  /** The chart axis's short form. */
  short: string
  /** The oldest completed age in the group; null for the last, open group. */
  max: number | null
}

export const AGE_GROUPS: readonly AgeGroup[] = [
  { key: 'upTo30', label: 'Đến 30 tuổi', short: '≤ 30', max: 30 },
  { key: '31-40', label: 'Từ 31 đến 40 tuổi', short: '31–40', max: 40 },
  { key: '41-50', label: 'Từ 41 đến 50 tuổi', short: '41–50', max: 50 },
  { key: '51-60', label: 'Từ 51 đến 60 tuổi', short: '51–60', max: 60 },
  { key: '61-70', label: 'Từ 61 đến 70 tuổi', short: '61–70', max: 70 },
  { key: 'over70', label: 'Trên 70 tuổi', short: '> 70', max: null }
]

export const PARTY_AGE_GROUPS: readonly AgeGroup[] = [
  { key: 'under10', label: 'Dưới 10 năm', short: '< 10', max: 9 },
  { key: '10-20', label: 'Từ 10 đến dưới 20 năm', short: '10–19', max: 19 },
  { key: '20-30', label: 'Từ 20 đến dưới 30 năm', short: '20–29', max: 29 },
  { key: '30-40', label: 'Từ 30 đến dưới 40 năm', short: '30–39', max: 39 },
  { key: '40-50', label: 'Từ 40 đến dưới 50 năm', short: '40–49', max: 49 },
  { key: '50plus', label: 'Từ 50 năm trở lên', short: '≥ 50', max: null }
]

/** The group a number of completed years falls in (the first whose oldest age is not below it). */
export function groupOf(groups: readonly AgeGroup[], years: number): AgeGroup {
  return groups.find((g) => g.max === null || years <= g.max) ?? groups[groups.length - 1]
}
