import { describe, expect, it } from 'vitest'
import { APP_ENTRY_URL, devServerOrigin, isAppUrl } from './origin'

describe('isAppUrl', () => {
  it('accepts app://scb pages', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true)
    expect(isAppUrl('app://scb/index.html#/members/3')).toBe(true)
  })
  it.each([
    'app://evil/index.html',
    'https://scb/',
    'file:///index.html',
    'javascript:alert(1)',
    '',
    null,
    undefined,
    '%%'
  ])('refuses %s', (url) => {
    expect(isAppUrl(url, undefined)).toBe(false)
  })
  it('accepts the dev server origin only when configured', () => {
    expect(isAppUrl('http://localhost:5173/#/', 'http://localhost:5173')).toBe(true)
    expect(isAppUrl('http://localhost:5173/#/')).toBe(false)
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false)
  })
})

describe('devServerOrigin', () => {
  it('only trusts http(s) on the loopback host', () => {
    expect(devServerOrigin('http://localhost:5173/')).toBe('http://localhost:5173')
    expect(devServerOrigin('http://127.0.0.1:5173')).toBe('http://127.0.0.1:5173')
    expect(devServerOrigin('https://example.com')).toBeNull()
    expect(devServerOrigin('file:///x')).toBeNull()
    expect(devServerOrigin('garbage')).toBeNull()
    expect(devServerOrigin(undefined)).toBeNull()
  })
})
