// "Danh sách đảng viên dự sinh hoạt" of one meeting, to print and sign: the roll on the meeting's
// date (domain/meetings/roll.ts), a signature column, the exempt members listed apart. Written as a
// document of the cell (ĐẢNG BỘ PHƯỜNG … / CHI BỘ …), signed for the cell (T/M CHI BỘ) by the chair
// when he is its secretary or deputy on the day, with his own title; else by the day's secretary.
import type ExcelJS from 'exceljs'
import type { CommitteeRole, Meeting, OrganizationSettings } from '@renderer/domain/entities'
import { formatDate } from '@renderer/domain/dates'
import { MEETING_TYPE_LABELS } from '@renderer/domain/labels'
import { APART_LABELS, type Roll } from '@renderer/domain/meetings/roll'
import { addPartyDocumentSheet, workbookWith, type DocRow } from '../partyDocument'
import { column } from './columns'

export interface SignInSheetInput {
  cellName: string
  meeting: Pick<Meeting, 'type' | 'date' | 'startTime' | 'place' | 'topic' | 'chairName'>
  roll: Roll
  /**
   * The chair's seat in the cell's committee on the meeting's date (committee.ts roleOn); null: none;
   * left out when the chair is only a typed name, whose seat is not known.
   */
  chairRole?: CommitteeRole | null
  /** The cell's secretary on that date, who signs when the chair holds no secretary's seat. */
  secretaryName?: string | null
}

/**
 * Who signs under "T/M CHI BỘ" (HD 36-HD/VPTW: for the cell, its secretary or a deputy, with his own
 * title): the chair when he is either, else the day's secretary; the chair when neither is known.
 */
function signerOf(input: SignInSheetInput): { title?: string; name: string } {
  const chair = input.meeting.chairName ?? ''
  const role = input.chairRole
  if (role === 'deputySecretary') return { title: 'PHÓ BÍ THƯ', name: chair }
  if (role === undefined || role === 'secretary') return { name: chair }
  return { name: input.secretaryName || chair }
}

/** Signature rows are tall enough to sign in. */
const SIGN_ROW_HEIGHT = 30

/** "Đảng ủy phường X" → "ĐẢNG BỘ PHƯỜNG X": a cell's superior is the đảng bộ. */
export function partyOrganizationName(issuingBody: string): string {
  return issuingBody
    .trim()
    .replace(/^đảng ủy/i, 'ĐẢNG BỘ')
    .toUpperCase()
}

export function buildSignInSheetWorkbook(
  settings: OrganizationSettings,
  input: SignInSheetInput,
  now: Date = new Date()
): ExcelJS.Workbook {
  // A cell's own document: the đảng bộ above the cell's name, signed for the cell (docs/design.md §7).
  const cellSettings: OrganizationSettings = {
    ...settings,
    superiorName: partyOrganizationName(settings.issuingBody),
    issuingBody: input.cellName
  }
  const { meeting, roll } = input
  const rows: DocRow[] = roll.expected.map((e) => ({
    values: { name: e.fullName, kind: e.official ? 'Chính thức' : 'Dự bị' }
  }))
  if (roll.apart.length) {
    rows.push({ kind: 'group', label: 'Đảng viên miễn, đình chỉ sinh hoạt (không tính vào tỷ lệ dự)' })
    for (const e of roll.apart)
      rows.push({
        values: { name: e.fullName, kind: e.official ? 'Chính thức' : 'Dự bị', note: APART_LABELS[e.apart!] }
      })
  }
  const details = [
    `Sinh hoạt ${MEETING_TYPE_LABELS[meeting.type].toLowerCase()} ngày ${formatDate(meeting.date)}`,
    meeting.startTime ? `lúc ${meeting.startTime}` : '',
    meeting.place ? `tại ${meeting.place}` : ''
  ].filter(Boolean)
  const add = (wb: ExcelJS.Workbook): ExcelJS.Worksheet =>
    addPartyDocumentSheet(wb, cellSettings, {
      sheetName: 'Danh sách dự sinh hoạt',
      title: 'Danh sách đảng viên dự sinh hoạt chi bộ',
      issuer: 'cell',
      signer: signerOf(input),
      recipientGroup: 'cell',
      minRowHeight: SIGN_ROW_HEIGHT,
      subtitle: details.join(' ') + (meeting.topic ? `\nChuyên đề: ${meeting.topic}` : ''),
      date: meeting.date,
      orientation: 'portrait',
      columns: [
        column('stt'),
        column('name', 26),
        { key: 'kind', header: 'Đảng viên', width: 11, kind: 'text' },
        { key: 'sign', header: 'Ký tên', width: 18, kind: 'text' },
        column('note', 16)
      ],
      rows,
      notes: [
        `Tổng số đảng viên phải dự: ${roll.expected.length}; miễn, đình chỉ sinh hoạt: ${roll.apart.length}.`
      ]
    })
  return workbookWith(add, now)
}
