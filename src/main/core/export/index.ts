/**
 * Exports: the project as data (our JSON, CSV, TimelineJS, iCalendar), each a pure function of
 * the project returning the file's text, and the PDF made from the renderer's SVG. Plain Node,
 * no Electron: main's IPC handlers call these and write the result.
 */
export { exportCsv, CSV_BOM } from './csv'
export { DATELINE_CSV_COLUMNS, type DatelineCsvColumn } from './csv-format'
export { exportIcal, type IcalOptions } from './ical'
export { exportJson } from './json'
export {
  countPdfPages,
  makePdf,
  PAGE_SIZES,
  PDF_LAYOUT,
  PdfError,
  type PdfInput,
  type PdfSourceInput
} from './pdf'
export {
  exportTimelineJs,
  timelineJsOf,
  type TimelineJsEvent,
  type TimelineJsFile,
  type TimelineJsOptions,
  type TimelineJsText,
  type TimelineSource
} from './timelinejs'
export type { TimelineJsDate } from './timelinejs-dates'
