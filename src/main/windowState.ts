// Remembers the main window's size and position in a small JSON file in userData.
// A missing, corrupt or off-screen state is ignored: the window then opens at the default size.
import { mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import type { Rectangle } from 'electron'
import { z } from 'zod'

export const DEFAULT_WIDTH = 1280
export const DEFAULT_HEIGHT = 800
export const MIN_WIDTH = 1024
export const MIN_HEIGHT = 640

export const windowStateSchema = z.object({
  x: z.number().int().min(-100_000).max(100_000),
  y: z.number().int().min(-100_000).max(100_000),
  width: z.number().int().min(MIN_WIDTH).max(20_000),
  height: z.number().int().min(MIN_HEIGHT).max(20_000),
  isMaximized: z.boolean()
})

export type WindowState = z.infer<typeof windowStateSchema>

/** The part of the window that must be on a screen for the clerk to grab it (title bar area). */
const MIN_VISIBLE_WIDTH = 120
const MIN_VISIBLE_HEIGHT = 40

/** True when the window's top strip lies on one of the displays' work areas. */
export function isOnScreen(bounds: Rectangle, workAreas: Rectangle[]): boolean {
  return workAreas.some((area) => {
    const left = Math.max(bounds.x, area.x)
    const right = Math.min(bounds.x + bounds.width, area.x + area.width)
    const top = Math.max(bounds.y, area.y)
    const bottom = Math.min(bounds.y + MIN_VISIBLE_HEIGHT, area.y + area.height)
    return right - left >= MIN_VISIBLE_WIDTH && bottom - top >= MIN_VISIBLE_HEIGHT
  })
}

/** Reads the saved state; null when there is none or it is corrupt, invalid or off-screen. */
export function loadWindowState(file: string, workAreas: Rectangle[]): WindowState | null {
  let raw: string
  try {
    raw = readFileSync(file, 'utf8')
  } catch {
    return null
  }
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch {
    return null
  }
  const parsed = windowStateSchema.safeParse(json)
  if (!parsed.success) return null
  return isOnScreen(parsed.data, workAreas) ? parsed.data : null
}

/** Writes the state atomically (temp file, then rename). Never throws: losing it is harmless. */
export function saveWindowState(file: string, state: WindowState): boolean {
  const parsed = windowStateSchema.safeParse(state)
  if (!parsed.success) return false
  const temp = `${file}.${process.pid}.tmp`
  try {
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(temp, JSON.stringify(parsed.data), 'utf8')
    renameSync(temp, file)
    return true
  } catch {
    try {
      unlinkSync(temp)
    } catch {
      // nothing to clean up
    }
    return false
  }
}
