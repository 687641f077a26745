/**
 * Generic "sheet → table" reader for every import (members, a cell's rating sheet, …):
 *
 * ```ts
 * const grids = await readGrids(bytes)                       // .xlsx or .xls → grids (./grid)
 * const table = findTable(grids[0], FIELDS)                  // header row found, body rows kept
 * const mapping = proposeMapping(table.headers, FIELDS)      // column → field key (or null)
 * const key = headerLayoutKey(table.headers)                 // remember a mapping per layout
 * const records = table.rows.map((r) => mapRow(r, mapping))  // { fieldKey: RawCell }
 * ```
 *
 * Files from the higher level start with title rows and blank rows; their header is one row or two
 * (a group such as "Ngày" merged over "vào Đảng" / "chính thức", the other headers merged over both
 * rows); a row of column numbers "(1) (2) (3)" may follow it. Blank rows inside the body are skipped
 * and counted. Pure of the database and of Vue.
 */
import { foldForSearch } from '@renderer/domain/names'
import type { Grid, RawCell } from './grid'

export { readGrids, readXlsxGrids, readXlsGrids, spreadsheetKind, SpreadsheetReadError } from './grid'
export type { Grid, RawCell, MergeRange } from './grid'

/** A field an import can fill, with the header texts that mean it (any case, with or without accents). */
export interface FieldSpec<K extends string = string> {
  key: K
  /** Vietnamese label shown in the mapping step. */
  label: string
  aliases: string[]
  required?: boolean
}

export interface TableRow {
  /** 1-based row number in the sheet, as the clerk sees it in Excel. */
  rowNumber: number
  values: RawCell[]
  /** Columns whose cell is merged down over several body rows → those rows, e.g. "5–7". */
  mergedOver?: Record<number, string>
  /** Hidden in Excel (by hand or by a filter): the clerk did not see it there. */
  hidden?: true
}

export interface SheetTable {
  sheetName: string
  /** 1-based number of the (first) header row. */
  headerRow: number
  /** 1 or 2. */
  headerRowCount: number
  /** One text per column; a two-row header joins group and sub-header: "Ngày vào Đảng". */
  headers: string[]
  rows: TableRow[]
  /** Rows in the body left out because every cell was empty. */
  blankRowsSkipped: number
  /** The workbook counts days from 1904: a plain day number is read so. */
  date1904: boolean
}

/** How far down a header is looked for. */
const HEADER_SEARCH_ROWS = 30

export function cellText(value: RawCell): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  return String(value).normalize('NFC').replace(/\s+/g, ' ').trim()
}

/** A cell whose text (cellText) is empty: nothing, or only spaces. */
const isBlank = (v: RawCell) => v === null || v === undefined || (typeof v === 'string' && !/\S/.test(v))

function isBlankRow(values: readonly RawCell[]): boolean {
  return values.every(isBlank)
}

