import { officeBreakdownParts, sumOfBreakdownParts } from '../../domain/index.ts';
import type { OfficeBreakdown, ReferenceFile } from '../../domain/index.ts';
import { translate } from '../../lib/i18n/messages.ts';
import type { Language } from '../../lib/i18n/messages.ts';
import { formatCount } from './bar-model.ts';
import type { BarChartModel } from './bar-model.ts';

/** Whether the parts add up to the stated total (checked here again, not taken from the file). */
export function breakdownCheck(breakdown: OfficeBreakdown) {
  const sum = sumOfBreakdownParts(breakdown);
  return { sum, total: breakdown.total, reconciles: sum === breakdown.total };
}

/** The field presences as the report counts them: one bar per part, the stated total above. */
export function breakdownChart(
  breakdown: OfficeBreakdown,
  reference: ReferenceFile,
  language: Language,
): BarChartModel {
  const { sum, total, reconciles } = breakdownCheck(breakdown);
  const refs = [{ report: breakdown.report, paragraph: breakdown.paragraph }];
  return {
    id: 'field-presences',
    title: translate(language, 'charts.breakdown.title'),
    counted: translate(
      language,
      reconciles ? 'charts.breakdown.counted' : 'charts.breakdown.mismatch',
      {
        count: total,
        sum: formatCount(language, sum),
        paragraph: breakdown.paragraph,
      },
    ),
    scope: { follows: 'none' },
    barColumn: translate(language, 'charts.column.presenceType'),
    valueColumn: translate(language, 'charts.column.value'),
    bars: officeBreakdownParts.map(([field, typeId]) => ({
      id: typeId,
      label: reference.officeTypes.find((type) => type.id === typeId)?.labels[language] ?? typeId,
      value: breakdown[field],
      valueLabel: formatCount(language, breakdown[field]),
      group: null,
      filter: null,
      selected: false,
      refs,
    })),
    groups: [],
    rowHeight: 30,
    clickOpensSources: true,
  };
}
