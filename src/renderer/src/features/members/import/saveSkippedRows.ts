// Saving the rows an import left out (members or history): "<file>-dong-khong-nhap.xlsx", with a
// message either way. The rows name people, so the file is logged like any export.
import type ExcelJS from 'exceljs'
import { useAction } from '../../common/useAction'
import { saveWorkbook } from '../../common/saveWorkbook'

export function useSaveSkippedRows() {
  const { busy, run } = useAction()
  /** `entity`: the table the import writes to (members, memberReviews, badges). */
  function save(build: () => ExcelJS.Workbook, sourceFileName: string, entity: string) {
    const name = `${sourceFileName.replace(/\.xlsx?$/i, '')}-dong-khong-nhap.xlsx`
    const what = `các dòng không nhập của tệp ${sourceFileName}`
    return run(() => saveWorkbook(build(), name, { entity, what }), {
      success: (saved) => (saved ? `Đã lưu tệp ${saved}.` : null),
      failure: 'Không lưu được tệp'
    })
  }
  return { busy, save }
}
