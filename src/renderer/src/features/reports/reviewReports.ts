// Exports of the review and honours sections: load what the rows need (once), build the workbook in
// excel/reports, save through `platform`. `reviewReports` is listed on the Báo cáo page.
import type { Badge, Commendation, MemberReview, OrganizationSettings } from '@renderer/domain/entities'
import { formatDate } from '@renderer/domain/dates'
import { openYear, yearProfile, type OpenedYear } from '@renderer/domain/reviews/openYear'
import { groupEventsByMember } from '@renderer/domain/reviews/eligibility'
import {
  commendationCandidates,
  resultOf,
  yearCellHistory,
  yearMemberHistory,
  type CommendationCandidate
} from '@renderer/domain/honours/commendations'
import { badgeHoldSource, ceremonyCandidates, type BadgeCandidate } from '@renderer/domain/honours/badges'
import { badgeReportGroups, type BadgeReportGroup } from '@renderer/domain/honours/badgeRows'
import { pendingEarlierBadges, type PendingBadge } from '@renderer/domain/honours/pendingBadges'
import { reviewRepository, type LoadedYear } from '@renderer/db/repositories/reviewRepository'
import { honoursRepository } from '@renderer/db/repositories/honoursRepository'
import { memberRepository } from '@renderer/db/repositories/memberRepository'
import { cellRepository } from '@renderer/db/repositories/cellRepository'
import { rulesRepository } from '@renderer/db/repositories/rulesRepository'
import { paramsOf, profileOfYear, sourcesOf } from '@renderer/domain/rules/profiles'
import {
  buildCellResults,
  buildExcellentMembers,
  buildMemberSummary
} from '@renderer/excel/reports/reviewSheets'
import { buildBadgeList, buildCommendations } from '@renderer/excel/reports/honoursSheets'
import { buildYearEndPack } from '@renderer/excel/reports/yearEndPack'
import { useSettingsStore } from '../settings/settingsStore'
import { saveExport } from '../common/saveWorkbook'

export type ExportResult = string | null

/** Saves a report of ratings and honours (personal data); `what` goes to the audit log. */
function save(
  bytes: Uint8Array,
  name: string,
  what: string,
  entity = 'memberReviews'
): Promise<ExportResult> {
  return saveExport(bytes, name, { entity, what })
}

export interface HonoursContext {
  opened: OpenedYear
  commendations: CommendationCandidate[]
  recorded: Commendation[]
}

/**
 * The year opened plus its commendation candidates. `loaded`: the year when another report reads it
 * too (it may still be on its way: the reads here start beside it).
 */
export async function loadHonoursContext(
  year: number,
  loaded?: LoadedYear | Promise<LoadedYear>
): Promise<HonoursContext> {
  const [src, recorded] = await Promise.all([
    loaded ?? reviewRepository.loadYear(year),
    honoursRepository.commendations()
  ])
  // The streak's earlier years are asked for first: IndexedDB reads them while the year is opened.
  const { memberStreakYears, cellStreakYears } = paramsOf(yearProfile(src))
  const earlier = Promise.all([
    streakReviews(year, memberStreakYears, src.memberReviews),
    reviewRepository.cellReviewsOfYears(year - cellStreakYears + 1, year - 1)
  ])
  const opened = openYear(src)
  const [memberReviews, earlierCells] = await earlier
  const cellOf = new Map(opened.subjects.map((s) => [s.memberId, s.cellId]))
  const names = {
    members: new Map(
      src.members.map((m) => [m.id, { fullName: m.fullName, cellId: cellOf.get(m.id) ?? m.cellId }])
    ),
    cells: new Map(src.cells.map((c) => [c.id, c.name]))
  }
  const commendations = commendationCandidates(
    year,
    opened.params,
    yearMemberHistory(opened, memberReviews),
    yearCellHistory(opened, src.cells, [...earlierCells, ...src.cellReviews]),
    names,
    recorded
  )
  return { opened, commendations, recorded }
}

/**
 * The year's member reviews and, going back a year at a time, the earlier xuất sắc decisions of
 * the members whose streak still runs: a streak ends with the year and a year without xuất sắc
 * ends it (docs/design.md §6 Honours), so nothing else can change a candidate.
 */
