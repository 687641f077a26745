// Tests only: each test of a file gets its own empty database.
import { afterEach, beforeEach } from 'vitest'
import { createTestDb, setDb } from '../database'

/** Call at the top of a test file: every test then runs against a fresh, empty `getDb()`. */
export function useTestDb(): void {
  beforeEach(() => {
    createTestDb()
  })
  afterEach(() => setDb(null))
}
