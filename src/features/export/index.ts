export { ExportMenu } from './export-menu.tsx';
export type { ExportMenuProps } from './export-menu.tsx';
export { RecordsExportBar } from './records-export-bar.tsx';
export type { RecordsExportBarProps } from './records-export-bar.tsx';
export { BriefingBar } from './briefing-bar.tsx';
export type { BriefingBarProps } from './briefing-bar.tsx';
export type { ExportSettings } from './export-context.ts';
export { EmbedCaption } from './embed-caption.tsx';
