// `npm run render`, step 1 (run by scripts/render-exports.mjs through vitest): the demo ward loaded into
// a fresh in-memory database, the settings a clerk would fill in, then every export of the app built
// by its own feature code, each file saved into $RENDER_OUT instead of a save dialog.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createPinia, setActivePinia } from 'pinia'
import { expect, it } from 'vitest'
import { setPlatformForTests } from '@renderer/platform'
import { fakePlatform } from '@renderer/features/backup/testing/fakePlatform'
import { loadDemoData } from '@renderer/features/demo/demoData'
import { useSettingsStore } from '@renderer/features/settings/settingsStore'
import { EMPTY_SETTINGS } from '@renderer/domain/settings'
import { todayIso, yearOf } from '@renderer/domain/dates'
import { sortByVietnameseName } from '@renderer/domain/names'
import { eventsByMember, rollOn } from '@renderer/domain/meetings/roll'
import { memberReports } from '@renderer/features/reports/memberReports'
import { reviewReports } from '@renderer/features/reports/reviewReports'
import { nextCeremony } from '@renderer/domain/honours/badges'
import { exportMemberList } from '@renderer/features/members/exportMembers'
import { meetingReports, exportSignInSheet } from '@renderer/features/meetings/reports'
import * as periodReports from '@renderer/features/reports/periodReports'
import { NothingToExport } from '@renderer/features/common/nothingToExport'
import { memberRepository } from '@renderer/db/repositories/memberRepository'
import { cellRepository } from '@renderer/db/repositories/cellRepository'
import { meetingRepository } from '@renderer/db/repositories/meetingRepository'
import { auditRepository } from '@renderer/db/repositories/auditRepository'
import { buildAuditLogWorkbook } from '@renderer/excel/reports/auditLog'
import { MEMBER_LIST_COLUMNS, type MemberColumnKey } from '@renderer/excel/reports/memberList'

const out = process.env.RENDER_OUT ?? 'out/exports'

it('builds every export of the demo ward', async () => {
  mkdirSync(out, { recursive: true })
  let prefix = ''
  const saved: string[] = []
  setPlatformForTests({
    ...fakePlatform(null),
    saveFile: async (bytes, suggestedName) => {
      const name = `${prefix}-${suggestedName.replace(/\s+/g, '-')}`
      writeFileSync(join(out, name), bytes)
      saved.push(name)
      return { fileName: name }
    }
  })
  setActivePinia(createPinia())
  const today = todayIso()
  await loadDemoData(undefined, today)
  await useSettingsStore().save({
    ...EMPTY_SETTINGS,
    superiorName: 'Đảng bộ tỉnh Thanh Hóa',
    issuingBody: 'Đảng ủy phường Hạc Thành',
    placeName: 'Hạc Thành',
    signerName: 'Lê Văn Bình',
    clerkName: 'Nguyễn Thị Hoa'
  })
  const run = async (name: string, job: () => Promise<unknown>): Promise<void> => {
    prefix = name
    await job()
  }
  const lastYear = yearOf(today) - 1
  for (const [i, r] of memberReports.entries()) await run(`01-${i + 1}`, r.run)
  await run('01-3', async () => {
    const [members, cells] = await Promise.all([memberRepository.listActive(), cellRepository.list()])
    return exportMemberList({
      members: sortByVietnameseName(members, (m) => m.fullName),
      cells,
      columns: Object.keys(MEMBER_LIST_COLUMNS) as MemberColumnKey[],
      cellId: null,
      filterSummary: 'đảng viên đang sinh hoạt, đủ 22 cột',
      purpose: 'Báo cáo cấp trên',
      idNumbers: 'masked'
    })
  })
  for (const [i, r] of reviewReports.entries())
    await run(`02-${i + 1}`, () => r.run(r.input === 'year' ? lastYear : nextCeremony(today)))
  // This year is still open: its summary is a draft built from the steps done so far.
  await run('02-7', () => reviewReports[0].run(yearOf(today)))
  for (const [i, r] of meetingReports.entries()) await run(`03-${i + 1}`, r.run)
  const [meeting] = await meetingRepository.list({ year: lastYear })
  const [cell, rollInputs] = await Promise.all([
    cellRepository.get(meeting.cellId),
    meetingRepository.rollInputs(meeting.cellId)
  ])
  const roll = rollOn(rollInputs.members, eventsByMember(rollInputs.events), meeting.cellId, meeting.date)
  await run('03-3', () => exportSignInSheet({ meeting, cellName: cell?.name ?? 'Chi bộ', roll }))
  // Báo cáo theo kỳ: last year's, for the whole ward.
  const period = { kind: 'year', year: lastYear } as const
  const periodJobs = [
    () => periodReports.exportMemberStatistics(period),
    () => periodReports.exportMovementLists(period),
    () => periodReports.exportAbsenceList(lastYear, null),
    () => periodReports.exportRatingList(lastYear, null),
    () => periodReports.exportIncompleteList(lastYear, null),
    () => periodReports.exportExcellentProposals(lastYear, null, 'Giấy khen'),
    () => periodReports.exportBadgeForm(nextCeremony(today))
  ]
  for (const [i, job] of periodJobs.entries())
    await run(`05-${i + 1}`, () =>
      job().catch((e: unknown) => {
        // A list with nobody in it is not issued (the page says so): nothing to render.
        if (!(e instanceof NothingToExport)) throw e
      })
    )
  await run('04-1', async () => {
    const settings = await useSettingsStore().ensureLoaded()
    const bytes = await buildAuditLogWorkbook(settings, (await auditRepository.all({})).slice(0, 40), {
      subtitle: 'Nhật ký của dữ liệu mẫu'
    })
    writeFileSync(join(out, '04-1-Nhat-ky-thay-doi.xlsx'), bytes)
    saved.push('04-1-Nhat-ky-thay-doi.xlsx')
  })
  expect(saved.length).toBeGreaterThanOrEqual(13)
  writeFileSync(join(out, 'files.txt'), saved.join('\n') + '\n')
})
