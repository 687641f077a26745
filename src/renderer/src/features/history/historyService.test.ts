// "Nhập lịch sử" into the database: what the preview read is never written over what another
// window saved after it (docs/design.md §8). The whole batch is refused, nothing written, and the
// clerk previews again; a badge import writes badge events only, never a member's record.
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestDb, setDb, type SoChiBoDatabase } from '@renderer/db/database'
import { memberRepository } from '@renderer/db/repositories/memberRepository'
import { reviewRepository } from '@renderer/db/repositories/reviewRepository'
import { honoursRepository } from '@renderer/db/repositories/honoursRepository'
import type { Member } from '@renderer/domain/entities'
import { StaleRecordError } from '@renderer/domain/staleRecord'
import { commitHistory, historyDoneText, loadHistory, previewHistory, refreshHistory } from './historyService'

const AN: Member = {
  id: 'an',
  fullName: 'Nguyễn Văn An',
  gender: 'male',
  birthDate: '1960-05-01',
  admissionDate: '1985-01-01',
  officialDate: '1986-01-01',
  partyCardNumber: '01234567',
  cellId: 'c1',
  status: 'official',
  active: 1,
  searchText: '',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z'
}

async function file(...rows: unknown[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('Lịch sử')
  for (const r of rows) ws.addRow(r)
  return new Uint8Array(await wb.xlsx.writeBuffer())
}

/** What a refused commit threw (null when it wrote). */
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e
  )

let db: SoChiBoDatabase
/** The version of An's record the repository stamped when it was saved. */
let anVersion: string
beforeEach(async () => {
  db = createTestDb()
  anVersion = (await memberRepository.save(AN)).updatedAt
})
afterEach(() => setDb(null))

describe('past ratings: a decision recorded after the preview is never overwritten', () => {
  it('refuses the whole file when another window recorded the year since, and writes nothing', async () => {
    const loaded = await loadHistory(
      'ratings',
      await file(
        ['Họ và tên', 'Số thẻ đảng viên', 'Năm', 'Xếp loại'],
        ['Nguyễn Văn An', '01234567', 2024, 'HTNV']
      )
    )
    const preview = previewHistory(loaded, loaded.sheet.proposed)
    expect(preview.rows.map((r) => r.outcome)).toEqual(['new'])
    // Another window records the committee's decision for 2024 after the preview.
    await reviewRepository.saveMemberReviews([
      { id: '2024:an', year: 2024, memberId: 'an', cellId: 'c1', decision: 'excellent', updatedAt: 'x' }
    ])
    const audit = await db.auditLog.count()
    const error = await refusal(commitHistory(preview, 'xep-loai.xlsx'))
    expect(error).toBeInstanceOf(StaleRecordError)
    expect((error as StaleRecordError).userMessage).toBe(
      'Xếp loại của Nguyễn Văn An (2024) đã được sửa ở cửa sổ khác sau khi xem trước; chưa ghi gì vào sổ. Hãy xem trước lại rồi nhập.'
    )
    expect((await reviewRepository.memberReviews(2024))[0].decision).toBe('excellent')
    expect(await db.auditLog.count()).toBe(audit)
    // Previewed again from what is stored now, the row says why it is not written.
    const again = previewHistory(await refreshHistory(loaded), loaded.sheet.proposed)
    expect(again.rows[0]).toMatchObject({ outcome: 'problem' })
    expect(again.rows[0].problems[0]).toMatch(/^Năm 2024 đã có quyết định HTXSNV trong sổ/)
  })
})

