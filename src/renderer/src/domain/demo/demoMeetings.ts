// The demo ward's meetings: a regular meeting every month on the cell's day, a thematic one each
// quarter (usually combined with the regular meeting), attendance for every member on the roll
// (mostly present, some excused, rare unexcused; a few members skip often enough to reach the
// 3-unexcused warning), and the tasks the meetings set. A few months or quarters are missed so
// the compliance grid has something to show.
import type {
  AttendanceMark,
  AttendanceStatus,
  IsoDate,
  Meeting,
  MeetingTask,
  MeetingType
} from '../entities'
import { addDays, addMonths, daysInMonth, toIsoDate } from '../dates'
import type { Rng } from './prng'
import type { CellPlan } from './demoCells'
import { exemptOn, inWardOn, type MemberPlan } from './demoMembers'

export interface MeetingOutput {
  meetings: Meeting[]
  attendance: AttendanceMark[]
  tasks: MeetingTask[]
}

const TOPICS = [
  'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  'Nâng cao chất lượng sinh hoạt chi bộ',
  'Xây dựng khu dân cư văn minh, sạch đẹp',
  'Phòng, chống tham nhũng, lãng phí',
  'Vai trò nêu gương của đảng viên nơi cư trú',
  'Chuyển đổi số và dịch vụ công trực tuyến',
  'Bảo vệ nền tảng tư tưởng của Đảng',
  'Công tác dân vận, giải quyết kiến nghị của nhân dân',
  'Phòng, chống tệ nạn xã hội, ma túy',
  'Bảo vệ môi trường, phân loại rác tại nguồn'
]
const TASKS = [
  'Vận động đảng viên đóng đảng phí đúng hạn',
  'Rà soát danh sách hộ cận nghèo',
  'Tuyên truyền phòng, chống ma túy trong thanh niên',
  'Vận động nhân dân tham gia tổng vệ sinh môi trường',
  'Nắm tình hình dư luận nhân dân, báo cáo Đảng ủy',
  'Hướng dẫn người dân sử dụng dịch vụ công trực tuyến',
  'Thăm hỏi gia đình chính sách dịp lễ',
  'Giới thiệu quần chúng ưu tú cho Đảng xem xét kết nạp'
]
const EXCUSES = ['Ốm', 'Đi công tác', 'Việc gia đình', 'Đi vắng', 'Trực cơ quan']
const CONCLUSIONS = [
  'Chi bộ thống nhất các nhiệm vụ trọng tâm tháng tới.',
  'Giao chi ủy đôn đốc thực hiện, báo cáo tại kỳ sinh hoạt sau.',
  'Đảng viên nghiêm túc thực hiện nghị quyết của chi bộ.'
]

function time(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
}

