// Huy hiệu Đảng already awarded (member, milestone, date, decision number) read from Excel and
// written as the member's 'badge' life events — the events badge candidates read (HD 01-HD/TW 2021
// mục 18: a milestone awarded is not proposed again).
import type { Badge, IsoDate, Member, MemberEvent } from '../entities'
import { formatDate } from '../dates'
import { excelErrorOf, valueText, parseImportDate, type ImportValue } from '../members/importValues'
import { awardedMilestones, badgeBeforeReach } from '../honours/badges'
import { groupEventsByMember } from '../reviews/eligibility'
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
  /** Every member's events: the badges already awarded, the admissions and gaps party age counts. */
  events: readonly MemberEvent[]
  /** Badges of Khen thưởng's ceremonies: one still proposed is a decision on its way, not history. */
  proposals?: readonly Pick<Badge, 'memberId' | 'milestone' | 'ceremonyDate' | 'status'>[]
  newId: () => string
  now: string
}

export function analyzePastBadges(
  records: readonly HistoryRecord<PastBadgeValues>[],
  ctx: PastBadgeContext
): PastBadgeRow[] {
  const matcher = new MemberMatcher(ctx.members)
  const awarded = awardedMilestones(ctx.events)
  const eventsOf = groupEventsByMember(ctx.events)
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
    const decisionError = excelErrorOf(v.decisionNumber ?? null)
    if (decisionError)
      problems.push(`Ô số quyết định có lỗi công thức Excel (${decisionError}): sửa trong tệp rồi chọn lại.`)
    const row: PastBadgeRow = matchedRow(matcher, rec, problems)
    if ('milestone' in parsed) row.milestone = parsed.milestone
    if (problems.length || !row.member || !('milestone' in parsed) || date.kind !== 'date') return row
    if (awarded.get(row.member.id)?.has(parsed.milestone)) {
      row.outcome = 'same'
      row.note = `Đã có Huy hiệu ${parsed.milestone} năm trong hồ sơ.`
      return row
    }
    const proposal = ctx.proposals?.find(
      (b) => b.status === 'proposed' && b.memberId === row.member!.id && b.milestone === parsed.milestone
    )
    if (proposal) {
      problems.push(
        `Huy hiệu ${parsed.milestone} năm của đồng chí đang được đề nghị trong đợt ${formatDate(proposal.ceremonyDate)} (trang Khen thưởng): không ghi. Nếu đồng chí đã được trao trước đây, bỏ đề nghị đó rồi nhập lại.`
      )
      return row
    }
    const tooEarly = badgeBeforeReach(
      row.member,
      eventsOf.get(row.member.id) ?? [],
      parsed.milestone,
      date.date
    )
    if (tooEarly) {
      problems.push(tooEarly)
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
