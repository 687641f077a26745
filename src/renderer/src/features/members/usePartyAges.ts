// Party ages for the member list's "Lọc theo tuổi Đảng". Party age subtracts the gaps a member's
// history records (domain/members/partyAge.ts), so it needs every member's events: they are read
// only once a party-age group is picked (at ward scale that read costs time the list need not wait
// for), and followed live while it stays picked.
import { computed, type Ref } from 'vue'
import { useLiveQuery } from '@renderer/db/useLiveQuery'
import { memberRepository } from '@renderer/db/repositories/memberRepository'
import type { IsoDate, Member } from '@renderer/domain/entities'
import { partyAgesOn } from '@renderer/domain/members/partyAge'
import { groupEventsByMember } from '@renderer/domain/reviews/eligibility'

/** Each member's party age on `today`, by id; null while not wanted or still being read. */
export function usePartyAges(wanted: () => boolean, members: Ref<readonly Member[]>, today: IsoDate) {
  const events = useLiveQuery(() => (wanted() ? memberRepository.allEvents() : null), null, wanted)
  return computed(() =>
    events.value.value ? partyAgesOn(members.value, groupEventsByMember(events.value.value), today) : null
  )
}
