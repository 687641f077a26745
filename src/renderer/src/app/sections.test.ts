import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { routes } from './routes'
import { SECTIONS } from './sections'

describe('the left navigation', () => {
  const router = createRouter({ history: createMemoryHistory(), routes })

  it.each(SECTIONS.map((s) => [s.label, s.name]))('“%s” opens the route named %s', (_, name) => {
    expect(router.hasRoute(name)).toBe(true)
  })

  it('lists ten sections, overview first and settings last', () => {
    expect(SECTIONS.map((s) => router.resolve({ name: s.name }).path)).toEqual([
      '/',
      '/chi-bo',
      '/dang-vien',
      '/sinh-hoat',
      '/danh-gia',
      '/so-chi-bo',
      '/khen-thuong',
      '/bao-cao',
      '/sao-luu',
      '/cai-dat'
    ])
  })
})
