// @vitest-environment jsdom
// While the app is locked nothing of the data may be seen (docs/design.md §8: the lock keeps a
// passer-by out). The shell is not rendered, but Element Plus puts its message boxes and dialogs in
// <body>, each above the last (z-index 2000 + one for every popup or tooltip opened since the app
// started): after a few thousand, a confirmation left open ("Xóa hồ sơ của đồng chí …?") would stand
// above the lock screen's 5000. So whatever else is in <body> is hidden from sight, not only inert.
import { afterEach, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import LockScreen from './LockScreen.vue'

/** The passphrase field, as far as the lock screen uses it (focus). */
const INPUT = { template: '<input />', methods: { focus() {} } }

afterEach(() => {
  document.body.innerHTML = ''
})

describe('the lock screen over what was left open', () => {
  it('hides a message box left open in <body> while locked, and shows it again after', () => {
    const box = document.createElement('div')
    box.className = 'el-overlay'
    box.style.zIndex = '6001'
    box.textContent = 'Xóa hồ sơ tạo nhầm của đồng chí Nguyễn Văn An?'
    document.body.appendChild(box)
    const host = document.body.appendChild(document.createElement('div'))
    const lock = mount(LockScreen, {
      attachTo: host,
      global: { plugins: [createPinia()], stubs: { 'el-input': INPUT, 'el-button': true } }
    })
    expect(box.hasAttribute('inert')).toBe(true)
    expect(box.style.visibility).toBe('hidden')
    expect(host.style.visibility).toBe('')
    lock.unmount()
    expect(box.hasAttribute('inert')).toBe(false)
    expect(box.style.visibility).toBe('')
  })
})
