import { translate } from '../../lib/i18n/messages.ts';
import {
  byValue,
  countColumn,
  countTitle,
  countFields,
  countedLine,
  groupRecords,
  recordsBar,
} from './bar-model.ts';
import type { Bar, BarChartModel, RecordsChartInput } from './bar-model.ts';

/** Records per M49 region, most first; records with no region last, as one bar that does not filter. */
export function regionChart(input: RecordsChartInput): BarChartModel {
  const { records, filters, reference, language } = input;
  const names = new Map<string, string>();
  for (const country of reference.countries)
    if (country.region) names.set(country.region.code, country.region[language]);
  const byRegion = groupRecords(records, (record) => [record.region]);
  const bar = (code: string | null, label: string): Bar => {
    const list = byRegion.get(code) ?? [];
    return recordsBar(
      {
        id: code ?? 'none',
        label,
        ...countFields(list, input),
        group: null,
        filter: code === null ? null : { key: 'region', value: code },
        selected: code !== null && filters.region === code,
      },
      list,
    );
  };
  const bars = [...names]
    .map(([code, name]) => bar(code, name))
    .filter((row) => row.value > 0 || row.selected)
    .sort(byValue(language));
  if (byRegion.has(null)) bars.push(bar(null, translate(language, 'charts.region.none')));
  return {
    id: 'records-by-region',
    title: countTitle(input, 'charts.region.title'),
    counted: countedLine(input, 'charts.region.counted'),
    scope: { follows: 'others', ignores: ['region', 'subregion'] },
    barColumn: translate(language, 'charts.column.region'),
    valueColumn: countColumn(input),
    unit: input.unit ?? 'records',
    bars,
    groups: [],
    rowHeight: 30,
  };
}
