export { decodeText, DecodeError } from './decode/decode-text.ts';
export { segment } from './segment/segment.ts';
export type { SegmentResult } from './segment/segment.ts';
export { SegmentError } from './segment/segment-error.ts';
export type { SegmentWarning } from './segment/segment-error.ts';
export { findDocumentSymbol } from './segment/page-furniture.ts';
export { buildParagraphsFile } from './outputs/paragraphs-file.ts';
export { buildPrepReport } from './outputs/prep-report.ts';
export { rowsJson, stableJson } from './outputs/stable-json.ts';
export { tagAndBuildRecords } from './run-tagging.ts';
export type { TaggingResult } from './run-tagging.ts';
export {
  buildActivitiesFile,
  buildFiguresFile,
  buildRecordsFile,
  buildReferenceFile,
} from './outputs/data-files.ts';
export { prepReportMarkdown } from './outputs/prep-report-markdown.ts';
