import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { startIdleWatch } from './idleWatch'

describe('startIdleWatch (automatic app lock after the chosen idle minutes)', () => {
  let target: EventTarget
  let stop: () => void = () => undefined
  beforeEach(() => {
    vi.useFakeTimers()
    target = new EventTarget()
  })
  afterEach(() => {
    stop()
    vi.useRealTimers()
  })

  const watch = (minutes: () => number) => {
    const onIdle = vi.fn()
    stop = startIdleWatch({ idleMinutes: minutes, onIdle, target })
    return onIdle
  }

  it('locks once 10 minutes pass without keyboard or mouse, not before', () => {
    const onIdle = watch(() => 10)
    vi.advanceTimersByTime(9 * 60_000 + 45_000)
    expect(onIdle).not.toHaveBeenCalled()
    vi.advanceTimersByTime(15_000)
    expect(onIdle).toHaveBeenCalledTimes(1)
  })

  it('starts counting again at every key press or mouse move', () => {
    const onIdle = watch(() => 10)
    for (let i = 0; i < 6; i++) {
      vi.advanceTimersByTime(5 * 60_000)
      target.dispatchEvent(new Event(i % 2 ? 'keydown' : 'mousemove'))
    }
    expect(onIdle).not.toHaveBeenCalled()
    vi.advanceTimersByTime(10 * 60_000)
    expect(onIdle).toHaveBeenCalledTimes(1)
  })

  it('never locks on its own when the setting is 0 ("Chỉ khi mở ứng dụng")', () => {
    const onIdle = watch(() => 0)
    vi.advanceTimersByTime(24 * 60 * 60_000)
    expect(onIdle).not.toHaveBeenCalled()
  })

  it('reads the setting at every check, so a change applies without a restart', () => {
    let minutes = 0
    const onIdle = watch(() => minutes)
    vi.advanceTimersByTime(20 * 60_000)
    minutes = 5
    vi.advanceTimersByTime(15_000)
    expect(onIdle).toHaveBeenCalledTimes(1)
  })

  it('stops listening and checking once stopped', () => {
    const onIdle = watch(() => 1)
    stop()
    vi.advanceTimersByTime(10 * 60_000)
    expect(onIdle).not.toHaveBeenCalled()
  })
})
