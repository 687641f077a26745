import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { isOnScreen, loadWindowState, saveWindowState } from './windowState'

const screen = [{ x: 0, y: 0, width: 1920, height: 1040 }]
const good = { x: 100, y: 80, width: 1200, height: 760, isMaximized: false }

let dir: string
let file: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scb-window-'))
  file = join(dir, 'window-state.json')
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('window state', () => {
  it('round-trips through the JSON file', async () => {
    expect(saveWindowState(file, good)).toBe(true)
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(good)
    expect(loadWindowState(file, screen)).toEqual(good)
    expect(await readdir(dir)).toEqual(['window-state.json'])
  })

  it('ignores a missing file', () => {
    expect(loadWindowState(file, screen)).toBeNull()
  })

  it.each([
    ['not json', '{oops'],
    ['wrong types', JSON.stringify({ ...good, width: '1200' })],
    ['too small', JSON.stringify({ ...good, width: 10 })],
    ['missing fields', JSON.stringify({ x: 1, y: 1 })],
    ['null', 'null']
  ])('ignores a corrupt file (%s)', async (_label, content) => {
    await writeFile(file, content)
    expect(loadWindowState(file, screen)).toBeNull()
  })

  it('ignores a position on a screen that is gone', async () => {
    await writeFile(file, JSON.stringify({ ...good, x: 2500, y: 100 }))
    expect(loadWindowState(file, screen)).toBeNull()
    const twoScreens = [...screen, { x: 1920, y: 0, width: 1920, height: 1040 }]
    expect(loadWindowState(file, twoScreens)).toEqual({ ...good, x: 2500, y: 100 })
  })

  it('needs the title bar on screen', () => {
    expect(isOnScreen({ x: 100, y: -500, width: 1200, height: 760 }, screen)).toBe(false)
    expect(isOnScreen({ x: 100, y: 1030, width: 1200, height: 760 }, screen)).toBe(false)
    expect(isOnScreen({ x: -1150, y: 0, width: 1200, height: 760 }, screen)).toBe(false)
    expect(isOnScreen({ x: -1000, y: 0, width: 1200, height: 760 }, screen)).toBe(true)
  })

  it('refuses to save an invalid state and does not throw on a bad folder', async () => {
    expect(saveWindowState(file, { ...good, width: Number.NaN })).toBe(false)
    await writeFile(join(dir, 'blocker'), 'x')
    expect(saveWindowState(join(dir, 'blocker', 'state.json'), good)).toBe(false)
  })
})
