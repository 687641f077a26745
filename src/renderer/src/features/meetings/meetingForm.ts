// The "Ghi sinh hoạt" form's state and its checks, apart from the page so it can be tested.
import type {
  AttendanceMark,
  Cell,
  Meeting,
  MeetingTask,
  MeetingType,
  QualityCriterion
} from '@renderer/domain/entities'
import { todayIso } from '@renderer/domain/dates'
import { seatOn } from '@renderer/domain/committee'
import { DEFAULT_QUALITY_CRITERIA } from '@renderer/domain/meetings/quality'
import { parseTime, meetingMinutes } from '@renderer/domain/meetings/duration'
import { missingReasons, type MarkInput } from '@renderer/domain/meetings/attendance'
import type { Roll } from '@renderer/domain/meetings/roll'
import type { LifeCheck } from '@renderer/domain/meetings/cellLife'
import { cleanText } from '@renderer/domain/names'

export interface MeetingForm {
  cellId: string
  type: MeetingType
  date: string
  startTime: string
  endTime: string
  place: string
  chair: string
  secretary: string
  guestsText: string
  topic: string
  agenda: string
  opinionCount: number | null
  presentations: { memberId: string; subject: string }[]
  conclusion: string
  voteResult: string
  qualityScore: number | null
  criteria: QualityCriterion[]
  attachments: { fileName: string; note: string }[]
  choices: Record<string, MarkInput>
  tasks: MeetingTask[]
  carried: MeetingTask[]
}

/** A new meeting's form: today, a regular meeting, the default quality criteria. */
export function blankMeetingForm(cellId: string): MeetingForm {
  return {
    cellId,
    type: 'regular',
    date: todayIso(),
    startTime: '',
    endTime: '',
    place: '',
    chair: '',
    secretary: '',
    guestsText: '',
    topic: '',
    agenda: '',
    opinionCount: null,
    presentations: [],
    conclusion: '',
    voteResult: '',
    qualityScore: null,
    criteria: DEFAULT_QUALITY_CRITERIA.map((c) => ({ ...c })),
    attachments: [],
    choices: {},
    tasks: [],
    carried: []
  }
}

/**
 * The form of a saved meeting: its record, its marks (exempt members need none) and its tasks. The
 * tasks carried from earlier meetings are not the meeting's own: the form reads them for its date.
 */
export function formFromMeeting(
  m: Meeting,
  marks: readonly AttendanceMark[],
  tasks: MeetingTask[]
): Omit<MeetingForm, 'carried'> {
  return {
    cellId: m.cellId,
    type: m.type,
    date: m.date,
    startTime: m.startTime ?? '',
    endTime: m.endTime ?? '',
    place: m.place ?? '',
    chair: m.chairName ?? '',
    secretary: m.secretaryName ?? '',
    guestsText: m.guests.join('\n'),
    topic: m.topic ?? '',
    agenda: m.agenda ?? '',
    opinionCount: m.opinionCount ?? null,
    presentations: m.presentations.map((p) => ({ ...p })),
    conclusion: m.conclusion ?? '',
    voteResult: m.voteResult ?? '',
    qualityScore: m.qualityScore ?? null,
    criteria: (m.qualityCriteria?.length ? m.qualityCriteria : DEFAULT_QUALITY_CRITERIA).map((c) => ({
      ...c
    })),
    attachments: m.attachments.map((a) => ({ fileName: a.fileName, note: a.note ?? '' })),
    choices: Object.fromEntries(
      marks.flatMap((x) =>
        x.status === 'exempt' ? [] : [[x.memberId, { status: x.status, reason: x.reason }] as const]
      )
    ),
    tasks
  }
}

export type FormErrors = Partial<
  Record<
    'cellId' | 'date' | 'startTime' | 'endTime' | 'chair' | 'topic' | 'attendance' | 'tasks' | 'qualityScore',
    string
  >
>

