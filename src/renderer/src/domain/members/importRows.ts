// Excel import, the pure part: mapped rows in → a preview out. Every row becomes a new member,
// an update of an existing one (matched by party card, then CCCD, then name + birth date), or a
// problem with its reason in Vietnamese. Nothing here writes: the preview's chosen rows are
// written by memberRepository.importBatch in one transaction.
import type { Cell, Gender, IsoDate, Member, MemberEvent, MemberStatus, TheoryLevel } from '../entities'
import { cleanText, foldForSearch, memberSearchText, properCaseName } from '../names'
import { MEMBER_STATUS_LABELS, isActiveStatus } from '../memberState'
import { eventsFollowingRecord, newMemberRecord } from '../memberRecord'
import {
  excelErrorOf,
  normalizeIdNumber,
  normalizePartyCard,
  normalizePhone,
  parseGender,
  parseImportDate,
  parseStatus,
  parseTheoryLevel,
  valueText,
  type ImportValue
} from './importValues'
import { validateMember, type MemberDraft } from './validation'
import { describeMemberChange, memberChanges, type FieldChange } from './memberChanges'
import { MEMBER_FIELD_LABELS, labelInSentence } from './fieldLabels'
import { MEMBER_TEXT_FIELDS } from './textFields'
import { EVENT_TYPE_LABELS } from './events'
import { formatDate, isYearOnly } from '../dates'
import { parseBadgeText, type AwardedBadge } from '../history/badgeText'
import { badgeBeforeReach } from '../honours/badges'
import type { SeenVersion } from '../staleRecord'

/**
 * How a status event the file gave no date for ends its note: it is dated the import day as a
 * stand-in, and whatever counts from that date (a posthumous badge, a gap in party age) asks to verify.
 */
export const IMPORT_DAY_NOTE_END = 'chưa rõ ngày — ghi theo ngày nhập.'

/**
 * The note of the move an update into another cell is (memberRepository.importBatch): the file
 * gives no date for it either, so it is dated the import day and ends like the status events.
 */
export const IMPORT_CELL_MOVE_NOTE = `Nhập từ Excel: chi bộ trong danh sách khác chi bộ đang ghi, ${IMPORT_DAY_NOTE_END}`

/** A row the clerk did not see in Excel is read like the others, and said to be hidden. */
export const HIDDEN_ROW_WARNING =
  'Dòng này đang bị ẩn trong Excel (ẩn dòng hoặc bộ lọc): kiểm tra đúng là cần nhập; nếu không, bỏ dấu “Ghi”.'

/** Fields a column can fill. `cellName` is matched to a cell; `status` becomes dated events. */
export type ImportField =
  | 'fullName'
  | 'gender'
  | 'birthDate'
  | 'hometown'
  | 'address'
  | 'ethnicity'
  | 'religion'
  | 'idNumber'
  | 'partyCardNumber'
  | 'dossierNumber'
  | 'admissionDate'
  | 'officialDate'
  | 'cellName'
  | 'partyPosition'
  | 'occupation'
  | 'education'
  | 'profession'
  | 'theoryLevel'
  | 'phone'
  | 'note'
  | 'status'
  /** Huy hiệu Đảng already awarded: "30 năm (03/02/2020, 125-QĐ/TU); 40 năm (2030)" (domain/history/badgeText.ts). */
  | 'badges'

export interface ImportRecord {
  /** Row number in the sheet (1-based), shown to the clerk. */
  rowNumber: number
  values: Partial<Record<ImportField, ImportValue>>
  /** Fields whose cell is merged over several rows of the sheet → those rows ("5–7"). */
  mergedOver?: Partial<Record<ImportField, string>>
  /** The row is hidden in Excel (by hand or by a filter): imported, but said so. */
  hidden?: boolean
}

export type RowOutcome = 'new' | 'update' | 'problem'
export type MatchKey = 'partyCard' | 'idNumber' | 'nameBirth'

export const MATCH_LABELS: Record<MatchKey, string> = {
  partyCard: 'trùng số thẻ',
  idNumber: 'trùng CCCD',
  nameBirth: 'trùng họ tên và ngày sinh'
}

