// Vietnamese names: normalising, splitting, sorting by tên (given name) and accent-free search
// (docs/design.md §4: lists of people are sorted by tên, as Party lists are).

import { removeInvisible } from './text'

/** NFC, trimmed, inner spaces collapsed, invisible and direction-changing characters removed (text.ts). */
export function cleanText(value: string): string {
  return removeInvisible(value).normalize('NFC').replace(/\s+/g, ' ').trim()
}

/**
 * Accent-free, lower case: NFD, strip combining marks, đ→d. "Nguyễn Văn Ân" → "nguyen van an".
 */
export function foldForSearch(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}

/** Capitalises each word properly: "  NGUYỄN văn  ân " → "Nguyễn Văn Ân". */
export function properCaseName(value: string): string {
  return cleanText(value)
    .toLocaleLowerCase('vi')
    .split(' ')
    .filter(Boolean)
    .map((w) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1))
    .join(' ')
}

export interface NameParts {
  family: string
  middle: string
  given: string
}

/** "Nguyễn Thị Minh Khai" → family Nguyễn, middle "Thị Minh", given Khai. */
export function splitName(fullName: string): NameParts {
  const words = cleanText(fullName).split(' ').filter(Boolean)
  if (words.length === 0) return { family: '', middle: '', given: '' }
  if (words.length === 1) return { family: '', middle: '', given: words[0] }
  return { family: words[0], middle: words.slice(1, -1).join(' '), given: words[words.length - 1] }
}

// Letters first (a < ă < â, d < đ, numbers by value), over the whole key; only then the tones (and
// case), in the dictionary's order: không dấu, huyền, hỏi, ngã, sắc, nặng. Left at letters only,
// "Anh" and "Ánh" tied and kept the order they were stored in, which changed between lists.
const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true })
const toneCollator = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true })

/** The last word: the exact text (e.g. composed or decomposed), so no two different strings tie. */
function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Vietnamese order of two texts: letters, then tones and case, then the exact text. */
function compareText(a: string, b: string): number {
  return collator.compare(a, b) || toneCollator.compare(a, b) || byCodePoint(a, b)
}

/** Cell names in Vietnamese order, numbers by value: "Khu phố 2" before "Khu phố 10". */
export function compareCellNames(a: string, b: string): number {
  return compareText(a, b)
}

/** Cells (or anything named) sorted by name: the one order every list of cells uses. */
export function sortCells<T extends { name: string }>(cells: readonly T[]): T[] {
  return [...cells].sort((a, b) => compareText(a.name, b.name))
}

/**
 * Vietnamese order: given name, then middle, then family name — by letters first; names the same
 * in letters are ordered by their tones (given name, then middle, then family), then by the text.
 */
export function compareVietnameseNames(a: string, b: string): number {
  const pa = splitName(a)
  const pb = splitName(b)
  return (
    collator.compare(pa.given, pb.given) ||
    collator.compare(pa.middle, pb.middle) ||
    collator.compare(pa.family, pb.family) ||
    collator.compare(a, b) ||
    toneCollator.compare(pa.given, pb.given) ||
    toneCollator.compare(pa.middle, pb.middle) ||
    toneCollator.compare(pa.family, pb.family) ||
    compareText(a, b)
  )
}

/**
 * Sorts by name many times faster than calling compareVietnameseNames in the sort: each key is
 * built once ("given middle family"), then compared with the collator; the same order.
 */
export function sortByVietnameseName<T>(items: readonly T[], nameOf: (item: T) => string): T[] {
  const keyed = items.map((item) => {
    const name = nameOf(item)
    const p = splitName(name)
    return { item, name, given: p.given, rest: `${p.middle}\u0001${p.family}` }
  })
  keyed.sort(
    (x, y) =>
      collator.compare(x.given, y.given) ||
      collator.compare(x.rest, y.rest) ||
      toneCollator.compare(x.given, y.given) ||
      toneCollator.compare(x.rest, y.rest) ||
      compareText(x.name, y.name)
  )
  return keyed.map((k) => k.item)
}

/** The text a member is found by: name, party card and CCCD, accent-free. */
export function memberSearchText(m: {
  fullName: string
  partyCardNumber?: string
  idNumber?: string
}): string {
  return [foldForSearch(m.fullName), m.partyCardNumber ?? '', m.idNumber ?? ''].filter(Boolean).join(' ')
}

/** True when every word of the query occurs in the folded text ("dao" finds "Đào"). */
export function matchesSearch(searchText: string, query: string): boolean {
  const words = foldForSearch(query).split(' ').filter(Boolean)
  return words.every((w) => searchText.includes(w))
}
