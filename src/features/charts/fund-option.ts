import type { Figure, ReferenceFile } from '../../domain/index.ts';
import { countedCategory, countedLabel, fundName } from '../../lib/figures/figure-labels.ts';
import { translate } from '../../lib/i18n/messages.ts';
import type { Language } from '../../lib/i18n/messages.ts';
import { formatCount } from './bar-model.ts';
import type { BarChartModel } from './bar-model.ts';

/** The fund, the report's words for what is counted (if more than the unit) and the year. */
export function fundFigureLabel(figure: Figure, reference: ReferenceFile, language: Language) {
  const name = figure.fund === null ? '' : fundName(reference, figure.fund, language);
  const { words } = countedLabel(figure, language);
  const year =
    figure.year === null ? translate(language, 'charts.fund.noYear') : String(figure.year);
  if (language === 'zh')
    return `${name}：${words ?? countedCategory(figure.counts, 'zh')}，${year}`;
  return words === null ? `${name}, ${year}` : `${name}: “${words}”, ${year}`;
}

// Label text per line at the chart's label width (about 220 px): CJK glyphs count double.
const LABEL_LINE_UNITS = 34;
const LABEL_LINE_HEIGHT = 14;

function labelLines(label: string): number {
  const units = [...label].reduce(
    (sum, char) => sum + (/[\u3000-\u9fff\uff00-\uffef]/u.test(char) ? 2 : 1),
    0,
  );
  return Math.ceil(units / LABEL_LINE_UNITS);
}

function inReportOrder(reportIndex: ReadonlyMap<string, number>) {
  return (a: Figure, b: Figure): number =>
    (reportIndex.get(a.report) ?? 0) - (reportIndex.get(b.report) ?? 0) ||
    a.report.localeCompare(b.report) ||
    a.paragraph - b.paragraph ||
    a.sentence - b.sentence ||
    a.start - b.start;
}

/**
 * The figures tied to funds as small multiples: one chart per thing counted (countries,
 * representatives, projects…), so that an axis never mixes units; in report order within each,
 * the charts in the order their unit first appears. The value keeps its qualifier. With several
 * reports (`reportOrder`, oldest first) each bar names its report.
 */
export function fundCharts(
  figures: readonly Figure[],
  reference: ReferenceFile,
  language: Language,
  reportOrder: readonly string[] = [],
): BarChartModel[] {
  const several = reportOrder.length > 1;
  const order = inReportOrder(new Map(reportOrder.map((symbol, index) => [symbol, index])));
  const byUnit = new Map<string, Figure[]>();
  for (const figure of figures.filter((entry) => entry.fund !== null).sort(order))
    byUnit.set(figure.counts, [...(byUnit.get(figure.counts) ?? []), figure]);
  return [...byUnit].map(([unit, funded]) => {
    const category = countedCategory(unit, language);
    const labels = funded.map((figure) => {
      const label = fundFigureLabel(figure, reference, language);
      return several ? `${figure.report} · ${label}` : label;
    });
    return {
      id: `fund-figures-${unit}`,
      title: translate(language, 'charts.fund.titleUnit', { unit: category }),
      counted: translate(language, 'charts.fund.countedUnit', { unit: category }),
      scope: { follows: 'none' },
      barColumn: translate(language, 'charts.column.fundFigure'),
      cellColumns: [
        ...(several ? [translate(language, 'charts.column.report')] : []),
        translate(language, 'charts.column.fund'),
        translate(language, 'charts.column.counted'),
        translate(language, 'charts.column.year'),
      ],
      valueColumn: translate(language, 'charts.fund.valueUnit', { unit: category }),
      bars: funded.map((figure, index) => {
        const value = formatCount(language, figure.value);
        return {
          id: figure.id,
          label: labels[index] ?? '',
          cells: [
            ...(several ? [figure.report] : []),
            figure.fund === null ? '' : fundName(reference, figure.fund, language),
            countedLabel(figure, language).words ?? category,
            figure.year ?? translate(language, 'charts.fund.noYear'),
          ],
          value: figure.value,
          valueLabel: figure.qualifier
            ? translate(language, `tables.qualifier.${figure.qualifier}`, { value })
            : value,
          qualifier: figure.qualifier ? translate(language, `qualifier.${figure.qualifier}`) : '',
          group: null,
          filter: null,
          selected: false,
          refs: [{ report: figure.report, paragraph: figure.paragraph }],
        };
      }),
      groups: [],
      rowHeight: Math.max(40, ...labels.map((label) => labelLines(label) * LABEL_LINE_HEIGHT + 12)),
      clickOpensSources: true,
    };
  });
}
