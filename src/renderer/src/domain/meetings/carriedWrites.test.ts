import { describe, expect, it } from 'vitest'
import type { MeetingTask } from '../entities'
import { carriedWrites, sameTask } from './carriedWrites'
import { closeTask } from './tasks'

const task = (id: string, extra: Partial<MeetingTask> = {}): MeetingTask => ({
  id,
  cellId: 'kp1',
  meetingId: 'jan',
  title: id,
  forAllMembers: 0,
  status: 'open',
  completions: [],
  ...extra
})
const byId = (...tasks: MeetingTask[]) => new Map(tasks.map((t) => [t.id, t]))

describe('carriedWrites: the carried tasks a save of the minutes writes', () => {
  const T = task('T')
  const closedHere = closeTask(T, '2026-02-03', 'feb')
  const closedInMarch = closeTask(T, '2026-03-03', 'mar')

  it('leaves alone a task the form did not change, whatever is stored now (or whether it is)', () => {
    expect(carriedWrites([T], [T], byId(closedInMarch))).toEqual({ changed: [] })
    expect(carriedWrites([T], [T], byId())).toEqual({ changed: [] })
  })

  it('writes a task the form changed when it is stored as read', () => {
    expect(carriedWrites([closedHere], [T], byId(T))).toEqual({ changed: [closedHere] })
  })

  it('refuses a task the form changed that was changed or removed since it was read', () => {
    const U = task('U')
    const closedU = closeTask(U, '2026-02-03', 'feb')
    expect(carriedWrites([closedU, closedHere], [U, T], byId(U, closedInMarch))).toEqual({
      changed: [],
      stale: closedHere
    })
    expect(carriedWrites([closedHere], [T], byId())).toEqual({ changed: [], stale: closedHere })
  })

  it('has nothing to write for a task already stored as the form has it (a form saved twice)', () => {
    expect(carriedWrites([closedHere], [T], byId(closedHere))).toEqual({ changed: [] })
  })

  it('a task missing from what was read counts as changed from nothing: refused unless stored alike', () => {
    expect(carriedWrites([closedHere], [], byId(T))).toEqual({ changed: [], stale: closedHere })
  })

  it('without what was read, the stored tasks stand for it', () => {
    expect(carriedWrites([closedHere], undefined, byId(T))).toEqual({ changed: [closedHere] })
    expect(carriedWrites([T], undefined, byId(T))).toEqual({ changed: [] })
    expect(carriedWrites([closedHere], undefined, byId())).toEqual({ changed: [], stale: closedHere })
  })

  it('sameTask: an absent field and null alike, keys in any order', () => {
    expect(sameTask({ ...T, deadline: null, closedOn: undefined }, T)).toBe(true)
    expect(sameTask(Object.fromEntries(Object.entries(T).reverse()) as MeetingTask, T)).toBe(true)
    expect(sameTask({ ...T, completions: [{ memberId: 'a', doneOn: '2026-02-03' }] }, T)).toBe(false)
  })
})
