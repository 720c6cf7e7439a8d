export { detectFormat, type InputFormat } from './detectFormat.ts';
export { EVENTS_CSV_COLUMNS, fromEventsCsv, toEventsCsv } from './eventsCsv.ts';
export { escapeHtml, htmlToText } from './html.ts';
export {
  type ChronoscopeExtras,
  fromTimelineJs,
  type TimelineJsDate,
  type TimelineJsDocument,
  type TimelineJsEvent,
  toTimelineJs,
} from './timelineJs.ts';
