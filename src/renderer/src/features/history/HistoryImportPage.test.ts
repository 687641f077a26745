// @vitest-environment jsdom
// "Nhập lịch sử" of a merged ward: 10,000 members × 5 years is up to 50,000 rows of past ratings.
// Rendered all at once, the preview froze the window; it shows them a page of 100 at a time, as the
// member import does, the page back to 1 when the clerk picks another tab (Sẽ ghi / Đã có / Có vấn đề).
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import viLocale from 'element-plus/es/locale/lang/vi'
import { member } from '@renderer/testing/factories'
import type { LoadedHistory } from './historyService'
import HistoryImportPage from './HistoryImportPage.vue'

/** The file "read": the page picks and reads it through these mocks, and checks it for real. */
const file = vi.hoisted(() => ({ loaded: null as unknown as LoadedHistory }))

vi.mock('vue-router', () => ({ useRouter: () => ({ push: () => undefined }) }))
vi.mock('../common/useSpreadsheetRead', async () => {
  const { ref } = await import('vue')
  return {
    useSpreadsheetRead: () => ({
      reading: ref(false),
      pick: async () => ({ name: 'lich-su-xep-loai.xlsx', bytes: new Uint8Array() }),
      read: <T>(work: (signal: AbortSignal) => Promise<T>) => work(new AbortController().signal),
      cancel: () => undefined
    })
  }
})
vi.mock('./historyService', async (original) => ({
  ...(await original<typeof import('./historyService')>()),
  loadHistory: async () => file.loaded
}))

const YEARS = [2020, 2021, 2022, 2023, 2024]
const MEMBERS = Array.from({ length: 600 }, (_, i) =>
  member(`m${i}`, { fullName: `Đảng viên ${i}`, partyCardNumber: String(10_000_000 + i) })
)

/**
 * 5,000 rows under a header on row 1: 2,000 naming a card no member holds (rows 2–2001, problems),
 * then 600 members × 5 years rated HTTNV (rows 2002–5001, to write).
 */
function ratingsFile(): LoadedHistory {
  const unknown = Array.from({ length: 2000 }, (_, i) => ['Người lạ', String(90_000_000 + i), 2024, 'HTTNV'])
  const known = MEMBERS.flatMap((m) => YEARS.map((y) => [m.fullName, m.partyCardNumber!, y, 'HTTNV']))
  return {
    kind: 'ratings',
    sheet: {
      table: {
        sheetName: 'Xếp loại',
        headerRow: 1,
        headerRowCount: 1,
        headers: ['Họ và tên', 'Số thẻ đảng viên', 'Năm', 'Xếp loại'],
        rows: [...unknown, ...known].map((values, i) => ({ rowNumber: i + 2, values })),
        blankRowsSkipped: 0,
        date1904: false
      },
      proposed: ['fullName', 'partyCardNumber', 'year', 'rating']
    },
    context: {
      today: '2026-11-21',
      now: '2026-11-21T00:00:00.000Z',
      members: MEMBERS,
      events: [],
      reviews: [],
      lockedYears: new Set()
    }
  }
}

let page: VueWrapper | null = null
afterEach(() => {
  page?.unmount()
  page = null
})

async function previewOf(loaded: LoadedHistory): Promise<VueWrapper> {
  file.loaded = loaded
  page = mount(HistoryImportPage, {
    global: {
      plugins: [[ElementPlus, { locale: viLocale }]],
      stubs: { ColumnMappingTable: true }
    }
  })
  await page
    .findAll('button')
    .find((b) => b.text() === 'Chọn tệp Excel')!
    .trigger('click')
  await flushPromises()
  return page
}

/** The "Dòng" column of the rows the table shows. */
const shownRows = (p: VueWrapper) =>
  p.findAll('.el-table__body tr.el-table__row').map((tr) => Number(tr.find('td').text()))
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i)
const pager = (p: VueWrapper) => p.find('nav[aria-label="Trang của các dòng"]')

describe('Nhập lịch sử: a preview of 5,000 rows is shown a page of 100 at a time', () => {
  it('shows one page, says the total, moves to page 2, and back to page 1 on another tab', async () => {
    const p = await previewOf(ratingsFile())
    expect(p.get('[aria-label="Tóm tắt"]').text()).toContain('Có vấn đề: 2000')
    // Problems first: rows 2–101 of the file, the first 100 of 2,000.
    expect(shownRows(p)).toEqual(range(2, 101))
    expect(pager(p).text()).toContain('Tổng 2000')

    await pager(p).get('button[aria-label="Đến trang sau"]').trigger('click')
    expect(shownRows(p)).toEqual(range(102, 201))
    expect(pager(p).get('.is-active').text()).toBe('2')

    // Another tab: its own rows, from page 1.
    await p.get('[aria-label="Xem các dòng"] input[value="new"]').setValue(true)
    expect(shownRows(p)).toEqual(range(2002, 2101))
    expect(pager(p).text()).toContain('Tổng 3000')
    expect(pager(p).get('.is-active').text()).toBe('1')
  })

  it('another file starts on page 1, on the same tab', async () => {
    const p = await previewOf(ratingsFile())
    await pager(p).get('button[aria-label="Đến trang sau"]').trigger('click')
    expect(shownRows(p)).toEqual(range(102, 201))
    file.loaded = ratingsFile()
    await p
      .findAll('button')
      .find((b) => b.text() === 'Chọn tệp Excel')!
      .trigger('click')
    await flushPromises()
    expect(shownRows(p)).toEqual(range(2, 101))
    expect(pager(p).get('.is-active').text()).toBe('1')
  })

  it('a page of rows or fewer needs no pager', async () => {
    const few = ratingsFile()
    few.sheet.table.rows = few.sheet.table.rows.slice(0, 40)
    const p = await previewOf(few)
    expect(shownRows(p)).toEqual(range(2, 41))
    expect(pager(p).exists()).toBe(false)
  })
})
