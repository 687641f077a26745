// Who of the ward's active members is only staying here (sinh hoạt tạm thời from another đảng bộ, QĐ
// 232-QĐ/TW 2025, 6.3.2): the stored status cannot say it, the histories do. Screens that count or list
// members by status, and the absence warnings, read it here, so a guest is never shown as one of the
// cell's own.
import type { Member } from '@renderer/domain/entities'
import { todayIso } from '@renderer/domain/dates'
import { guestsOn } from '@renderer/domain/memberState'
import { memberRepository } from '@renderer/db/repositories/memberRepository'

export async function loadGuests(
  members: readonly Member[],
  today: string = todayIso()
): Promise<Set<string>> {
  const active = members.filter((m) => m.active === 1)
  if (active.length === 0) return new Set()
  return guestsOn(active, await memberRepository.temporaryStays(), today)
}