export interface PreviewRow {
  rowNumber: number
  outcome: RowOutcome
  /** The record to write (new, or the existing one updated with the file's values). */
  member: Member
  /** Life events to add with it (admission, official, exemption, transfer out…). */
  events: MemberEvent[]
  matchedBy?: MatchKey
  existing?: Member
  /** The cell's name as written in the file. */
  cellName: string
  /** Why the row cannot be written (errors). */
  problems: string[]
  /** Written anyway, but worth a look. */
  warnings: string[]
  /** What the import corrected on its own (name case, NFD, a lost leading zero). */
  fixes: string[]
  /** For a matched member: every field the row changes, before → after (shown, then audited). */
  changes: FieldChange[]
}

export interface ImportContext {
  today: IsoDate
  existingMembers: readonly Member[]
  /** Events of existing members, to avoid adding an admission or official event twice. */
  existingEventTypes?: ReadonlyMap<string, ReadonlySet<string>>
  /** Badge milestones existing members already have, so a "Huy hiệu Đảng" column adds none twice. */
  existingBadges?: ReadonlyMap<string, ReadonlySet<number>>
  /**
   * Existing members' events, by member: the admissions and gaps their party age counts, so a
   * "Huy hiệu Đảng" dated before its milestone could be reached is a problem (badgeBeforeReach).
   */
  existingEvents?: ReadonlyMap<string, readonly MemberEvent[]>
  cells: readonly Cell[]
  /** Create cells named in the file that do not exist yet (else such rows are problems). */
  createMissingCells: boolean
  /**
   * What another cell in the file means for a member already in the sổ: a move on the import day
   * (default), or the stored cell typed wrong, corrected from the start (cellCorrection).
   */
  newCell?: NewCellMeaning
  newId: () => string
  now: string
  /** The workbook counts days from 1904 (a plain day number in a date column is read so). */
  date1904?: boolean
}

/** A changed cell on an existing member: a move dated the save's day, or a typo corrected. */
export type NewCellMeaning = 'move' | 'correction'

export interface ImportPreview {
  /** The meaning of a changed cell the preview was made with, and the write follows. */
  newCell: NewCellMeaning
  rows: PreviewRow[]
  /** Cells to create, by folded name. */
  newCells: Cell[]
  counts: Record<RowOutcome, number>
  /** Cell id → name (existing and new cells), to show a change of cell by name. */
  cellNames: Record<string, string>
}

/** Folded cell name without the "Chi bộ" prefix, so "Chi bộ KDC số 1" and "kdc so 1" match. */
export function cellKey(name: string): string {
  return foldForSearch(name)
    .replace(/^chi bo\s+/, '')
    .replace(/\s+/g, ' ')
    .trim()
}

function nameBirthKey(fullName: string, birthDate: string | null | undefined): string {
  return `${foldForSearch(fullName)}|${birthDate ?? ''}`
}

/**
 * Analyses rows one chunk at a time (so a screen can show progress on 10,000 rows) while keeping
 * what earlier rows claimed: a party card or CCCD used twice in the file, or one member matched by
 * two rows, makes the later row a problem naming the earlier one.
 */
export class ImportAnalyzer {
  private readonly rows: PreviewRow[] = []
  private readonly byCard = new Map<string, Member>()
  private readonly byIdNumber = new Map<string, Member>()
  private readonly byNameBirth = new Map<string, Member>()
  private readonly cellsByKey = new Map<string, Cell>()
  /** Merged or dissolved cells, by id. */
  private readonly closedCells = new Map<string, Cell>()
  private readonly newCells = new Map<string, Cell>()
  private readonly cardInFile = new Map<string, PreviewRow>()
  private readonly idInFile = new Map<string, PreviewRow>()
  private readonly claimed = new Map<string, PreviewRow>()
  /** The first new row of each name + birth date: a later one may be the same person again. */
  private readonly nameBirthInFile = new Map<string, PreviewRow>()
  /** A list names a few hundred cells over 10,000 rows: each name is folded once. */
  private readonly cellKeys = new Map<string, string>()