async function streakReviews(
  year: number,
  length: number,
  thisYear: MemberReview[]
): Promise<MemberReview[]> {
  const running = (reviews: MemberReview[]) =>
    reviews.filter((r) => !r.notRatedReason && resultOf(r) === 'excellent').map((r) => r.memberId)
  const out = [...thisYear]
  let ids = running(thisYear)
  for (let y = year - 1; y > year - length && ids.length > 0; y--) {
    const earlier = await reviewRepository.excellentReviewsOf(y, ids)
    out.push(...earlier)
    ids = running(earlier)
  }
  return out
}

export interface BadgeContext {
  ceremonyDate: string
  /** The texts the discipline hold-back follows in the ceremony year's profile (badgeHoldSource). */
  holdSource: string
  candidates: BadgeCandidate[]
  groups: BadgeReportGroup[]
  recorded: Badge[]
  ill: string[]
  /** Earlier ceremonies' proposals still undecided: they keep their members out of this list. */
  pending: PendingBadge[]
}

type MembersEventsCells = Pick<LoadedYear, 'members' | 'events' | 'cells'> &
  Partial<Pick<LoadedYear, 'eventsByMember'>>

/** What badge candidates are computed from: not a year's reviews, which loadYear would read too. */
async function membersEventsCells(): Promise<MembersEventsCells> {
  const [members, events, cells] = await Promise.all([
    memberRepository.list(),
    memberRepository.allEvents(),
    cellRepository.list()
  ])
  return { members, events, cells }
}

/** Badge candidates for a ceremony: awarded milestones and proposals for other ceremonies are excluded. */
export async function loadBadgeContext(
  ceremonyDate: string,
  src?: MembersEventsCells | Promise<MembersEventsCells>
): Promise<BadgeContext> {
  const [data, recorded, ill, rules] = await Promise.all([
    src ?? membersEventsCells(),
    honoursRepository.badges(),
    honoursRepository.seriouslyIll(),
    rulesRepository.book()
  ])
  // The discipline hold-back (QĐ 24-QĐ/TW 2021) follows the rules profile of the ceremony's year.
  const profile = profileOfYear(Number(ceremonyDate.slice(0, 4)), rules)
  const candidates = ceremonyCandidates({
    members: data.members,
    eventsByMember: data.eventsByMember ?? groupEventsByMember(data.events),
    events: data.events,
    recorded,
    seriouslyIll: new Set(ill),
    ceremony: ceremonyDate,
    hold: paramsOf(profile)
  })
  const groups = badgeReportGroups(candidates, new Map(data.members.map((m) => [m.id, m])), data.cells)
  const holdSource = badgeHoldSource(sourcesOf(profile))
  const names = new Map(data.members.map((m) => [m.id, m.fullName]))
  const pending = pendingEarlierBadges(recorded, ceremonyDate, names)
  return { ceremonyDate, holdSource, candidates, groups, recorded, ill, pending }
}

/** Reports 1–3: one sheet of the opened year. */
async function exportYearSheet(
  year: number,
  build: (settings: OrganizationSettings, opened: OpenedYear) => Promise<Uint8Array>,
  fileName: string,
  what: string
): Promise<ExportResult> {
  const settings = await useSettingsStore().ensureLoaded()
  const opened = openYear(await reviewRepository.loadYear(year))
  return save(await build(settings, opened), fileName, `${what} năm ${year}`)
}

export async function exportCommendations(year: number): Promise<ExportResult> {
  const settings = await useSettingsStore().ensureLoaded()
  const ctx = await loadHonoursContext(year)
  return save(
    await buildCommendations(settings, year, ctx.commendations, ctx.opened.params),
    `De-nghi-khen-thuong-${year}.xlsx`,
    `danh sách đề nghị khen thưởng năm ${year}`,
    'commendations'
  )
}

