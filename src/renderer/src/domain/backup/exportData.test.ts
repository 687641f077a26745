import { describe, expect, it } from 'vitest'
import { checkExportMatches, type DatabaseExport } from './exportData'
import { BackupFileError } from './errors'
import type { BackupManifest } from './envelope'

const manifest = (counts: Record<string, number>): BackupManifest => ({
  format: 'so-chi-bo-backup',
  formatVersion: 1,
  appVersion: '1.0.0',
  schemaVersion: 7,
  createdAt: '2026-11-21T00:00:00.000Z',
  counts
})

/** An export of `tables` (name → rows) whose `data` lists `data` (name → rows), in that order. */
function exportOf(tables: [string, unknown[]][], data: [string, unknown[]][]): DatabaseExport {
  return {
    formatName: 'dexie',
    formatVersion: 1,
    data: {
      databaseName: 'so-chi-bo',
      databaseVersion: 7,
      tables: tables.map(([name, rows]) => ({ name, schema: 'id', rowCount: rows.length })),
      data: data.map(([tableName, rows]) => ({ tableName, inbound: true, rows }))
    }
  }
}

function refusal(run: () => void): BackupFileError {
  try {
    run()
  } catch (e) {
    expect(e).toBeInstanceOf(BackupFileError)
    return e as BackupFileError
  }
  throw new Error('not refused')
}

const bogus = [{ id: 'x', status: 'bogus-status' }]
const KNOWN = ['members', 'cells']

describe('checkExportMatches: each table’s rows once, and only for the tables listed', () => {
  it('accepts each listed table’s rows given once', () => {
    const data = exportOf([['members', bogus]], [['members', bogus]])
    expect(() => checkExportMatches(data, manifest({ members: 1 }), KNOWN)).not.toThrow()
  })

  it('refuses a table whose rows are given twice (the restore would write both, the record check read one)', () => {
    const data = exportOf(
      [['members', bogus]],
      [
        ['members', bogus],
        ['members', []]
      ]
    )
    const error = refusal(() => checkExportMatches(data, manifest({ members: 1 }), KNOWN))
    expect(error.code).toBe('corrupt')
    expect(error.userMessage).toContain('Dữ liệu trên máy không bị thay đổi.')
    expect(error.userMessage).toContain('Bảng “Đảng viên” có hai lần trong tệp.')
  })

  it('refuses rows of a table the file does not list', () => {
    const data = exportOf(
      [['members', []]],
      [
        ['members', []],
        ['cells', [{ id: 'c' }]]
      ]
    )
    const error = refusal(() => checkExportMatches(data, manifest({}), KNOWN))
    expect(error.code).toBe('corrupt')
    expect(error.userMessage).toContain('Dữ liệu trên máy không bị thay đổi.')
    expect(error.userMessage).toContain(
      'Tệp có dữ liệu của bảng “Chi bộ” mà danh sách bảng của tệp không có.'
    )
  })

  it('refuses a table listed twice', () => {
    const data = exportOf(
      [
        ['members', []],
        ['members', []]
      ],
      [['members', []]]
    )
    const error = refusal(() => checkExportMatches(data, manifest({}), KNOWN))
    expect(error.userMessage).toContain('Bảng “Đảng viên” có hai lần trong tệp.')
  })
})