  constructor(private readonly ctx: ImportContext) {
    for (const m of ctx.existingMembers) {
      if (m.partyCardNumber && !this.byCard.has(m.partyCardNumber)) this.byCard.set(m.partyCardNumber, m)
      if (m.idNumber && !this.byIdNumber.has(m.idNumber)) this.byIdNumber.set(m.idNumber, m)
      const k = nameBirthKey(m.fullName, m.birthDate)
      if (m.birthDate && !this.byNameBirth.has(k)) this.byNameBirth.set(k, m)
    }
    for (const c of ctx.cells) if (c.status === 'active') this.cellsByKey.set(cellKey(c.name), c)
    for (const c of ctx.cells) if (c.status !== 'active') this.closedCells.set(c.id, c)
    // A merged or dissolved cell still matches when no active cell has its name.
    for (const c of ctx.cells)
      if (!this.cellsByKey.has(cellKey(c.name))) this.cellsByKey.set(cellKey(c.name), c)
  }

  addRows(records: readonly ImportRecord[]): void {
    for (const r of records) this.rows.push(this.analyze(r))
  }

  finish(): ImportPreview {
    const counts: Record<RowOutcome, number> = { new: 0, update: 0, problem: 0 }
    for (const r of this.rows) counts[r.outcome]++
    const newCells = [...this.newCells.values()]
    const cellNames = Object.fromEntries([...this.ctx.cells, ...newCells].map((c) => [c.id, c.name]))
    return { newCell: this.ctx.newCell ?? 'move', rows: this.rows, newCells, counts, cellNames }
  }

