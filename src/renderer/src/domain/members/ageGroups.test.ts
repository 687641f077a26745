import { AGE_GROUPS, PARTY_AGE_GROUPS, groupOf } from './ageGroups'

// The Ban Tổ chức's member statistics group ages as "Đến 30 tuổi", "Từ 31 đến 40 tuổi" … "Trên 70
// tuổi" and party age as "Dưới 10 năm", "Từ 10 đến dưới 20 năm" … "Từ 50 năm trở lên": the filter, the
// overview charts and the period statistics sheet all group by these, so each edge is pinned here.
describe('the statistics form’s groups, edge by edge', () => {
  const age = AGE_GROUPS
  const party = PARTY_AGE_GROUPS
  it.each<[string, typeof age, number, string]>([
    ['age', age, 18, 'Đến 30 tuổi'],
    ['age', age, 30, 'Đến 30 tuổi'],
    ['age', age, 31, 'Từ 31 đến 40 tuổi'],
    ['age', age, 40, 'Từ 31 đến 40 tuổi'],
    ['age', age, 41, 'Từ 41 đến 50 tuổi'],
    ['age', age, 60, 'Từ 51 đến 60 tuổi'],
    ['age', age, 70, 'Từ 61 đến 70 tuổi'],
    ['age', age, 71, 'Trên 70 tuổi'],
    ['age', age, 104, 'Trên 70 tuổi'],
    ['party age', party, 0, 'Dưới 10 năm'],
    ['party age', party, 9, 'Dưới 10 năm'],
    ['party age', party, 10, 'Từ 10 đến dưới 20 năm'],
    ['party age', party, 29, 'Từ 20 đến dưới 30 năm'],
    ['party age', party, 30, 'Từ 30 đến dưới 40 năm'],
    ['party age', party, 49, 'Từ 40 đến dưới 50 năm'],
    ['party age', party, 50, 'Từ 50 năm trở lên'],
    ['party age', party, 80, 'Từ 50 năm trở lên']
  ])('%s of %i completed years: %s', (_what, groups, years, label) => {
    expect(groupOf(groups, years).label).toBe(label)
  })
})

it('each group has its own key (carried in the member list’s address)', () => {
  expect(AGE_GROUPS.map((g) => g.key)).toEqual(['upTo30', '31-40', '41-50', '51-60', '61-70', 'over70'])
  expect(PARTY_AGE_GROUPS.map((g) => g.key)).toEqual([
    'under10',
    '10-20',
    '20-30',
    '30-40',
    '40-50',
    '50plus'
  ])
})
