// "Danh sách đảng viên dự sinh hoạt" of one meeting, to print and sign: the roll on the meeting's
// date (domain/meetings/roll.ts), a signature column, the exempt members listed apart. Written as a
// document of the cell (ĐẢNG BỘ PHƯỜNG … / CHI BỘ …), signed by the chair.
import type ExcelJS from 'exceljs'
import type { Meeting, OrganizationSettings } from '@renderer/domain/entities'
import { formatDate } from '@renderer/domain/dates'
import { MEETING_TYPE_LABELS } from '@renderer/domain/labels'
import { APART_LABELS, type Roll } from '@renderer/domain/meetings/roll'
import { addPartyDocumentSheet, workbookWith, type DocRow } from '../partyDocument'
import { column } from './columns'

export interface SignInSheetInput {
  cellName: string
  meeting: Pick<Meeting, 'type' | 'date' | 'startTime' | 'place' | 'topic' | 'chairName'>
  roll: Roll
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
      signer: { name: input.meeting.chairName ?? '' },
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