export async function exportBadgeList(ceremonyDate: string): Promise<ExportResult> {
  const settings = await useSettingsStore().ensureLoaded()
  const ctx = await loadBadgeContext(ceremonyDate)
  return save(
    await buildBadgeList(settings, ceremonyDate, ctx.groups),
    `De-nghi-Huy-hieu-Dang-${formatDate(ceremonyDate).replace(/\//g, '-')}.xlsx`,
    `danh sách đề nghị tặng Huy hiệu Đảng đợt ${formatDate(ceremonyDate)}`,
    'badges'
  )
}

/**
 * 6. The year-end pack; the badge sheet is for the first ceremony of the following year (3/2).
 * One read of members, events and cells serves both the year and the badge list.
 */
export async function yearEndPackBytes(
  settings: OrganizationSettings,
  year: number,
  ceremonyDate = `${year + 1}-02-03`
): Promise<Uint8Array> {
  // Not awaited here: the honours and badge records are read beside the year.
  const src = reviewRepository.loadYear(year)
  const [ctx, badges] = await Promise.all([
    loadHonoursContext(year, src),
    loadBadgeContext(ceremonyDate, src)
  ])
  return buildYearEndPack({
    settings,
    data: ctx.opened,
    params: ctx.opened.params,
    commendations: ctx.commendations,
    badges: { ceremonyDate, groups: badges.groups }
  })
}

export async function exportYearEndPack(year: number): Promise<ExportResult> {
  const settings = await useSettingsStore().ensureLoaded()
  return save(
    await yearEndPackBytes(settings, year),
    `Bo-bao-cao-cuoi-nam-${year}.xlsx`,
    `bộ báo cáo cuối năm ${year}`
  )
}

export interface ReviewReport {
  title: string
  description: string
  /** What the report asks for before running. */
  input: 'year' | 'ceremony'
  run: (arg: number | string) => Promise<ExportResult>
}

/** Listed by the Báo cáo page under "Đánh giá, xếp loại". */
export const reviewReports: ReviewReport[] = [
  {
    title: 'Tổng hợp kết quả đánh giá, xếp loại chất lượng đảng viên',
    description:
      'Mỗi chi bộ một dòng và dòng tổng: tổng số, số được đánh giá, chưa đánh giá (miễn, kết nạp chưa đủ thời gian theo bộ quy định của năm, khác), số lượng và tỷ lệ từng mức.',
    input: 'year',
    run: (y) =>
      exportYearSheet(
        Number(y),
        buildMemberSummary,
        `Tong-hop-xep-loai-dang-vien-${y}.xlsx`,
        'tổng hợp xếp loại đảng viên'
      )
  },
  {
    title: 'Kết quả xếp loại chất lượng chi bộ',
    description: 'Mỗi chi bộ với mức xếp loại; số chi bộ từng mức.',
    input: 'year',
    run: (y) =>
      exportYearSheet(Number(y), buildCellResults, `Xep-loai-chi-bo-${y}.xlsx`, 'kết quả xếp loại chi bộ')
  },
  {
    title: 'Danh sách đảng viên hoàn thành xuất sắc nhiệm vụ',
    description: 'Theo từng chi bộ, xếp theo tên.',
    input: 'year',
    run: (y) =>
      exportYearSheet(
        Number(y),
        buildExcellentMembers,
        `Dang-vien-HTXSNV-${y}.xlsx`,
        'danh sách đảng viên hoàn thành xuất sắc nhiệm vụ'
      )
  },
  {
    title: 'Danh sách đề nghị khen thưởng',
    description: 'Đảng viên, chi bộ hoàn thành xuất sắc nhiệm vụ nhiều năm liền, kèm các năm.',
    input: 'year',
    run: (y) => exportCommendations(Number(y))
  },
  {
    title: 'Danh sách đảng viên đề nghị tặng Huy hiệu Đảng',
    description: 'Theo đợt trao (3/2, 19/5, 2/9, 7/11), nhóm theo số năm tuổi Đảng.',
    input: 'ceremony',
    run: (d) => exportBadgeList(String(d))
  },
  {
    title: 'Bộ báo cáo cuối năm',
    description: 'Một tệp Excel gồm tất cả các biểu trên, mỗi biểu một trang tính.',
    input: 'year',
    run: (y) => exportYearEndPack(Number(y))
  }
]
