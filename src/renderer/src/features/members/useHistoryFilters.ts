// What the member list's history-based filters need: party ages for "Lọc theo tuổi Đảng" (gaps a
// member's history records are subtracted, domain/members/partyAge.ts) and official/probationary
// standing for "Chính thức / Dự bị (kể cả miễn, đình chỉ sinh hoạt)" (domain/members/standing.ts).
// Both need every member's events: they are read once, only while such a filter is picked (at ward
// scale that read costs time the list need not wait for), and followed live while it stays picked.
import { computed, type Ref } from 'vue'
import { useLiveQuery } from '@renderer/db/useLiveQuery'
import { memberRepository } from '@renderer/db/repositories/memberRepository'
import type { IsoDate, Member } from '@renderer/domain/entities'
import { partyAgesOn } from '@renderer/domain/members/partyAge'
import { officialStandings } from '@renderer/domain/members/standing'
import { groupEventsByMember } from '@renderer/domain/reviews/eligibility'

/**
 * Each member's party age and standing on `today`, by id; each null while its filter is not picked
 * or the histories are still being read.
 */
export function useHistoryFilters(
  wanted: { partyAges: () => boolean; standings: () => boolean },
  members: Ref<readonly Member[]>,
  today: IsoDate
) {
  const any = () => wanted.partyAges() || wanted.standings()
  const events = useLiveQuery(() => (any() ? memberRepository.allEvents() : null), null, any)
  const histories = computed(() => (events.value.value ? groupEventsByMember(events.value.value) : null))
  const partyAges = computed(() =>
    wanted.partyAges() && histories.value ? partyAgesOn(members.value, histories.value, today) : null
  )
  const standings = computed(() =>
    wanted.standings() && histories.value ? officialStandings(members.value, histories.value, today) : null
  )
  return { partyAges, standings }
}
