// @vitest-environment jsdom
// Tổng quan names five people under a figure; a sixth is not dropped without a word: a last line
// counts the others and opens the list the figure opens.
import { describe, expect, it, vi } from 'vitest'
import { computed } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import type { AbsenceWarning } from '@renderer/domain/meetings/absences'
import type { ProbationDue } from '@renderer/domain/members/probation'
import { STANDING_DAY, standingOverview } from '@renderer/testing/standingWard'
import { member } from '@renderer/testing/reviewFactories'
import { overviewLinks } from './links'
import OverviewPage from './OverviewPage.vue'

const ids = ['a', 'b', 'c', 'd', 'e', 'f']
const warning = (id: string): AbsenceWarning => ({
  memberId: id,
  unexcusedMeetings: 3,
  months: [1, 2, 3],
  level: 'warning',
  message: '',
  guest: false
})
const due = (id: string): ProbationDue => ({
  member: member(id, { fullName: `Đồng chí ${id}`, status: 'probationary' }),
  admissionDate: '2025-08-01',
  probationFrom: '2025-08-01',
  readmitted: false,
  dueDate: '2026-08-01',
  daysLeft: 32,
  guest: false
})

vi.mock('./useOverview', () => ({
  useOverview: () => ({
    today: STANDING_DAY,
    year: 2026,
    quick: computed(() => null),
    full: computed(() => ({
      ...standingOverview(),
      absenceWarnings: ids.map(warning),
      probation: ids.map(due)
    })),
    ratings: computed(() => null),
    cellRatings: computed(() => null),
    cellNames: computed(() => new Map()),
    memberNames: computed(() => new Map(ids.map((id) => [id, `Đồng chí ${id}`]))),
    error: computed(() => null)
  })
}))

/** A link as its text and where it leads. */
const Link = { props: ['to'], template: '<a :data-to="JSON.stringify(to)"><slot /></a>' }

describe('Tổng quan: a cut list says how many more', () => {
  it.each([
    ['Cảnh báo vắng sinh hoạt', overviewLinks.absences(2026)],
    ['Sắp hết thời gian dự bị', overviewLinks.probationDue()]
  ])('%s: five named, then "… và 1 người nữa" to the full list', async (panel, to) => {
    const page = mount(OverviewPage, {
      global: {
        plugins: [ElementPlus],
        stubs: { 'router-link': Link, OverviewCharts: true, PageHeader: true }
      }
    })
    await flushPromises()
    const items = page.find(`section[aria-label="${panel}"]`).findAll('li')
    expect(items.map((li) => li.find('a').text())).toEqual([
      'Đồng chí a',
      'Đồng chí b',
      'Đồng chí c',
      'Đồng chí d',
      'Đồng chí e',
      '… và 1 người nữa'
    ])
    expect(JSON.parse(items[5].find('a').attributes('data-to')!)).toEqual(to)
    page.unmount()
  })
})
