// Saving the rows an import left out (members or history): "<file>-dong-khong-nhap.xlsx", with a
// message either way.
import type ExcelJS from 'exceljs'
import { useAction } from '../../common/useAction'
import { saveWorkbook } from '../../common/saveWorkbook'

export function useSaveSkippedRows() {
  const { busy, run } = useAction()
  function save(build: () => ExcelJS.Workbook, sourceFileName: string) {
    const name = `${sourceFileName.replace(/\.xlsx?$/i, '')}-dong-khong-nhap.xlsx`
    return run(() => saveWorkbook(build(), name), {
      success: (saved) => (saved ? `Đã lưu tệp ${saved}.` : null),
      failure: 'Không lưu được tệp'
    })
  }
  return { busy, save }
}