describe('past Huy hiệu Đảng: badge events only, never the member record read at the preview', () => {
  const badges = () =>
    file(
      ['Họ và tên', 'Số thẻ', 'Mốc', 'Ngày trao', 'Số QĐ'],
      ['Nguyễn Văn An', '01234567', 30, '03/02/2016', '12-QĐ/TU']
    )

  it('keeps what another window saved before the preview, and adds the badge', async () => {
    const loaded = await loadHistory('badges', await badges())
    await commitHistory(previewHistory(loaded, loaded.sheet.proposed), 'huy-hieu.xlsx')
    const badge = (await memberRepository.events('an')).filter((e) => e.type === 'badge')
    expect(badge).toMatchObject([{ milestone: 30, date: '2016-02-03', decisionNumber: '12-QĐ/TU' }])
    expect((await memberRepository.get('an'))!.updatedAt).toBe(anVersion)
  })

  it('refuses the whole file when the member was saved in another window after the preview', async () => {
    const loaded = await loadHistory('badges', await badges())
    const preview = previewHistory(loaded, loaded.sheet.proposed)
    expect(preview.rows.map((r) => r.outcome)).toEqual(['new'])
    await memberRepository.save({ ...AN, phone: '0912345678', address: 'Số 5 Lê Lợi' }, { seen: anVersion })
    const audit = await db.auditLog.count()
    const error = await refusal(commitHistory(preview, 'huy-hieu.xlsx'))
    expect(error).toBeInstanceOf(StaleRecordError)
    expect((error as StaleRecordError).userMessage).toBe(
      'Hồ sơ của Nguyễn Văn An đã được sửa ở cửa sổ khác sau khi xem trước; chưa ghi gì vào sổ. Hãy xem trước lại rồi nhập.'
    )
    expect(await memberRepository.get('an')).toMatchObject({ phone: '0912345678', address: 'Số 5 Lê Lợi' })
    expect((await memberRepository.events('an')).some((e) => e.type === 'badge')).toBe(false)
    expect(await db.auditLog.count()).toBe(audit)
  })

  it('a milestone proposed on Khen thưởng is a problem, not an award written beside the proposal', async () => {
    await honoursRepository.saveBadge(
      { id: 'p30', memberId: 'an', milestone: 30, ceremonyDate: '2027-02-03', status: 'proposed' },
      'Nguyễn Văn An'
    )
    const loaded = await loadHistory('badges', await badges())
    const preview = previewHistory(loaded, loaded.sheet.proposed)
    expect(preview.rows.map((r) => r.outcome)).toEqual(['problem'])
    expect(await commitHistory(preview, 'huy-hieu.xlsx')).toBe(0)
    expect((await memberRepository.events('an')).some((e) => e.type === 'badge')).toBe(false)
  })

  it('refuses a milestone another window awarded after the preview (no second badge)', async () => {
    const loaded = await loadHistory('badges', await badges())
    const preview = previewHistory(loaded, loaded.sheet.proposed)
    await memberRepository.addEvent({
      id: 'b30',
      memberId: 'an',
      type: 'badge',
      milestone: 30,
      date: '2016-02-03',
      createdAt: 'x'
    })
    const error = await refusal(commitHistory(preview, 'huy-hieu.xlsx'))
    expect(error).toBeInstanceOf(StaleRecordError)
    expect((await memberRepository.events('an')).filter((e) => e.type === 'badge')).toHaveLength(1)
  })
})

describe('what the import says it did: rows written, and rows not written with why', () => {
  it('writes the new rows only, and the result names the rows left out (problems, already recorded)', async () => {
    await reviewRepository.saveMemberReviews([
      { id: '2020:an', year: 2020, memberId: 'an', cellId: 'c1', decision: 'good', updatedAt: 'x' }
    ])
    const loaded = await loadHistory(
      'ratings',
      await file(
        ['Họ và tên', 'Số thẻ đảng viên', 'Năm', 'Xếp loại'],
        ['Nguyễn Văn An', '01234567', 2020, 'HTTNV'],
        ['Nguyễn Văn An', '01234567', 2021, 'HTXSNV'],
        ['Nguyễn Văn An', '01234567', 2022, 'HTXSNV'],
        ['Nguyễn Văn An', '01234567', 2023, 'Giỏi'],
        ['Người lạ', '99999999', 2022, 'HTNV']
      )
    )
    const preview = previewHistory(loaded, loaded.sheet.proposed)
    const written = await commitHistory(preview, 'xep-loai.xlsx')
    expect(written).toBe(2)
    expect(historyDoneText(preview, written, 'xep-loai.xlsx')).toBe(
      'Đã ghi 2 kết quả xếp loại từ tệp xep-loai.xlsx. Không ghi 2 dòng có vấn đề (lý do ở tệp “Lưu các dòng không nhập ra Excel”) và 1 dòng đã có trong sổ.'
    )
    const stored = await db.memberReviewBooks.count()
    expect(stored).toBeGreaterThan(0)
    const decisions = await Promise.all(
      [2020, 2021, 2022, 2023].map(async (y) => (await reviewRepository.memberReviews(y))[0]?.decision)
    )
    expect(decisions).toEqual(['good', 'excellent', 'excellent', undefined])
  })
  it('says nothing was left out when every row was written', async () => {
    const loaded = await loadHistory(
      'badges',
      await file(['Số thẻ', 'Mốc', 'Ngày trao'], ['01234567', 30, '03/02/2016'])
    )
    const preview = previewHistory(loaded, loaded.sheet.proposed)
    expect(historyDoneText(preview, await commitHistory(preview, 'hh.xlsx'), 'hh.xlsx')).toBe(
      'Đã ghi 1 Huy hiệu Đảng từ tệp hh.xlsx.'
    )
  })
})
