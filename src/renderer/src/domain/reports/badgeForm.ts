// Danh sách đề nghị tặng Huy hiệu Đảng with the columns of the HHĐ forms (HD 01-HD/TW 2021 mục 18):
// số thẻ đảng viên, ngày cấp có thẩm quyền ra quyết định kết nạp, ngày chính thức, and for a readmitted
// member the time out of the Party. Who is a candidate, and for which milestone, is badges.ts'
// (badgeCandidates); this only lays out the columns. A date known only by its year stays the year
// and the row asks for it to be checked (docs/design.md §6 Honours: never invent 1 January).
import type { Cell, IsoDate, Member, MemberEvent } from '../entities'
import { comparable, formatDate, isYearOnly } from '../dates'
import type { BadgeCandidate } from '../honours/badges'
import { partyTimeline } from '../members/partyAge'
import { badgeReportGroups } from '../honours/badgeRows'

export const CHECK_ADMISSION_DATE = 'Cần xác minh ngày kết nạp'

export interface BadgeFormRow {
  memberId: string
  fullName: string
  birthDate: IsoDate | null
  hometown: string
  partyCardNumber: string
  /** As recorded: 'YYYY-MM-DD', or 'YYYY' when only the year is known. */
  admissionDate: IsoDate | null
  officialDate: IsoDate | null
  /** "Từ 12/03/1990 đến 05/06/1995" per gap, "; "-separated; '' when never out of the Party. */
  timeOut: string
  partyYears: number
  cellName: string
  note: string
}

export interface BadgeFormGroup {
  milestone: number
  label: string
  rows: BadgeFormRow[]
}

type FormMember = Pick<
  Member,
  'id' | 'birthDate' | 'hometown' | 'partyCardNumber' | 'admissionDate' | 'officialDate'
>

const GAP_START = new Set(['removal', 'expulsion', 'leaving', 'lostContact'])
const ENTRY = new Set(['admission', 'readmission'])

/** The stored date behind a normalised one: the full day when one is recorded, else the year. */
function recorded(
  normalised: IsoDate | null,
  dates: readonly (IsoDate | null | undefined)[]
): IsoDate | null {
  if (!normalised) return null
  const same = dates.filter((d): d is IsoDate => !!d && comparable(d) === comparable(normalised))
  return same.find((d) => !isYearOnly(d)) ?? same[0] ?? normalised
}

export function timeOutOfParty(
  member: Pick<Member, 'admissionDate'>,
  events: readonly MemberEvent[]
): string {
  const starts = events.filter((e) => GAP_START.has(e.type)).map((e) => e.date)
  const entries = events.filter((e) => ENTRY.has(e.type)).map((e) => e.date)
  return partyTimeline(member, events)
    .gaps.map((g) => {
      const from = formatDate(recorded(g.from, starts))
      return g.to ? `Từ ${from} đến ${formatDate(recorded(g.to, entries))}` : `Từ ${from}`
    })
    .join('; ')
}

/**
 * The badge list's groups (badgeRows.ts: by milestone, highest first, names in Vietnamese order)
 * with the HHĐ form's columns added.
 */
export function badgeFormGroups(
  candidates: readonly BadgeCandidate[],
  members: ReadonlyMap<string, FormMember>,
  eventsByMember: ReadonlyMap<string, readonly MemberEvent[]>,
  cells: readonly Pick<Cell, 'id' | 'name'>[]
): BadgeFormGroup[] {
  return badgeReportGroups(candidates, members, cells).map((g) => ({
    milestone: g.milestone,
    label: g.label,
    rows: g.rows.map((r): BadgeFormRow => {
      const m = members.get(r.memberId)
      const events = eventsByMember.get(r.memberId) ?? []
      const admission = recorded(r.firstAdmission, [
        ...events.filter((e) => e.type === 'admission').map((e) => e.date),
        m?.admissionDate
      ])
      const check = admission && isYearOnly(admission) ? CHECK_ADMISSION_DATE : ''
      return {
        memberId: r.memberId,
        fullName: r.fullName,
        birthDate: r.birthDate,
        hometown: r.hometown,
        partyCardNumber: m?.partyCardNumber ?? '',
        admissionDate: admission,
        officialDate: r.officialDate,
        timeOut: m ? timeOutOfParty(m, events) : '',
        partyYears: r.partyYears,
        cellName: r.cellName,
        // The badge list's own "Cần xác minh: chỉ biết năm…" says the same as the form's note: one is enough.
        note: [...r.note.split('; ').filter((part) => !(check && part.startsWith('Cần xác minh'))), check]
          .filter(Boolean)
          .join('; ')
      }
    })
  }))
}