/** `outsideLife`: the chosen cell's cellLifeCheck (a date before its founding or from its closing). */
export function validateMeetingForm(form: MeetingForm, roll: Roll, outsideLife: LifeCheck): FormErrors {
  const e: FormErrors = {}
  if (!form.cellId) e.cellId = 'Vui lòng chọn chi bộ.'
  if (!form.date) e.date = 'Vui lòng nhập ngày sinh hoạt (ngày/tháng/năm).'
  else {
    const outside = outsideLife(form.date)
    if (outside) e.date = outside
  }
  if (form.startTime && parseTime(form.startTime) === null) e.startTime = 'Giờ không hợp lệ, nhập dạng 19:30.'
  if (form.endTime && parseTime(form.endTime) === null) e.endTime = 'Giờ không hợp lệ, nhập dạng 21:30.'
  else if (
    form.startTime &&
    form.endTime &&
    !e.startTime &&
    meetingMinutes(form.startTime, form.endTime) === null
  )
    e.endTime = 'Giờ kết thúc phải sau giờ bắt đầu.'
  // The minutes name who chaired the meeting (HD 12-HD/BTCTW 2018; HD 42-HD/BTCTW 2025: biên bản).
  if (!cleanText(form.chair)) e.chair = 'Ghi người chủ trì buổi sinh hoạt (bắt buộc trong biên bản).'
  if ((form.type === 'thematic' || form.type === 'combined') && !cleanText(form.topic))
    e.topic = 'Sinh hoạt chuyên đề cần ghi chủ đề.'
  const unmarked = roll.expected.filter((m) => !form.choices[m.memberId])
  const noReason = missingReasons(roll.expected, form.choices)
  if (unmarked.length)
    e.attendance = `Còn ${unmarked.length} đảng viên chưa điểm danh: ${unmarked.map((m) => m.fullName).join(', ')}.`
  else if (noReason) e.attendance = noReason
  if (form.tasks.some((t) => !cleanText(t.title)))
    e.tasks = 'Mỗi nhiệm vụ cần có nội dung (hoặc bỏ dòng trống).'
  if (form.qualityScore !== null && !(form.qualityScore >= 0 && form.qualityScore <= 100))
    e.qualityScore = 'Điểm chất lượng từ 0 đến 100.'
  return e
}

/** The meeting record from the form (names resolved against the roll). */
export function meetingFromForm(
  form: MeetingForm,
  id: string,
  nameToId: ReadonlyMap<string, string>,
  base: Pick<Meeting, 'createdAt'> & Partial<Meeting>
): Meeting {
  const text = (v: string) => cleanText(v) || undefined
  const chair = cleanText(form.chair)
  const secretary = cleanText(form.secretary)
  return {
    ...base,
    id,
    cellId: form.cellId,
    type: form.type,
    date: form.date,
    startTime: text(form.startTime),
    endTime: text(form.endTime),
    place: text(form.place),
    chairName: chair || undefined,
    chairMemberId: nameToId.get(chair) ?? null,
    secretaryName: secretary || undefined,
    secretaryMemberId: nameToId.get(secretary) ?? null,
    guests: form.guestsText.split('\n').map(cleanText).filter(Boolean),
    topic: form.type === 'thematic' || form.type === 'combined' ? text(form.topic) : undefined,
    agenda: form.agenda.trim() || undefined,
    opinionCount: form.opinionCount ?? undefined,
    presentations: form.presentations
      .filter((p) => p.memberId && cleanText(p.subject))
      .map((p) => ({ memberId: p.memberId, subject: cleanText(p.subject) })),
    conclusion: form.conclusion.trim() || undefined,
    voteResult: text(form.voteResult),
    qualityScore: form.qualityScore,
    qualityCriteria: form.criteria.some((c) => c.score > 0)
      ? form.criteria.map((c) => ({ ...c }))
      : undefined,
    attachments: form.attachments
      .filter((a) => cleanText(a.fileName))
      .map((a) => ({
        fileName: cleanText(a.fileName),
        ...(cleanText(a.note) ? { note: cleanText(a.note) } : {})
      })),
    updatedAt: base.updatedAt ?? base.createdAt
  }
}

/** The member who was the cell's secretary on a date (the default chair of its meetings), or null. */
export function secretaryOn(cell: Pick<Cell, 'committee'> | undefined, date: string): string | null {
  return seatOn(cell, date, (s) => s.role === 'secretary')?.memberId ?? null
}
