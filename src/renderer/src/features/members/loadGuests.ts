// Who of the ward's active members is only staying here (sinh hoạt tạm thời from another đảng bộ, QĐ
// 232-QĐ/TW 2025, 6.3.2), or stayed until a day now past with his leaving not recorded yet: the stored
// status cannot say it, the histories do. Screens that count or list members by status, and the
// absence warnings, read it here, so a guest is never shown as one of the cell's own.
import type { IsoDate, Member } from '@renderer/domain/entities'
import { todayIso } from '@renderer/domain/dates'
import { guestStaysOn } from '@renderer/domain/memberState'
import { memberRepository } from '@renderer/db/repositories/memberRepository'

/** Guest's id → the last day of his stay when it is over (record "Chuyển sinh hoạt đi"), else null. */
export type Guests = ReadonlyMap<string, IsoDate | null>

export async function loadGuests(members: readonly Member[], today: string = todayIso()): Promise<Guests> {
  const active = members.filter((m) => m.active === 1)
  if (active.length === 0) return new Map()
  return guestStaysOn(active, await memberRepository.temporaryStays(), today)
}
