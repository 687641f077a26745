// @vitest-environment jsdom
// Đảng viên → "Đến hạn chính thức": a guest due is marked as Tổng quan and the export mark him — his
// official membership is his own đảng bộ's decision (docs/design.md §6 Temporary transfers).
import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import type { ProbationDue } from '@renderer/domain/members/probation'
import { cell } from '@renderer/testing/factories'
import { member } from '@renderer/testing/reviewFactories'
import ProbationDuePanel from './ProbationDuePanel.vue'

function due(id: string, fullName: string, guest: boolean): ProbationDue {
  return {
    member: member(id, { fullName, status: 'probationary', admissionDate: '2025-12-12' }),
    admissionDate: '2025-12-12',
    probationFrom: '2025-12-12',
    readmitted: false,
    dueDate: '2026-12-12',
    daysLeft: 21,
    guest
  }
}

describe('ProbationDuePanel', () => {
  it('marks a guest "sinh hoạt tạm thời", and only him', async () => {
    const panel = mount(ProbationDuePanel, {
      props: {
        due: [due('m1', 'Phạm Văn An', false), due('m2', 'Hoàng Văn Khoa', true)],
        loading: false,
        cells: [cell('c1', { name: 'Chi bộ Khu phố 1' })],
        cellNames: new Map([['c1', 'Chi bộ Khu phố 1']])
      },
      global: {
        plugins: [ElementPlus],
        stubs: { 'router-link': { template: '<a><slot /></a>' } }
      }
    })
    await flushPromises()
    const rows = panel.findAll('tbody tr').map((r) => r.text())
    expect(rows).toHaveLength(2)
    expect(rows[0]).toContain('Phạm Văn An')
    expect(rows[0]).not.toContain('tạm thời')
    expect(rows[1]).toContain('Hoàng Văn Khoa (sinh hoạt tạm thời: nơi sinh hoạt chính thức xét)')
    panel.unmount()
  })
})
