// "Chức vụ" as the honours and rating lists print it: the member's seat on the cell committee on
// the date (or the party position typed on the record), then the occupation.
import type { Cell, IsoDate, Member } from '../entities'
import { COMMITTEE_ROLE_LABELS } from '../labels'
import { seatOn } from '../committee'

export function positionOf(
  member: Pick<Member, 'id' | 'partyPosition' | 'occupation'>,
  cells: readonly Pick<Cell, 'committee' | 'closedOn'>[],
  date: IsoDate
): string {
  let party = member.partyPosition?.trim() ?? ''
  if (!party)
    for (const c of cells) {
      const seat = seatOn(c, date, (s) => s.memberId === member.id)
      if (seat) {
        party = `${COMMITTEE_ROLE_LABELS[seat.role]} chi bộ`
        break
      }
    }
  return [party, member.occupation?.trim() ?? ''].filter(Boolean).join('; ')
}
