// Who is due for official membership, with the histories it needs: a readmission restarts the 12
// months (domain/members/probation.ts), so the probationary members' events are read — only theirs,
// a few dozen at ward scale, never the whole ward's.
import type { Member } from '@renderer/domain/entities'
import { todayIso } from '@renderer/domain/dates'
import {
  PROBATION_NOTICE_DAYS,
  PROBATION_STATUSES,
  probationDue,
  type ProbationDue
} from '@renderer/domain/members/probation'
import { groupEventsByMember } from '@renderer/domain/reviews/eligibility'
import { memberRepository } from '@renderer/db/repositories/memberRepository'

export async function loadProbationDue(
  members: readonly Member[],
  today: string = todayIso()
): Promise<ProbationDue[]> {
  const probationary = members
    .filter((m) => m.active === 1 && PROBATION_STATUSES.has(m.status))
    .map((m) => m.id)
  const events = probationary.length ? await memberRepository.eventsOf(probationary) : []
  return probationDue(members, today, PROBATION_NOTICE_DAYS, groupEventsByMember(events))
}
