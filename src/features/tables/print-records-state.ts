import type { ActivityRecord } from '../../domain/index.ts';

/**
 * The printout lists every record up to this many (about 30 A4 pages of wrapped sentences); past
 * it, the first ones and a stated summary of where the rest are.
 */
export const PRINT_RECORD_LIMIT = 400;

export interface PrintedRecords {
  readonly shown: readonly ActivityRecord[];
  readonly total: number;
  readonly cut: boolean;
}

/** The records of the printout, in the report's order (paragraph, sentence, then country). */
export function printedRecords(
  records: readonly ActivityRecord[],
  limit = PRINT_RECORD_LIMIT,
): PrintedRecords {
  const ordered = [...records].sort(
    (a, b) =>
      (a.report < b.report ? -1 : a.report > b.report ? 1 : 0) ||
      a.paragraph - b.paragraph ||
      a.sentence - b.sentence ||
      (a.country ?? '').localeCompare(b.country ?? ''),
  );
  return { shown: ordered.slice(0, limit), total: records.length, cut: records.length > limit };
}