  private analyze(record: ImportRecord): PreviewRow {
    const { ctx } = this
    const problems: string[] = []
    const warnings: string[] = []
    const fixes: string[] = []
    const v = readableValues(record, problems)
    if (record.hidden) warnings.push(HIDDEN_ROW_WARNING)

    // Name: NFC, trimmed, capitalised properly.
    const rawName = valueText(v.fullName ?? null)
    const typedName = typeof v.fullName === 'string' ? v.fullName : rawName
    const fullName = rawName ? properCaseName(rawName) : ''
    if (!fullName) problems.push('Thiếu họ và tên.')
    else if (typedName !== fullName) {
      if (typedName.normalize('NFC') !== typedName)
        fixes.push(`Họ tên ở dạng Unicode tổ hợp (NFD): đã chuẩn hóa thành "${fullName}".`)
      else fixes.push(`Họ tên "${typedName}" đã chuẩn hóa thành "${fullName}".`)
    }

    // Dates.
    const dates: Partial<Record<'birthDate' | 'admissionDate' | 'officialDate', IsoDate>> = {}
    const dateLabels = {
      birthDate: 'Ngày sinh',
      admissionDate: 'Ngày vào Đảng',
      officialDate: 'Ngày chính thức'
    } as const
    for (const field of ['birthDate', 'admissionDate', 'officialDate'] as const) {
      const res = parseImportDate(v[field], ctx.date1904)
      if (res.kind === 'date') dates[field] = res.date
      else if (res.kind === 'invalid') problems.push(`${dateLabels[field]} "${res.text}" ${res.reason}.`)
    }

    const id = normalizeIdNumber(v.idNumber)
    if (id.fix) fixes.push(id.fix)
    const card = normalizePartyCard(v.partyCardNumber)
    if (card.fix) fixes.push(card.fix)

    let gender: Gender | null = null
    if (v.gender !== undefined) {
      gender = parseGender(v.gender)
      if (!gender)
        problems.push(
          valueText(v.gender)
            ? `Giới tính "${valueText(v.gender)}" không rõ (cần Nam hoặc Nữ).`
            : 'Thiếu giới tính.'
        )
    }
    let theoryLevel: TheoryLevel | undefined
    if (valueText(v.theoryLevel)) {
      theoryLevel = parseTheoryLevel(v.theoryLevel) ?? undefined
      if (!theoryLevel) warnings.push(`Trình độ lý luận "${valueText(v.theoryLevel)}" không rõ: bỏ qua.`)
    }

    let status: MemberStatus | null = null
    if (valueText(v.status)) {
      status = parseStatus(v.status)
      if (!status) problems.push(`Trạng thái "${valueText(v.status)}" không rõ.`)
    }

    const badgeText = parseBadgeText(valueText(v.badges))
    problems.push(...badgeText.problems)

    // Cell.
    const cellName = cleanText(valueText(v.cellName))
    let cellId: string | null = null
    if (!cellName) problems.push('Thiếu chi bộ.')
    else {
      let key = this.cellKeys.get(cellName)
      if (key === undefined) this.cellKeys.set(cellName, (key = cellKey(cellName)))
      const cell = this.cellsByKey.get(key) ?? this.newCells.get(key)
      if (cell) cellId = cell.id
      else if (ctx.createMissingCells) {
        const created: Cell = {
          id: ctx.newId(),
          name: cellName,
          type: guessCellType(cellName),
          status: 'active',
          committee: [],
          meetingDay: null,
          createdAt: ctx.now,
          updatedAt: ctx.now
        }
        this.newCells.set(key, created)
        cellId = created.id
      } else problems.push(`Chưa có chi bộ "${cellName}" trong sổ.`)
    }

    // Rules on the record (future dates, 18 at admission, order of dates, CCCD and card format).
    const draft: MemberDraft = {
      fullName: fullName || ' ',
      birthDate: dates.birthDate,
      admissionDate: dates.admissionDate,
      officialDate: dates.officialDate,
      idNumber: id.value || undefined,
      partyCardNumber: card.value || undefined
    }
    for (const issue of validateMember(draft, { today: ctx.today })) {
      if (issue.field === 'fullName') continue
      ;(issue.level === 'error' ? problems : warnings).push(issue.message)
    }
    if (status === 'probationary' && dates.officialDate)
      warnings.push('Trạng thái "Dự bị" nhưng có ngày chính thức: lấy theo ngày chính thức.')

    // Duplicates inside the file: the later row is the problem, naming the earlier one.
    const rowName = (r: PreviewRow) =>
      `dòng ${r.rowNumber}${r.member.fullName ? ` (${r.member.fullName})` : ''}`
    const cardTwin = card.value ? this.cardInFile.get(card.value) : undefined
    const thisRow = `dòng ${record.rowNumber}${fullName ? ` (${fullName})` : ''}`
    if (cardTwin) {
      problems.push(`Số thẻ đảng viên ${card.value} trùng với ${rowName(cardTwin)}.`)
      this.flagFirstCopy(cardTwin, `Số thẻ đảng viên ${card.value} trùng với ${thisRow}.`)
    }
    const idTwin = id.value ? this.idInFile.get(id.value) : undefined
    if (idTwin) {
      problems.push(`Số CCCD ${id.value} trùng với ${rowName(idTwin)}.`)
      this.flagFirstCopy(idTwin, `Số CCCD ${id.value} trùng với ${thisRow}.`)
    }

    // Match an existing member.
    let existing: Member | undefined
    let matchedBy: MatchKey | undefined
    if (card.value && this.byCard.has(card.value)) {
      existing = this.byCard.get(card.value)
      matchedBy = 'partyCard'
    } else if (id.value && this.byIdNumber.has(id.value)) {
      existing = this.byIdNumber.get(id.value)
      matchedBy = 'idNumber'
    } else if (fullName && dates.birthDate && this.byNameBirth.size) {
      existing = this.byNameBirth.get(nameBirthKey(fullName, dates.birthDate))
      if (existing) matchedBy = 'nameBirth'
    }
    if (existing) {
      const other = this.claimed.get(existing.id)
      if (other) problems.push(`Cùng một đảng viên (${existing.fullName}) với ${rowName(other)}.`)
    }
    const personKey = !existing && fullName && dates.birthDate ? nameBirthKey(fullName, dates.birthDate) : ''
    const personTwin = personKey ? this.nameBirthInFile.get(personKey) : undefined
    if (personTwin && !toldApart(personTwin.member, { idNumber: id.value, partyCardNumber: card.value })) {
      problems.push(
        `Họ tên và ngày sinh trùng với ${rowName(personTwin)}. Nếu là hai người khác nhau, bấm “Sửa” và nhập số CCCD hoặc số thẻ đảng viên của người này; nếu là một người, để nguyên: dòng này không được ghi.`
      )
      personTwin.warnings.push(`Họ tên và ngày sinh trùng với ${thisRow}.`)
    }
    problems.push(
      ...this.identityProblems(existing, matchedBy, {
        fullName,
        gender,
        birthDate: dates.birthDate,
        idNumber: id.value,
        partyCardNumber: card.value
      })
    )

    const now = ctx.now
    const base: Member = existing ? { ...existing } : newMemberRecord(ctx.newId(), now)
    const member: Member = {
      ...base,
      fullName: fullName || base.fullName,
      gender: gender ?? base.gender,
      cellId: cellId ?? base.cellId,
      birthDate: preciseBirthDate(dates.birthDate, base.birthDate),
      admissionDate: dates.admissionDate ?? base.admissionDate ?? null,
      officialDate: dates.officialDate ?? base.officialDate ?? null,
      idNumber: id.value || base.idNumber,
      partyCardNumber: card.value || base.partyCardNumber,
      theoryLevel: theoryLevel ?? base.theoryLevel,
      updatedAt: now
    }
    const phone = normalizePhone(v.phone)
    if (phone.fix) fixes.push(phone.fix)
    for (const f of MEMBER_TEXT_FIELDS) {
      const t = cleanText(f === 'phone' ? phone.value : valueText(v[f]))
      if (t) member[f] = t
    }
    member.searchText = memberSearchText(member)
    if (!existing && v.gender === undefined) problems.push('Thiếu giới tính (chưa gán cột Giới tính).')
    // Another cell is a move, or a typo corrected (memberRepository.importBatch writes either): said
    // before it is written.
    if (existing?.cellId && member.cellId !== existing.cellId) {
      if (ctx.newCell !== 'correction')
        warnings.push(
          `Đổi chi bộ: ghi sự kiện “${EVENT_TYPE_LABELS.cellChange}” ngày ${formatDate(ctx.today)} (ngày nhập, vì tệp không ghi ngày chuyển); các kỳ sinh hoạt trước ngày đó vẫn tính ở chi bộ cũ. Nếu đã chuyển từ ngày khác, sau khi nhập hãy xóa sự kiện này ở trang hồ sơ đảng viên và ghi lại đúng ngày.`
        )
      else if (ctx.existingEventTypes?.get(existing.id)?.has('cellChange'))
        problems.push(
          `Không sửa được chi bộ ghi nhầm: quá trình sinh hoạt đảng đã có “${EVENT_TYPE_LABELS.cellChange}”, nên không rõ chi bộ nào ghi nhầm. Hãy chọn “Chuyển chi bộ” cho các dòng đổi chi bộ, hoặc sửa ở trang hồ sơ đảng viên.`
        )
      else
        warnings.push(
          'Sửa chi bộ ghi nhầm: không ghi sự kiện chuyển chi bộ; quá trình sinh hoạt đảng và các kỳ sinh hoạt đã qua tính ở chi bộ trong tệp.'
        )
    }

    // A merged or dissolved cell takes no member in activity: the merge moved them all, and it
    // holds no meeting after it closed (cellLife.ts). An old list naming it still fits a member
    // whose status is an ended one (his history).
    const closed = cellId && cellId !== existing?.cellId ? this.closedCells.get(cellId) : undefined
    const stillActive = isActiveStatus(status ?? existing?.status ?? 'probationary')
    if (closed && stillActive) {
      const into = closed.mergedIntoId ? this.ctx.cells.find((c) => c.id === closed.mergedIntoId) : undefined
      const what =
        closed.status === 'merged' ? `đã hợp nhất vào ${into?.name ?? 'chi bộ khác'}` : 'đã giải thể'
      const on = closed.closedOn ? ` ngày ${formatDate(closed.closedOn)}` : ''
      problems.push(
        `${closed.name} ${what}${on}: đảng viên đang sinh hoạt không ghi vào chi bộ này được. Ghi chi bộ đồng chí đang sinh hoạt.`
      )
    }
    // The record's official date counts too: an update's file may leave it out.
    if (status === 'official' && !member.officialDate)
      warnings.push(
        'Trạng thái "Chính thức" nhưng thiếu ngày chính thức: sẽ hiện là dự bị cho đến khi nhập ngày.'
      )
    if (existing && status && status !== existing.status)
      warnings.push(...statusChangeWarnings(existing.status, status, ctx.today, !!dates.officialDate))

    problems.push(...this.badgeProblems(member, existing, badgeText.badges))

    const events = problems.length ? [] : this.eventsFor(member, existing, status, cellId, badgeText.badges)
    const row: PreviewRow = {
      rowNumber: record.rowNumber,
      outcome: problems.length ? 'problem' : existing ? 'update' : 'new',
      member,
      events,
      matchedBy,
      existing,
      changes: existing ? memberChanges(existing, member) : [],
      cellName,
      problems,
      warnings,
      fixes
    }
    if (card.value && !cardTwin) this.cardInFile.set(card.value, row)
    if (id.value && !idTwin) this.idInFile.set(id.value, row)
    if (personKey && !personTwin) this.nameBirthInFile.set(personKey, row)
    if (existing && !this.claimed.has(existing.id) && !problems.length) this.claimed.set(existing.id, row)
    return row
  }

