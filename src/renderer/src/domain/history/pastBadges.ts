// Huy hiệu Đảng already awarded (member, milestone, date, decision number) read from Excel and
// written as the member's 'badge' life events — the events badge candidates read (HD 01-HD/TW 2021
// mục 18: a milestone awarded is not proposed again).
import type { IsoDate, Member, MemberEvent } from '../entities'
import { valueText, parseImportDate, type ImportValue } from '../members/importValues'
import { MemberMatcher, type IdentityValues } from './memberMatch'
import { parseMilestone } from './badgeText'
import { flagDuplicates, matchedRow, type HistoryRecord, type HistoryRowBase } from './pastRatings'

export interface PastBadgeValues extends IdentityValues {
  milestone?: ImportValue
  date?: ImportValue
  decisionNumber?: ImportValue
}

export interface PastBadgeRow extends HistoryRowBase {
  milestone?: number
  event?: MemberEvent
}

export interface PastBadgeContext {
  today: IsoDate
  members: readonly Member[]
  /** Milestones each member already has a badge event for. */
  awarded: ReadonlyMap<string, ReadonlySet<number>>
  newId: () => string
  now: string
}

export function analyzePastBadges(
  records: readonly HistoryRecord<PastBadgeValues>[],
  ctx: PastBadgeContext
): PastBadgeRow[] {
  const matcher = new MemberMatcher(ctx.members)
  const rows = records.map((rec): PastBadgeRow => {
    const v = rec.values
    const problems: string[] = []
    const milestoneText = valueText(v.milestone ?? null)
    const parsed = milestoneText
      ? parseMilestone(milestoneText)
      : { problem: 'Thiếu mốc Huy hiệu (30, 40 … năm).' }
    if ('problem' in parsed) problems.push(parsed.problem)
    const date = parseImportDate(v.date)
    if (date.kind === 'empty') problems.push('Thiếu ngày trao (hoặc năm trao).')
    else if (date.kind === 'invalid') problems.push(`Ngày trao "${date.text}" ${date.reason}.`)
    else if (date.date.slice(0, 10) > ctx.today) problems.push('Ngày trao ở sau hôm nay.')
    const row: PastBadgeRow = matchedRow(matcher, rec, problems)
    if ('milestone' in parsed) row.milestone = parsed.milestone
    if (problems.length || !row.member || !('milestone' in parsed) || date.kind !== 'date') return row
    if (ctx.awarded.get(row.member.id)?.has(parsed.milestone)) {
      row.outcome = 'same'
      row.note = `Đã có Huy hiệu ${parsed.milestone} năm trong hồ sơ.`
      return row
    }
    const decisionNumber = valueText(v.decisionNumber ?? null)
    row.event = {
      id: ctx.newId(),
      memberId: row.member.id,
      type: 'badge',
      date: date.date,
      milestone: parsed.milestone,
      ...(decisionNumber ? { decisionNumber } : {}),
      note: 'Nhập lịch sử từ Excel',
      createdAt: ctx.now
    }
    row.outcome = 'new'
    return row
  })
  flagDuplicates(rows, (r) => r.milestone, 'Huy hiệu mốc này')
  return rows
}
