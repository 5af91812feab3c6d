export { RecordsTable } from './records-table.tsx';
export type { RecordsTableProps } from './records-table.tsx';
export { FieldPresencesTable } from './field-presences-table.tsx';
export type { FieldPresencesTableProps } from './field-presences-table.tsx';
export { FiguresTable } from './figures-table.tsx';
export type { FiguresTableProps } from './figures-table.tsx';
export { PrintRecordsTable } from './print-records-table.tsx';
export { ReportChangeTable } from './report-change-table.tsx';