  /**
   * A party card or CCCD belongs to one member, and a row matched to a member never changes who
   * that member is (name, gender, birth date, CCCD): such a row is a problem, not an overwrite.
   */
  private identityProblems(
    existing: Member | undefined,
    matchedBy: MatchKey | undefined,
    row: Pick<Member, 'fullName' | 'birthDate' | 'idNumber' | 'partyCardNumber'> & { gender: Gender | null }
  ): string[] {
    const problems: string[] = []
    // A card always matches its holder first, so only a CCCD can belong to a member other than the match.
    const idHolder = row.idNumber ? this.byIdNumber.get(row.idNumber) : undefined
    if (idHolder && idHolder.id !== existing?.id)
      problems.push(
        `Số CCCD ${row.idNumber} đã là của đồng chí ${who(idHolder)}: một CCCD không thể thuộc hai đảng viên.`
      )
    if (!existing || !matchedBy) return problems
    const differ: FieldChange[] = []
    if (row.fullName && row.fullName !== existing.fullName)
      differ.push({ field: 'fullName', before: existing.fullName, after: row.fullName })
    if (row.gender && row.gender !== existing.gender)
      differ.push({ field: 'gender', before: existing.gender, after: row.gender })
    if (!sameBirth(row.birthDate, existing.birthDate))
      differ.push({ field: 'birthDate', before: existing.birthDate, after: row.birthDate })
    if (row.idNumber && existing.idNumber && row.idNumber !== existing.idNumber)
      differ.push({ field: 'idNumber', before: existing.idNumber, after: row.idNumber })
    if (differ.length) {
      const key = {
        partyCard: `Số thẻ đảng viên ${row.partyCardNumber}`,
        idNumber: `Số CCCD ${row.idNumber}`,
        nameBirth: 'Họ tên và ngày sinh'
      }[matchedBy]
      problems.push(
        `${key} là của đồng chí ${who(existing)}, nhưng dòng này khác: ${differ.map((d) => describeMemberChange(d)).join('; ')}. Không ghi đè thông tin nhân thân: nếu đúng là một người, hãy sửa hồ sơ trên màn hình Đảng viên.`
      )
    }
    return problems
  }

