import type { Figure, ReferenceFile } from '../../domain/index.ts';
import { translate } from '../../lib/i18n/messages.ts';
import type { Language } from '../../lib/i18n/messages.ts';
import { formatCount } from './bar-model.ts';
import type { BarChartModel } from './bar-model.ts';

/** The shortest of the fund's names in the language (aliases such as "LDC/SIDS Trust Fund"). */
function shortName(name: string, aliases: readonly string[], language: Language): string {
  const cjk = /[\u3400-\u9fff]/u;
  const same = aliases.filter((alias) => cjk.test(alias) === (language === 'zh'));
  return [name, ...same].reduce((best, next) => (next.length < best.length ? next : best));
}

/** The fund, what is counted and the year, e.g. "Peacebuilding Fund: countries, 2019". */
export function fundFigureLabel(figure: Figure, reference: ReferenceFile, language: Language) {
  const fund = reference.funds.find((entry) => entry.id === figure.fund);
  const name = fund ? shortName(fund.names[language], fund.aliases, language) : (figure.fund ?? '');
  const counted = language === 'zh' ? figure.countsText || figure.counts : figure.counts;
  const year =
    figure.year === null ? translate(language, 'charts.fund.noYear') : String(figure.year);
  return language === 'zh' ? `${name}：${counted}，${year}` : `${name}: ${counted}, ${year}`;
}

/** One bar per figure tied to a fund, in report order; the value keeps its qualifier. */
export function fundChart(
  figures: readonly Figure[],
  reference: ReferenceFile,
  language: Language,
): BarChartModel {
  const funded = figures
    .filter((figure) => figure.fund !== null)
    .sort(
      (a, b) =>
        a.report.localeCompare(b.report) ||
        a.paragraph - b.paragraph ||
        a.sentence - b.sentence ||
        a.start - b.start,
    );
  return {
    id: 'fund-figures',
    title: translate(language, 'charts.fund.title'),
    counted: translate(language, 'charts.fund.counted'),
    valueColumn: translate(language, 'charts.column.value'),
    bars: funded.map((figure) => {
      const value = formatCount(language, figure.value);
      return {
        id: figure.id,
        label: fundFigureLabel(figure, reference, language),
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
    rowHeight: 60,
    clickOpensSources: true,
  };
}
