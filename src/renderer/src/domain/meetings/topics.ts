// Thematic topics offered for reuse: the seeds' examples, then every topic already used, most
// recent first, each once (compared accent- and case-insensitively).
import type { Meeting } from '../entities'
import { cleanText, foldForSearch } from '../names'

export const SEED_TOPICS: readonly string[] = [
  'Xây dựng tinh thần đoàn kết tại chi bộ',
  'Tự soi, tự sửa',
  'Nâng cao chất lượng sinh hoạt chi bộ'
]

export function topicSuggestions(meetings: readonly Pick<Meeting, 'topic' | 'date'>[]): string[] {
  const used = meetings
    .filter((m) => m.topic && cleanText(m.topic))
    .sort((a, b) => b.date.localeCompare(a.date))
    .map((m) => cleanText(m.topic!))
  const seen = new Set<string>()
  const out: string[] = []
  for (const t of [...used, ...SEED_TOPICS]) {
    const key = foldForSearch(t)
    if (seen.has(key)) continue
    seen.add(key)
    out.push(t)
  }
  return out
}
