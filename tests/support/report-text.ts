import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const REPORT_SYMBOL = 'A/HRC/44/28';

/** The project's own copy of the report (data/raw), never ../shared. */
export function readReportText(): string {
  return readFileSync(
    fileURLToPath(new URL('../../data/raw/A_HRC_44_28.zh.txt', import.meta.url)),
    'utf8',
  );
}

export function goldenPath(name: string): string {
  return fileURLToPath(new URL(`../golden/${name}`, import.meta.url));
}
