// One line of the Báo cáo catalogue: what the report is and how to make it.
import type { ExportResult } from './reviewReports'

export interface ReportEntry {
  title: string
  description: string
  /** Builds and saves the workbook; the saved file's name, or null when the clerk cancelled. */
  run: () => Promise<ExportResult>
}