  /**
   * The first of two rows sharing a card or CCCD is a problem too: which copy is right is the
   * clerk's call, so neither is written until one is fixed.
   */
  private flagFirstCopy(first: PreviewRow, message: string): void {
    if (!first.problems.includes(message)) first.problems.push(message)
    first.outcome = 'problem'
    first.events = []
    if (first.existing && this.claimed.get(first.existing.id) === first)
      this.claimed.delete(first.existing.id)
  }

  /**
   * A badge of the file dated before the member could reach its milestone (HD 01-HD/TW 2021 mục 18,
   * the same check as the history import): written, the milestone would count as awarded and never be
   * proposed. Party age counts from the row's admission date (the record's when the file has none) and
   * the stored history, its admission moved with a corrected date as the write will move it. A
   * milestone the member already holds is not written, so not checked.
   */
  private badgeProblems(
    member: Member,
    existing: Member | undefined,
    badges: readonly AwardedBadge[]
  ): string[] {
    if (!badges.length) return []
    const { ctx } = this
    const awarded = existing ? ctx.existingBadges?.get(existing.id) : undefined
    const stored = (existing && ctx.existingEvents?.get(existing.id)) || []
    const moved = new Map(eventsFollowingRecord(existing, member, stored).map((e) => [e.id, e]))
    const events = moved.size ? stored.map((e) => moved.get(e.id) ?? e) : stored
    const problems: string[] = []
    for (const b of badges) {
      if (awarded?.has(b.milestone)) continue
      const tooEarly = badgeBeforeReach(member, events, b.milestone, b.date)
      if (tooEarly) problems.push(tooEarly)
    }
    return problems
  }

