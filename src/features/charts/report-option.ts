import { translate } from '../../lib/i18n/messages.ts';
import { countColumn, countFields, recordsBar } from './bar-model.ts';
import type { BarChartModel, RecordsChartInput } from './bar-model.ts';

export interface SeriesReport {
  readonly symbol: string;
  readonly year: number | null;
}

/**
 * Records per report of the series, oldest first, under every filter: with a theme or a region
 * chosen, the same question year over year.
 */
export function reportChart(
  input: RecordsChartInput,
  reports: readonly SeriesReport[],
): BarChartModel {
  const { records, language } = input;
  const byReport = new Map<string, (typeof records)[number][]>();
  for (const record of records) {
    const list = byReport.get(record.report);
    if (list) list.push(record);
    else byReport.set(record.report, [record]);
  }
  const unit = countColumn(input);
  return {
    id: 'records-by-report',
    title: translate(language, 'charts.report.title', { unit }),
    counted: translate(language, 'charts.report.counted', {
      what: translate(language, `count.what.${input.unit ?? 'records'}`),
    }),
    scope: { follows: 'all' },
    barColumn: translate(language, 'charts.column.report'),
    valueColumn: unit,
    unit: input.unit ?? 'records',
    bars: reports.map((report) => {
      const list = byReport.get(report.symbol) ?? [];
      return recordsBar(
        {
          id: report.symbol,
          label:
            report.year === null
              ? report.symbol
              : translate(language, 'charts.report.bar', {
                  year: String(report.year),
                  symbol: report.symbol,
                }),
          ...countFields(list, input),
          group: null,
          filter: null,
          selected: false,
        },
        list,
      );
    }),
    groups: [],
    rowHeight: 30,
    clickOpensSources: true,
  };
}
