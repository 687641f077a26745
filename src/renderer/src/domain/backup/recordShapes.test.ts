import { describe, expect, it } from 'vitest'
import { SETTINGS, cell, meeting, member, memberEvent, task } from '@renderer/testing/factories'
import { BUILT_IN_PROFILES } from '../rules/profiles'
import { recordProblems, type BackupRecords } from './recordShapes'

// A plain backup file can be edited and its checksum recomputed. What the edit breaks in a record's
// shape must be refused before a restore, by name; what the app itself writes must always pass.
const SOUND: BackupRecords = {
  cells: [
    cell('c1', {
      name: 'Chi bộ Khu phố 1',
      committee: [{ memberId: 'm1', role: 'secretary', from: '2025-01-01' }]
    })
  ],
  members: [member('m1', { fullName: 'Nguyễn Văn An', birthDate: '1960', admissionDate: '1985-05-19' })],
  memberEvents: [memberEvent('e1', 'm1', 'admission', '1985-05-19')],
  // "7:30" as the month screen stores what the clerk typed.
  meetings: [meeting('mt1', { cellId: 'c1', startTime: '7:30', endTime: '21:15', qualityScore: 92.5 })],
  meetingTasks: [task('t1', { id: 'mt1', cellId: 'c1' })],
  memberReviews: [
    {
      id: '2025:m1',
      year: 2025,
      memberId: 'm1',
      cellId: 'c1',
      decision: 'good',
      selfRating: null,
      updatedAt: ''
    }
  ],
  cellReviews: [{ id: '2025:c1', year: 2025, cellId: 'c1', decision: 'excellent', updatedAt: '' }],
  reviewYears: [{ year: 2025, profileId: 'qd366-2025', asOfDate: '2025-12-15', finalized: 1 }],
  commendations: [
    {
      id: 'k1',
      year: 2025,
      subject: 'member',
      memberId: 'm1',
      basis: 'excellentStreak',
      years: [2021, 2022, 2023, 2024, 2025],
      status: 'proposed'
    }
  ],
  badges: [{ id: 'b1', memberId: 'm1', milestone: 40, ceremonyDate: '2025-05-19', status: 'awarded' }],
  rulesProfiles: [...BUILT_IN_PROFILES],
  settings: [SETTINGS]
}

describe('the records of a backup, checked before a restore', () => {
  it('records as the app writes them pass, including dates known only by their year', () => {
    expect(recordProblems(SOUND)).toEqual({ count: 0, first: [] })
  })

  const edited = (kind: keyof BackupRecords, index: number, change: Record<string, unknown>) => ({
    ...SOUND,
    [kind]: SOUND[kind]!.map((r, i) => (i === index ? { ...(r as object), ...change } : r))
  })
  it.each<[string, BackupRecords, string]>([
    [
      'a member status no screen knows',
      edited('members', 0, { status: 'vip' }),
      'Đảng viên “Nguyễn Văn An”: tình trạng “vip” không hợp lệ.'
    ],
    [
      'a birth date that is not a date',
      edited('members', 0, { birthDate: '30/02/1960' }),
      'Đảng viên “Nguyễn Văn An”: ngày sinh “30/02/1960” không hợp lệ.'
    ],
    [
      'a name that is a number, and no gender',
      edited('members', 0, { fullName: 42, gender: undefined }),
      'Đảng viên mã m1: họ và tên “42”, giới tính “trống” không hợp lệ.'
    ],
    [
      'an event of an unknown kind, named by its member',
      edited('memberEvents', 0, { type: 'promotion' }),
      'Quá trình của đảng viên của “Nguyễn Văn An” (mã'
    ],
    [
      'a meeting on 30 February',
      edited('meetings', 0, { date: '2026-02-30' }),
      'Buổi sinh hoạt chi bộ mã mt1: ngày họp “2026-02-30” không hợp lệ.'
    ],
    ['a meeting at 25 o’clock', edited('meetings', 0, { endTime: '25:00' }), 'giờ kết thúc “25:00”'],
    ['guests that are not a list', edited('meetings', 0, { guests: 'Bí thư' }), 'khách mời “Bí thư”'],
    [
      'a rating the Party does not have',
      edited('memberReviews', 0, { decision: 'best' }),
      'Xếp loại đảng viên của “Nguyễn Văn An” (mã 2025:m1): Đảng ủy quyết định “best” không hợp lệ.'
    ],
    ['a committee that is not a list of seats', edited('cells', 0, { committee: ['m1'] }), 'chi ủy “["m1"]”'],
    ['a review year that is a word', edited('reviewYears', 0, { year: 'năm nay' }), 'năm “năm nay”'],
    ['a badge milestone that is text', edited('badges', 0, { milestone: '40' }), 'số năm tuổi Đảng “40”'],
    [
      'a rules profile whose sources are not text',
      edited('rulesProfiles', 0, { sources: { quotaPercent: 20 } }),
      'Bộ quy định mã qd366-2025: căn cứ'
    ],
    [
      'rules profile sources that are a list of texts',
      edited('rulesProfiles', 0, { sources: ['Điều lệ Đảng'] }),
      'Bộ quy định mã qd366-2025: căn cứ “["Điều lệ Đảng"]” không hợp lệ.'
    ],
    [
      'rules profile parameters that are a list',
      edited('rulesProfiles', 0, { params: [20] }),
      'Bộ quy định mã qd366-2025: thông số “[20]” không hợp lệ.'
    ],
    [
      'a record that is not an object',
      { ...SOUND, cellReviews: [7] },
      'Xếp loại chi bộ: “7” không phải một bản ghi.'
    ],
    [
      'a record that is a list',
      { ...SOUND, cellReviews: [['2025:c1']] },
      'Xếp loại chi bộ: “["2025:c1"]” không phải một bản ghi.'
    ]
  ])('%s is named', (_l, records, said) => {
    const { count, first } = recordProblems(records)
    expect(count).toBe(1)
    expect(first[0]).toContain(said)
  })

  it('counts every bad record but names only the first few', () => {
    const members = Array.from({ length: 8 }, (_, i) =>
      member(`x${i}`, { fullName: `Người ${i}`, gender: 'x' as never })
    )
    const { count, first } = recordProblems({ ...SOUND, members: [...SOUND.members!, ...members] })
    expect(count).toBe(8)
    expect(first).toHaveLength(5)
    expect(first[0]).toBe('Đảng viên “Người 0”: giới tính “x” không hợp lệ.')
  })
})
