// The tag the member list puts beside a guest's status (loadGuests): short on the row, said in full
// on hover, as the record's page says it (memberState's stayText / stayEndedText).
import type { IsoDate } from '@renderer/domain/entities'
import { stayEndedText } from '@renderer/domain/memberState'

export function guestTag(stayEnded: IsoDate | null): { text: string; title: string } {
  if (stayEnded) return { text: 'Hết hạn tạm thời', title: `Đồng chí đã ${stayEndedText(stayEnded)}.` }
  return { text: 'Tạm thời', title: 'Sinh hoạt tạm thời tại Đảng bộ, không tính vào đảng số.' }
}
