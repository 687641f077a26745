// Tests only: the records in the test database, checked as a restore would check a backup of them
// (db/backupRecords.ts). What the app writes must always pass, or its own backups would be refused.
import { expect } from 'vitest'
import { getDb } from '../database'
import { rowsOfDatabase } from '../backupStore'
import { backupRecordProblems } from '../backupRecords'

export async function expectSoundRecords(): Promise<void> {
  const { first } = backupRecordProblems(await rowsOfDatabase(getDb()))
  expect(first).toEqual([])
}
