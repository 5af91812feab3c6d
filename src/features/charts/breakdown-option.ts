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
  /** When the view holds several reports: the chart names its report and year. */
  series?: { readonly year: number | null },
): BarChartModel {
  const { sum, total, reconciles } = breakdownCheck(breakdown);
  const refs = [{ report: breakdown.report, paragraph: breakdown.paragraph }];
  const values = {
    count: total,
    sum: formatCount(language, sum),
    paragraph: breakdown.paragraph,
    report: breakdown.report,
  };
  return {
    id: series ? `field-presences-${breakdown.report.replace(/\W+/gu, '-')}` : 'field-presences',
    title: series
      ? translate(language, 'charts.breakdown.titleOf', {
          report: breakdown.report,
          year: series.year === null ? '?' : String(series.year),
        })
      : translate(language, 'charts.breakdown.title'),
    counted: series
      ? translate(
          language,
          reconciles ? 'charts.breakdown.countedOf' : 'charts.breakdown.mismatchOf',
          values,
        )
      : translate(
          language,
          reconciles ? 'charts.breakdown.counted' : 'charts.breakdown.mismatch',
          values,
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
