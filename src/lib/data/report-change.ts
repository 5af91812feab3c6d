import type { ActivityRecord, ReferenceFile } from '../../domain/index.ts';
import type { Language } from '../i18n/messages.ts';

export type ChangeStatus = 'new' | 'gone' | 'more' | 'fewer' | 'same';

export interface CountryChange {
  readonly iso3: string;
  readonly name: string;
  readonly earlier: number;
  readonly later: number;
  readonly status: ChangeStatus;
}

export interface ReportChange {
  readonly earlier: string;
  readonly later: string;
  /** Countries with records in either report, the largest change first, then by name. */
  readonly rows: readonly CountryChange[];
  readonly counts: Readonly<Record<ChangeStatus, number>>;
}

export function statusOf(earlier: number, later: number): ChangeStatus {
  if (earlier === 0) return 'new';
  if (later === 0) return 'gone';
  if (later > earlier) return 'more';
  if (later < earlier) return 'fewer';
  return 'same';
}

/**
 * Records per country in two reports of the view (under its filters), side by side: which
 * countries are new in the later report, gone from it, or have more or fewer records.
 */
export function reportChange(
  records: readonly ActivityRecord[],
  earlier: string,
  later: string,
  reference: ReferenceFile,
  language: Language,
): ReportChange {
  const counts = new Map<string, { earlier: number; later: number }>();
  for (const record of records) {
    if (record.country === null) continue;
    if (record.report !== earlier && record.report !== later) continue;
    const entry = counts.get(record.country) ?? { earlier: 0, later: 0 };
    if (record.report === earlier) entry.earlier += 1;
    else entry.later += 1;
    counts.set(record.country, entry);
  }
  const names = new Map(
    reference.countries.map((country) => [country.iso3, country.names[language]]),
  );
  const collator = new Intl.Collator(language === 'zh' ? 'zh-CN' : 'en');
  const rows = [...counts].map(([iso3, { earlier: before, later: after }]) => ({
    iso3,
    name: names.get(iso3) ?? iso3,
    earlier: before,
    later: after,
    status: statusOf(before, after),
  }));
  rows.sort(
    (a, b) =>
      Math.abs(b.later - b.earlier) - Math.abs(a.later - a.earlier) ||
      collator.compare(a.name, b.name),
  );
  const tally: Record<ChangeStatus, number> = { new: 0, gone: 0, more: 0, fewer: 0, same: 0 };
  for (const row of rows) tally[row.status] += 1;
  return { earlier, later, rows, counts: tally };
}
