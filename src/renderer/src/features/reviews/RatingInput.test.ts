// @vitest-environment jsdom
// A rating typed in the review grid shows at once; when its save is refused (the year locked or the
// review saved in another window), the cell shows the stored rating again (docs/design.md §8).
import { describe, expect, it } from 'vitest'
import { nextTick, ref } from 'vue'
import { mount } from '@vue/test-utils'
import type { Rating } from '@renderer/domain/entities'
import RatingInput from './RatingInput.vue'
import { REFUSED_SAVES } from './useReviewYear'

function grid(stored: Rating | null) {
  const refused = ref(0)
  const input = mount(RatingInput, {
    props: { modelValue: stored, label: 'Đảng ủy quyết định – Nguyễn Văn An', row: 0, col: 0 },
    global: { provide: { [REFUSED_SAVES as symbol]: refused } }
  })
  const field = input.find('input')
  return {
    input,
    shown: () => (field.element as HTMLInputElement).value,
    /** Typed and Enter pressed (a lone digit 1–4 would commit as it is typed). */
    type: async (text: string) => {
      await field.setValue(text)
      await field.trigger('keydown', { key: 'Enter' })
    },
    refuse: async () => {
      refused.value++
      await nextTick()
    }
  }
}

describe('RatingInput: what the cell shows after a save', () => {
  it.each([
    ['no rating stored', '(empty)', null],
    ['HTTNV stored', 'HTTNV', 'good']
  ] as const)('%s, HTXSNV typed and refused → shows %s again', async (_, shownAfter, stored) => {
    const g = grid(stored)
    await g.type('HTXSNV')
    expect(g.input.emitted('commit')).toEqual([['excellent']])
    expect(g.shown()).toBe('HTXSNV')
    await g.refuse()
    expect(g.shown()).toBe(shownAfter === '(empty)' ? '' : shownAfter)
  })

  it('a digit commits and moves on; leaving the cell does not send the same rating a second time', async () => {
    const g = grid(null)
    await g.input.find('input').setValue('2')
    await g.input.find('input').trigger('blur')
    expect(g.input.emitted('commit')).toEqual([['good']])
    // Refused: the stored rating shows; typed again, it is sent again.
    await g.refuse()
    expect(g.shown()).toBe('')
    await g.type('2')
    expect(g.input.emitted('commit')).toEqual([['good'], ['good']])
  })

  it('a saved rating stays when a later save elsewhere is refused', async () => {
    const g = grid(null)
    await g.type('HTTNV')
    await g.input.setProps({ modelValue: 'good' })
    await g.refuse()
    expect(g.shown()).toBe('HTTNV')
  })

  it('what the clerk is typing again is left alone', async () => {
    const g = grid(null)
    await g.type('HTTNV')
    await g.input.find('input').setValue('HTXS')
    await g.refuse()
    expect(g.shown()).toBe('HTXS')
  })
})
