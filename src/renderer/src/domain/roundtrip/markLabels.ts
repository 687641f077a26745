// The heading of each mark column of a cell's book. A name is enough until two members of the roll
// share it: then each says his birth ("sinh 1975"; the whole date when the year is shared too; his
// place among them when even that does not tell them apart), so the secretary marks the right
// column, picks the right name on "Lý do vắng", and the book reads back to the right member.
import type { IsoDate } from '../entities'
import { formatDate } from '../dates'
import { foldForSearch } from '../names'

/** The name a heading was made from, whatever birth it says (the office may have corrected it since). */
export function nameOfHeading(heading: string): string {
  return heading.replace(/ \((sinh|người thứ) [^)]*\)$/, '')
}

export function markLabels(
  roll: readonly { memberId: string; fullName: string }[],
  birthOf: (memberId: string) => IsoDate | null | undefined
): Map<string, string> {
  const groups = new Map<string, { memberId: string; fullName: string }[]>()
  for (const e of roll) {
    const key = foldForSearch(e.fullName)
    groups.set(key, [...(groups.get(key) ?? []), e])
  }
  const labels = new Map<string, string>()
  for (const group of groups.values()) {
    if (group.length === 1) {
      labels.set(group[0].memberId, group[0].fullName)
      continue
    }
    const births = group.map((e) => birthOf(e.memberId) ?? '')
    const apart = (texts: string[]) => texts.every((t) => t !== '') && new Set(texts).size === texts.length
    const years = births.map((b) => b.slice(0, 4))
    const said = apart(years)
      ? years.map((y) => `sinh ${y}`)
      : apart(births)
        ? births.map((b) => `sinh ${formatDate(b)}`)
        : group.map((_, i) => `người thứ ${i + 1}`)
    group.forEach((e, i) => labels.set(e.memberId, `${e.fullName} (${said[i]})`))
  }
  return labels
}