  /** Dated events that make the member's derived status what the file says. */
  private eventsFor(
    member: Member,
    existing: Member | undefined,
    status: MemberStatus | null,
    cellId: string | null,
    badges: readonly AwardedBadge[] = []
  ): MemberEvent[] {
    const { ctx } = this
    const had = existing ? ctx.existingEventTypes?.get(existing.id) : undefined
    const events: MemberEvent[] = []
    const add = (e: Omit<MemberEvent, 'id' | 'memberId' | 'createdAt'>) =>
      events.push({ id: ctx.newId(), memberId: member.id, createdAt: ctx.now, ...e })
    const note = 'Nhập từ Excel'
    // The cell a new member is admitted into is the file's. An existing member's is not known: the
    // file gives the cell he is in now, and his history (a move, the cell on record) says the rest.
    if (member.admissionDate && !had?.has('admission'))
      add({ type: 'admission', date: member.admissionDate, ...(existing ? {} : { cellId }), note })
    if (member.officialDate && !had?.has('official'))
      add({ type: 'official', date: member.officialDate, note })
    // The file gives no date for these: they are dated the import day, and say so.
    const undated = `${note}: trạng thái "${status ? MEMBER_STATUS_LABELS[status] : ''}" trong danh sách, ${IMPORT_DAY_NOTE_END}`
    const current = existing?.status
    if (status && status !== current) {
      const type = STATUS_EVENT[status]
      if (type)
        add({
          type,
          date: ctx.today,
          note: undated,
          ...(type === 'transferOut' ? { transferKind: 'permanent' as const } : {})
        })
    }
    const awarded = existing ? ctx.existingBadges?.get(existing.id) : undefined
    for (const b of badges) if (!awarded?.has(b.milestone)) add({ type: 'badge', note, ...b })
    return events
  }
}

const FIELD_LABELS: Partial<Record<ImportField, string>> = {
  ...MEMBER_FIELD_LABELS,
  cellName: MEMBER_FIELD_LABELS.cellId,
  status: 'Trạng thái'
}
/** One person's own cells: shared by a merge over several rows, they would give many people one identity. */
const IDENTITY_FIELDS: ImportField[] = ['fullName', 'gender', 'birthDate', 'idNumber', 'partyCardNumber']

/**
 * The row's values without Excel error values ("#DIV/0!") — each is a problem, never data or a
 * blank — and with a problem for an identity cell merged over several rows.
 */
function readableValues(record: ImportRecord, problems: string[]): ImportRecord['values'] {
  const values = { ...record.values }
  for (const field of Object.keys(values) as ImportField[]) {
    const error = excelErrorOf(values[field])
    if (!error) continue
    problems.push(
      `Ô ${labelInSentence(FIELD_LABELS[field] ?? field)} có lỗi công thức Excel (${error}): sửa trong tệp hoặc bấm “Sửa”.`
    )
    delete values[field]
  }
  for (const field of IDENTITY_FIELDS) {
    const rows = record.mergedOver?.[field]
    if (rows)
      problems.push(
        `Ô ${labelInSentence(FIELD_LABELS[field] ?? field)} gộp chung cho các dòng ${rows}: mỗi đảng viên phải có ô riêng (bỏ gộp ô trong Excel).`
      )
  }
  return values
}

/**
 * Two rows of one name and birth date are two people only when a number says so: both have a
 * CCCD and they differ, or both a party card and they differ (one number each, of two kinds, proves nothing).
 */
function toldApart(
  a: Pick<Member, 'idNumber' | 'partyCardNumber'>,
  b: Pick<Member, 'idNumber' | 'partyCardNumber'>
): boolean {
  const differ = (x?: string | null, y?: string | null) => !!x && !!y && x !== y
  return differ(a.idNumber, b.idNumber) || differ(a.partyCardNumber, b.partyCardNumber)
}

const who = (m: Member) => `${m.fullName}${m.birthDate ? ` (sinh ${formatDate(m.birthDate)})` : ''}`