/** Folded header text: accent-free, lower case, no punctuation — "Họ và tên (*)" → "ho va ten". */
export function foldHeader(text: string): string {
  return foldForSearch(text)
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** 3 exact, 2 the header starts with the alias, 1 the header contains it, 0 no match. */
function aliasScore(header: string, alias: string): number {
  if (!header || !alias) return 0
  if (header === alias) return 3
  if (header.startsWith(alias + ' ')) return 2
  if (` ${header} `.includes(` ${alias} `)) return 1
  return 0
}

/** Each field's aliases folded, once per field list (a header search scores 30 rows against them). */
const foldedAliases = new WeakMap<readonly FieldSpec[], string[][]>()
function aliasesOf(fields: readonly FieldSpec[]): string[][] {
  let folded = foldedAliases.get(fields)
  if (!folded) foldedAliases.set(fields, (folded = fields.map((f) => f.aliases.map(foldHeader))))
  return folded
}

function headerScore(headers: readonly string[], fields: readonly FieldSpec[]): number {
  const aliases = aliasesOf(fields).flat()
  let score = 0
  for (const header of headers) {
    const h = foldHeader(header)
    if (aliases.some((a) => aliasScore(h, a) >= 2)) score++
  }
  return score
}

/** Joins a two-row header: the same text over both rows (a vertical merge) counts once. */
export function combineHeaderRows(top: readonly RawCell[], bottom: readonly RawCell[]): string[] {
  const n = Math.max(top.length, bottom.length)
  const out: string[] = []
  for (let c = 0; c < n; c++) {
    const t = cellText(top[c] ?? null)
    const b = cellText(bottom[c] ?? null)
    out.push(!b || t === b ? t : !t ? b : `${t} ${b}`)
  }
  return out
}

/** True when row r starts merges that tie it to row r + 1 as one header (vertical or a group). */
function hasTwoRowHeaderMerges(grid: Grid, r: number): boolean {
  const below = grid.rows[r + 1] ?? []
  return grid.merges.some(
    (m) =>
      m.r1 === r &&
      ((m.r2 >= r + 1 && m.c1 === m.c2) || // a header merged over both rows
        (m.r2 === r && m.c2 > m.c1 && below.slice(m.c1, m.c2 + 1).some((v) => cellText(v) !== ''))) // a group over sub-headers
  )
}

/** "(1) (2) (3)…" or "1 2 3…" under a header: column numbers, not data. */
function isColumnNumberRow(values: readonly RawCell[]): boolean {
  const texts = values.map(cellText).filter(Boolean)
  if (texts.length < 3) return false
  return texts.every((t, i) => t.replace(/[()]/g, '') === String(i + 1))
}

/** The first of the top rows with the most filled cells (a title row fills one). */
function widestRow(grid: Grid, limit: number): number {
  let best = { r: -1, filled: 0 }
  for (let r = 0; r < limit; r++) {
    const filled = (grid.rows[r] ?? []).filter((v) => cellText(v) !== '').length
    if (filled > best.filled) best = { r, filled }
  }
  return best.r
}

/**
 * Finds the header (the first rows scoring best against the fields' aliases) and returns the table
 * under it. When no row names at least two of the fields it throws, unless `widestIfUnnamed`: then
 * the widest top row is the header, for an import whose clerk maps the columns by hand.
 */
export function findTable(
  grid: Grid,
  fields: readonly FieldSpec[],
  options: { widestIfUnnamed?: boolean } = {}
): SheetTable {
  let best = { r: -1, score: 0 }
  const limit = Math.min(grid.rows.length, HEADER_SEARCH_ROWS)
  for (let r = 0; r < limit; r++) {
    const texts = (grid.rows[r] ?? []).map(cellText)
    let score = headerScore(texts, fields)
    if (hasTwoRowHeaderMerges(grid, r))
      score = Math.max(score, headerScore(combineHeaderRows(grid.rows[r], grid.rows[r + 1] ?? []), fields))
    if (score > best.score) best = { r, score }
  }
  if (best.score < 2) best = { r: options.widestIfUnnamed ? widestRow(grid, limit) : -1, score: 0 }
  if (best.r < 0)
    throw new Error(
      'Không tìm thấy dòng tiêu đề cột (ví dụ "Họ và tên", "Ngày sinh") trong 30 dòng đầu của trang tính.'
    )

  const r = best.r
  const twoRows = hasTwoRowHeaderMerges(grid, r)
  const headers = twoRows
    ? combineHeaderRows(grid.rows[r], grid.rows[r + 1] ?? [])
    : (grid.rows[r] ?? []).map(cellText)
  let bodyStart = r + (twoRows ? 2 : 1)
  if (grid.rows[bodyStart] && isColumnNumberRow(grid.rows[bodyStart])) bodyStart++

  const bodyMerges = verticalMergesInBody(grid, bodyStart)
  const hiddenRows = new Set(grid.hiddenRows)
  const rows: TableRow[] = []
  let blankRowsSkipped = 0
  let trailingBlanks = 0
  for (let i = bodyStart; i < grid.rows.length; i++) {
    const values = grid.rows[i] ?? []
    if (isBlankRow(values)) {
      trailingBlanks++
      continue
    }
    blankRowsSkipped += trailingBlanks
    trailingBlanks = 0
    const mergedOver = bodyMerges.get(i)
    rows.push({
      rowNumber: i + 1,
      values: headers.map((_, c) => values[c] ?? null),
      ...(mergedOver && { mergedOver }),
      ...(hiddenRows.has(i) && { hidden: true as const })
    })
  }
  return {
    sheetName: grid.sheetName,
    headerRow: r + 1,
    headerRowCount: twoRows ? 2 : 1,
    headers,
    rows,
    blankRowsSkipped,
    date1904: grid.date1904
  }
}

/**
 * Grid row → { column → "5–7" } for merges spanning several body rows: the value Excel shows once
 * is copied into each of those rows, so the import can tell one person's cell from a shared one.
 */
function verticalMergesInBody(grid: Grid, bodyStart: number): Map<number, Record<number, string>> {
  const out = new Map<number, Record<number, string>>()
  for (const m of grid.merges) {
    const from = Math.max(m.r1, bodyStart)
    if (m.r2 <= from) continue
    const span = `${m.r1 + 1}–${m.r2 + 1}`
    for (let r = from; r <= m.r2; r++) {
      const cols = out.get(r) ?? {}
      for (let c = m.c1; c <= m.c2; c++) cols[c] = span
      out.set(r, cols)
    }
  }
  return out
}

/** Column index → field key, or null for a column not imported. */
export type ColumnMapping<K extends string = string> = (K | null)[]

/**
 * Proposes which column fills which field: exact headers first, then headers starting with an
 * alias; each field and each column used at most once.
 */
export function proposeMapping<K extends string>(
  headers: readonly string[],
  fields: readonly FieldSpec<K>[]
): ColumnMapping<K> {
  const candidates: { col: number; key: K; score: number; order: number }[] = []
  headers.forEach((header, col) => {
    const h = foldHeader(header)
    aliasesOf(fields).forEach((aliases, order) => {
      const f = fields[order]
      const score = Math.max(0, ...aliases.map((a) => aliasScore(h, a)))
      // "Contains" alone is too loose to propose ("Chi bộ nơi cư trú" is not an address).
      if (score >= 2) candidates.push({ col, key: f.key, score, order })
    })
  })
  candidates.sort((a, b) => b.score - a.score || a.col - b.col || a.order - b.order)
  const mapping: ColumnMapping<K> = headers.map(() => null)
  const used = new Set<K>()
  for (const c of candidates) {
    if (mapping[c.col] !== null || used.has(c.key)) continue
    mapping[c.col] = c.key
    used.add(c.key)
  }
  return mapping
}

/** A key naming a header layout, so a mapping the clerk corrected is offered again for the same layout. */
export function headerLayoutKey(headers: readonly string[]): string {
  return headers.map(foldHeader).join('|')
}

/** Keeps a remembered mapping only if it still fits the headers (same number of columns, known keys). */
export function restoreMapping<K extends string>(
  saved: unknown,
  headers: readonly string[],
  fields: readonly FieldSpec<K>[]
): ColumnMapping<K> | null {
  if (!Array.isArray(saved) || saved.length !== headers.length) return null
  const keys = new Set<string>(fields.map((f) => f.key))
  if (!saved.every((k) => k === null || (typeof k === 'string' && keys.has(k)))) return null
  return saved as ColumnMapping<K>
}

/** Required fields no column fills. */
export function missingRequired<K extends string>(
  mapping: ColumnMapping<K>,
  fields: readonly FieldSpec<K>[]
): FieldSpec<K>[] {
  return fields.filter((f) => f.required && !mapping.includes(f.key))
}

/** One body row as { fieldKey: value } through the mapping. */
export function mapRow<K extends string>(
  row: TableRow,
  mapping: ColumnMapping<K>
): Partial<Record<K, RawCell>> {
  const out: Partial<Record<K, RawCell>> = {}
  mapping.forEach((key, col) => {
    if (key !== null) out[key] = row.values[col] ?? null
  })
  return out
}
