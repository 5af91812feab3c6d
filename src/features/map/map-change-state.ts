import type { DashboardData } from '../../lib/data/queries.ts';
import {
  reportChange,
  type ChangeStatus,
  type CountryChange,
} from '../../lib/data/report-change.ts';
import { seriesReports } from '../../lib/data/report-scope.ts';
import type { ActivityRecord } from '../../domain/index.ts';
import type { Language } from '../../lib/i18n/messages.ts';

/** What the map's colour says: records per country, or their change between two reports. */
export type MapColouring = 'records' | 'change';

/** The legend's order: from gained to lost. */
export const CHANGE_ORDER: readonly ChangeStatus[] = ['new', 'more', 'same', 'fewer', 'gone'];

/**
 * ColorBrewer PuOr, 5 classes (Cynthia Brewer, colorbrewer2.org; colour-blind safe): purple for
 * more work in the later report, orange for less. Its near-white midpoint is replaced by a mid grey,
 * which stays apart from the light grey of land without records.
 */
export const CHANGE_FILLS: Readonly<Record<ChangeStatus, string>> = {
  new: '#5e3c99',
  more: '#b2abd2',
  same: '#a3a3a3',
  fewer: '#fdb863',
  gone: '#e66101',
};

export interface MapComparison {
  readonly earlier: string;
  readonly later: string;
  readonly byCountry: ReadonlyMap<string, CountryChange>;
  readonly counts: Readonly<Record<ChangeStatus, number>>;
}

/** The two reports the map can compare: only when exactly two are in view, oldest first. */
export function comparableReports(
  data: Pick<DashboardData, 'paragraphs'>,
): readonly [string, string] | null {
  const reports = seriesReports(data);
  const [earlier, later] = reports;
  return reports.length === 2 && earlier && later ? [earlier.symbol, later.symbol] : null;
}

/** Per country, how the later report's records compare with the earlier one's (under the filters). */
export function mapComparison(
  records: readonly ActivityRecord[],
  reports: readonly [string, string],
  data: Pick<DashboardData, 'reference'>,
  language: Language,
): MapComparison {
  const change = reportChange(records, reports[0], reports[1], data.reference, language);
  return {
    earlier: change.earlier,
    later: change.later,
    byCountry: new Map(change.rows.map((row) => [row.iso3, row])),
    counts: change.counts,
  };
}
