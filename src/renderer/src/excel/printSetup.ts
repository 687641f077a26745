// Print setup shared by every sheet meant for paper: A4, fit to one page wide (any number tall, or one
// page tall when the layout planned the whole sheet on one page), centred horizontally, the given header
// rows (if any) repeated on every page, "Trang &P / &N" in the footer.
import type ExcelJS from 'exceljs'
import { FONT_NAME } from './styles'

export function printOnA4(
  ws: ExcelJS.Worksheet,
  orientation: 'portrait' | 'landscape',
  titleRows: string | undefined,
  margins: ExcelJS.Margins,
  pagesTall: 0 | 1 = 0
): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: pagesTall,
    horizontalCentered: true,
    margins,
    ...(titleRows ? { printTitlesRow: titleRows } : {})
  }
  ws.headerFooter.oddFooter = `&C&"${FONT_NAME},Regular"&11Trang &P / &N`
}
