// @vitest-environment jsdom
// The preview of returned cell books says, before "Ghi", that the parts with problems are not written.
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { planBook } from '@renderer/domain/roundtrip'
import { Q1, content, context, returned, world } from '@renderer/testing/roundtripBooks'
import BatchPreview from './BatchPreview.vue'

describe('BatchPreview', () => {
  const w = world()
  const good = { date: '05/02/2026', type: 'Thường kỳ', marks: ['C', 'C', 'C'] }

  it('says the parts with problems are not written when there are some', () => {
    const plan = planBook(
      returned(content(w, Q1), { 0: good, 1: { date: 'hôm qua', type: 'Thường kỳ' } }),
      context(w, Q1)
    )
    const text = mount(BatchPreview, { props: { plans: [plan] } })
      .get('[role="status"]')
      .text()
    expect(text).toContain('1 vấn đề.')
    expect(text).toContain('Phần có vấn đề (mục “Chưa nhập” của từng tệp) không được ghi')
  })

  it('says nothing of the kind when every part is to be written', () => {
    const plan = planBook(returned(content(w, Q1), { 0: good }), context(w, Q1))
    const text = mount(BatchPreview, { props: { plans: [plan] } })
      .get('[role="status"]')
      .text()
    expect(text).toContain('0 vấn đề.')
    expect(text).not.toContain('không được ghi')
  })
})
