import { translate } from '../../lib/i18n/messages.ts';
import {
  countColumn,
  countFields,
  countTitle,
  countedLine,
  groupRecords,
  recordsBar,
} from './bar-model.ts';
import type { Bar, BarChartModel, RecordsChartInput } from './bar-model.ts';

/** Records per office type in the reference's order, then the records that state none. */
export function officeChart(input: RecordsChartInput): BarChartModel {
  const { records, filters, reference, language } = input;
  const byType = groupRecords(records, (record) => [record.officeType]);
  const bar = (id: string | null, label: string): Bar => {
    const list = byType.get(id) ?? [];
    return recordsBar(
      {
        id: id ?? 'not-stated',
        label,
        ...countFields(list, input),
        group: null,
        filter: id === null ? null : { key: 'officeType', value: id },
        selected: id !== null && filters.officeType === id,
      },
      list,
    );
  };
  return {
    id: 'records-by-office-type',
    title: countTitle(input, 'charts.office.title'),
    counted: countedLine(input, 'charts.office.counted'),
    scope: { follows: 'others', ignores: ['officeType'] },
    barColumn: translate(language, 'charts.column.officeType'),
    valueColumn: countColumn(input),
    unit: input.unit ?? 'records',
    bars: [
      ...reference.officeTypes.map((type) => bar(type.id, type.labels[language])),
      bar(null, translate(language, 'charts.office.notStated')),
    ],
    groups: [],
    rowHeight: 30,
  };
}
