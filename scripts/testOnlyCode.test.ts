import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

// Test-only code (factories, fakes, read-back helpers) lives in `testing/` folders, and production
// code never imports it: the app and its bundles carry no test support (ARCHITECTURE.md).
const ROOT = join(__dirname, '..', 'src')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.(ts|vue)$/.test(name) ? [path] : []
  })
}

const isTestSupport = (path: string) => /\.test\.ts$/.test(path) || /[\\/]testing[\\/]/.test(path)
const importsTesting = (text: string) => /from\s+['"][^'"]*\/testing\/[^'"]*['"]/.test(text)

describe('test-only code stays out of the app', () => {
  it('no production file imports a testing/ module', () => {
    const offenders = sourceFiles(ROOT)
      .filter((f) => !isTestSupport(f) && importsTesting(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f))
    expect(offenders).toEqual([])
  })

  it.each([
    ["import { cell } from '@renderer/testing/factories'", true],
    ["import { readBack } from '../testing/readBack'", true],
    ["import { cellRepository } from '@renderer/db/repositories/cellRepository'", false]
  ])('recognises %s', (line, expected) => {
    expect(importsTesting(line)).toBe(expected)
  })
})