export function generateMeetings(
  rng: Rng,
  plan: CellPlan,
  roll: readonly MemberPlan[],
  years: readonly number[],
  today: IsoDate,
  createdAt: string,
  out: MeetingOutput
): void {
  const cell = plan.cell
  const secretary = cell.committee.find((s) => s.role === 'secretary')
  const clerk = cell.committee.find((s) => s.role !== 'secretary') ?? secretary
  const nameOf = new Map(roll.map((p) => [p.member.id, p.member.fullName]))
  const owners = cell.committee.length
    ? cell.committee.map((s) => s.memberId)
    : roll.slice(0, 1).map((p) => p.member.id)
  const evening = cell.type === 'residential'

  const add = (date: IsoDate, type: MeetingType, suffix: string) => {
    const id = `${cell.id}-${date.slice(0, 4)}${date.slice(5, 7)}${suffix}`
    const start = evening ? 19 * 60 + 30 : 14 * 60
    const length =
      type === 'combined' ? rng.int(120, 150) : type === 'thematic' ? rng.int(90, 120) : rng.int(90, 110)
    const year = Number(date.slice(0, 4))
    const meeting: Meeting = {
      id,
      cellId: cell.id,
      type,
      date,
      startTime: time(start),
      endTime: time(start + length),
      place: plan.place,
      chairMemberId: secretary?.memberId ?? null,
      chairName: secretary ? nameOf.get(secretary.memberId) : undefined,
      secretaryMemberId: clerk?.memberId ?? null,
      secretaryName: clerk ? nameOf.get(clerk.memberId) : undefined,
      guests: rng.chance(0.15) ? ['Đồng chí Lê Anh Trường – Đảng ủy viên, phụ trách chi bộ'] : [],
      topic: type === 'regular' ? undefined : rng.pick(TOPICS),
      opinionCount: rng.int(3, 12),
      presentations: [],
      conclusion: rng.pick(CONCLUSIONS),
      voteResult: '100% nhất trí',
      qualityScore: Math.round(rng.normal(85, 12, 55, 99)),
      attachments: [],
      createdAt,
      updatedAt: createdAt
    }
    if (meeting.chairName === undefined) delete meeting.chairName
    if (meeting.secretaryName === undefined) delete meeting.secretaryName
    if (meeting.topic === undefined) delete meeting.topic
    out.meetings.push(meeting)

    // The meeting keeps its counts (a cache the meeting list and the absence query rely on).
    const counts = { present: 0, excused: 0, unexcused: 0, exempt: 0 }
    meeting.attendanceCounts = counts
    for (const p of roll) {
      if (!inWardOn(p, date)) continue
      let status: AttendanceStatus
      if (exemptOn(p, date)) status = 'exempt'
      else {
        const r = rng.next()
        const unexcused = p.truantYears.has(year) ? 0.3 : 0.004
        const excused = p.elderly ? 0.12 : 0.06
        status = r < unexcused ? 'unexcused' : r < unexcused + excused ? 'excused' : 'present'
      }
      const mark: AttendanceMark = {
        id: `${id}:${p.member.id}`,
        meetingId: id,
        memberId: p.member.id,
        cellId: cell.id,
        date,
        status
      }
      if (status === 'excused') mark.reason = rng.pick(EXCUSES)
      counts[status]++
      out.attendance.push(mark)
    }

    if (rng.chance(0.5)) {
      const owner = rng.pick(owners)
      const deadline = addMonths(date, 1)
      const done = deadline < today && rng.chance(0.95)
      const task: MeetingTask = {
        id: `${id}-t1`,
        cellId: cell.id,
        meetingId: id,
        title: rng.pick(TASKS),
        ownerMemberId: owner ?? null,
        forAllMembers: 0,
        deadline,
        status: done ? 'done' : 'open',
        closedOn: done ? deadline : null,
        completions: []
      }
      const ownerName = owner ? nameOf.get(owner) : undefined
      if (ownerName) task.ownerName = ownerName
      out.tasks.push(task)
    }
  }

  for (const year of years) {
    for (let quarter = 0; quarter < 4; quarter++) {
      const thematicMonth = quarter * 3 + rng.int(1, 3)
      const skipThematic = rng.chance(0.04)
      const combine = rng.chance(0.7)
      for (let month = quarter * 3 + 1; month <= quarter * 3 + 3; month++) {
        const day = Math.min(cell.meetingDay ?? 5, daysInMonth(year, month))
        const date = toIsoDate(year, month, day)
        if (date > today) continue
        const thematicHere = month === thematicMonth && !skipThematic
        // A missed month now and then (the compliance grid shows it).
        if (!rng.chance(0.015)) add(date, thematicHere && combine ? 'combined' : 'regular', 'r')
        if (thematicHere && !combine) {
          const later = addDays(date, rng.int(7, 14))
          const thematicDate =
            later.slice(5, 7) === date.slice(5, 7) ? later : toIsoDate(year, month, daysInMonth(year, month))
          if (thematicDate <= today && thematicDate !== date) add(thematicDate, 'thematic', 't')
        }
      }
    }
  }
}
