export { LIST_SEPARATOR } from './cells.js';
export { type FromCSVOptions, type FromCSVResult, fromCSV, type MatchedColumn } from './csv-read.js';
export { type ToCSVOptions, toCSV, toCSVBytes, toCSVChunks, toCSVStream } from './csv-write.js';
export type { TextInput } from './decode.js';
export {
  type FromHTCDSResult,
  fromHTCDS,
  HTCDS_GAPS,
  HTCDS_RULES,
  type HTCDSCase,
  type HTCDSEvent,
  type HTCDSRule,
  type HTCDSValue,
  toHTCDS,
} from './htcds.js';
export type { ColumnWarningCode, FormatErrorCode, ImportError, ImportWarning } from './import-errors.js';
export {
  type FromJSONLResult,
  fromJSONL,
  type JSONLItem,
  type ReadJSONLOptions,
  readJSONL,
  type ToJSONLOptions,
  toJSONL,
  toJSONLStream,
} from './jsonl.js';
export type { ExportProfile } from './profile.js';
export { type ChunkSource, textStream } from './streams.js';
export { type TableFromCSVResult, type TableToCSVOptions, tableFromCSV, tableToCSV } from './table-csv.js';
export { type TableLabels, tableLabels } from './table-labels.js';
export { toXLSForm, type XLSFormOptions, type XLSFormSheets, xlsFormName, xlsFormSheets } from './xlsform.js';