/** Two birth dates of one person: equal, one missing, or a bare year and a day of that year. */
function sameBirth(a: IsoDate | null | undefined, b: IsoDate | null | undefined): boolean {
  if (!a || !b || a === b) return true
  return (isYearOnly(a) && b.startsWith(a)) || (isYearOnly(b) && a.startsWith(b))
}

/** The more precise of the file's and the record's birth date (a bare year never blurs a day). */
function preciseBirthDate(file: IsoDate | undefined, record: IsoDate | null | undefined): IsoDate | null {
  if (!file) return record ?? null
  if (record && isYearOnly(file) && !isYearOnly(record) && record.startsWith(file)) return record
  return file
}

/**
 * What a status in the file other than the stored one does to an existing member (docs/design.md §8:
 * nothing changed without saying so): an undated event on the import day (eventsFor), or nothing.
 */
function statusChangeWarnings(
  stored: MemberStatus,
  file: MemberStatus,
  today: IsoDate,
  fileHasOfficialDate: boolean
): string[] {
  const type = STATUS_EVENT[file]
  if (type)
    return [
      `Trạng thái: ${MEMBER_STATUS_LABELS[stored]} → ${MEMBER_STATUS_LABELS[file]}: ghi sự kiện “${EVENT_TYPE_LABELS[type]}” ngày ${formatDate(today)} (ngày nhập, vì tệp không ghi ngày). Nếu ngày khác, sau khi nhập hãy sửa sự kiện ở trang hồ sơ đảng viên.`
    ]
  // Dự bị and chính thức follow the dates (the warnings above say what is missing).
  const byDates = stored === 'probationary' || (stored === 'official' && fileHasOfficialDate)
  if (byDates) return []
  return [
    `Trạng thái trong tệp “${MEMBER_STATUS_LABELS[file]}”, trong sổ “${MEMBER_STATUS_LABELS[stored]}”: tệp không cho ngày của sự kiện làm đổi trạng thái, nên giữ như trong sổ. Nếu đã thay đổi, hãy ghi sự kiện ở trang hồ sơ đảng viên.`
  ]
}

const STATUS_EVENT: Partial<Record<MemberStatus, MemberEvent['type']>> = {
  exempt: 'exemption',
  suspended: 'suspension',
  transferredOut: 'transferOut',
  removed: 'removal',
  expelled: 'expulsion',
  left: 'leaving',
  deceased: 'death'
}

function guessCellType(name: string): Cell['type'] {
  const t = foldForSearch(name)
  if (/truong|mam non|tieu hoc|thcs|thpt/.test(t)) return 'school'
  if (/khu dan cu|kdc|to dan pho|khu pho|thon|xom|ap/.test(t)) return 'residential'
  if (/cong an|quan su|bien phong/.test(t)) return 'armed'
  if (/cong ty|doanh nghiep|hop tac xa|htx/.test(t)) return 'enterprise'
  if (/co quan|ubnd|uy ban|van phong|tram y te|mat tran/.test(t)) return 'agency'
  return 'other'
}

/** All rows at once (tests, the benchmark). */
export function importRows(records: readonly ImportRecord[], ctx: ImportContext): ImportPreview {
  const analyzer = new ImportAnalyzer(ctx)
  analyzer.addRows(records)
  return analyzer.finish()
}

/**
 * What the confirm step writes: chosen rows that are not problems, with the cells they need, and
 * each member's version as the preview read it (`seen`: null for a new one). The records were built
 * from that version, so the write is refused if the stored one is another (StaleRecordError).
 */
export function rowsToWrite(
  preview: ImportPreview,
  skipped: ReadonlySet<number>
): {
  members: Member[]
  events: MemberEvent[]
  cells: Cell[]
  seen: Map<string, SeenVersion>
  newCell: NewCellMeaning
} {
  const chosen = preview.rows.filter((r) => r.outcome !== 'problem' && !skipped.has(r.rowNumber))
  const usedCells = new Set(chosen.map((r) => r.member.cellId))
  return {
    members: chosen.map((r) => r.member),
    events: chosen.flatMap((r) => r.events),
    cells: preview.newCells.filter((c) => usedCells.has(c.id)),
    seen: new Map(chosen.map((r) => [r.member.id, r.existing?.updatedAt ?? null])),
    newCell: preview.newCell
  }
}
