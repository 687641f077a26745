// Huy hiệu Đảng already awarded in the demo ward: every milestone reached before today was awarded
// at the first ceremony after it (3/2, 19/5, 2/9, 7/11) while the member was alive and with the
// Party, recorded as a 'badge' life event. So the overview's "next ceremony" shows only the
// members who really reach a milestone by then, as in a real ward.
import type { IsoDate } from '../entities'
import { comparable } from '../dates'
import { BADGE_MILESTONES, ceremonyDates } from '../honours/badges'
import { milestoneDate, partyTimeline } from '../members/partyAge'
import type { MemberPlan } from './demoMembers'

function firstCeremonyOnOrAfter(date: IsoDate): IsoDate {
  const year = Number(date.slice(0, 4))
  return [...ceremonyDates(year), ...ceremonyDates(year + 1)].find((d) => d >= date)!
}

export function addPastBadges(plan: MemberPlan, today: IsoDate, createdAt: string): void {
  const timeline = partyTimeline(plan.member, plan.events)
  if (!timeline.firstAdmission) return
  for (const milestone of BADGE_MILESTONES) {
    const due = milestoneDate(timeline, milestone)
    if (!due) break
    const ceremony = firstCeremonyOnOrAfter(comparable(due))
    if (ceremony > today || (plan.inTo && ceremony >= plan.inTo)) break
    plan.events.push({
      id: `${plan.member.id}-b${milestone}`,
      memberId: plan.member.id,
      type: 'badge',
      date: ceremony,
      milestone,
      decisionNumber: `${((milestone * 7) % 900) + 10}-QĐ/TU`,
      createdAt
    })
  }
}
