import { translate } from '../../lib/i18n/messages.ts';
import { pillars } from '../../domain/index.ts';
import type { ActivityRecord } from '../../domain/index.ts';
import { PALETTE, countColumn, countFields, recordsBar } from './bar-model.ts';
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

/** What the records-by-report chart splits each report's bar by. */
export type ReportSplit = 'total' | 'region' | 'officeType' | 'pillar';

export const reportSplits: readonly ReportSplit[] = ['total', 'region', 'officeType', 'pillar'];

/** One colour per report when split: the palette's colours, so up to this many reports. */
export const MAX_SPLIT_REPORTS = PALETTE.length;

interface Category {
  readonly id: string;
  readonly label: string;
}

function splitCategories(
  split: Exclude<ReportSplit, 'total'>,
  input: RecordsChartInput,
): {
  readonly categories: readonly Category[];
  readonly valueOf: (record: ActivityRecord) => readonly string[];
} {
  const { reference, language } = input;
  if (split === 'region') {
    const names = new Map<string, string>();
    for (const country of reference.countries)
      if (country.region) names.set(country.region.code, country.region[language]);
    return {
      categories: [
        ...[...names].map(([id, label]) => ({ id, label })),
        { id: 'none', label: translate(language, 'charts.region.none') },
      ],
      valueOf: (record) => [record.region ?? 'none'],
    };
  }
  if (split === 'officeType') {
    return {
      categories: [
        ...reference.officeTypes.map((type) => ({ id: type.id, label: type.labels[language] })),
        { id: 'not-stated', label: translate(language, 'charts.office.notStated') },
      ],
      valueOf: (record) => [record.officeType ?? 'not-stated'],
    };
  }
  const pillarThemes = pillars.flatMap(
    (pillar) =>
      reference.themes.find((theme) => theme.id === pillar && theme.parent === null) ?? [],
  );
  const pillarIds = new Set(pillarThemes.map((theme) => theme.id));
  return {
    categories: pillarThemes.map((theme) => ({ id: theme.id, label: theme.labels[language] })),
    valueOf: (record) => record.themes.filter((id) => pillarIds.has(id)),
  };
}

/**
 * Records per report split by region, office type or pillar: for each of them one bar per report,
 * oldest first, coloured by report, so that the same question can be read year over year. A record
 * with several pillars counts under each; categories without records in any report are left out.
 */
export function reportSplitChart(
  input: RecordsChartInput,
  reports: readonly SeriesReport[],
  split: Exclude<ReportSplit, 'total'>,
): BarChartModel {
  const base = reportChart(input, reports);
  const { records, language } = input;
  const { categories, valueOf } = splitCategories(split, input);
  const lists = new Map<string, ActivityRecord[]>();
  for (const record of records)
    for (const category of new Set(valueOf(record))) {
      const key = `${category}\u0000${record.report}`;
      const list = lists.get(key);
      if (list) list.push(record);
      else lists.set(key, [record]);
    }
  const yearOf = (report: SeriesReport) =>
    report.year === null ? report.symbol : String(report.year);
  const total = (category: Category) =>
    reports.reduce(
      (sum, report) => sum + (lists.get(`${category.id}\u0000${report.symbol}`)?.length ?? 0),
      0,
    );
  // Regions most records first (as the region chart), "none" last; office types and pillars in
  // the reference's order.
  const ordered =
    split === 'region'
      ? [
          ...categories
            .filter((category) => category.id !== 'none')
            .sort((x, y) => total(y) - total(x) || x.label.localeCompare(y.label)),
          ...categories.filter((category) => category.id === 'none'),
        ]
      : categories;
  const bars = ordered.flatMap((category) => {
    const row = reports.map((report) => {
      const list = lists.get(`${category.id}\u0000${report.symbol}`) ?? [];
      return recordsBar(
        {
          id: `${category.id}|${report.symbol}`,
          label: translate(language, 'charts.report.splitBar', {
            name: category.label,
            year: yearOf(report),
          }),
          fullLabel: translate(language, 'charts.report.splitBarFull', {
            name: category.label,
            symbol: report.symbol,
          }),
          ...countFields(list, input),
          group: report.symbol,
          filter: null,
          selected: false,
        },
        list,
      );
    });
    return row.some((bar) => bar.value > 0) ? row : [];
  });
  const splitColumn = translate(
    language,
    split === 'region'
      ? 'charts.column.region'
      : split === 'officeType'
        ? 'charts.column.officeType'
        : 'charts.column.pillar',
  );
  return {
    ...base,
    counted: [
      translate(language, 'charts.report.splitCounted', {
        what: translate(language, `count.what.${input.unit ?? 'records'}`),
        by: translate(language, `charts.report.by.${split}`),
      }),
      ...(split === 'pillar' ? [translate(language, 'charts.report.splitPillarNote')] : []),
    ].join(language === 'zh' ? '' : ' '),
    barColumn: splitColumn,
    groupColumn: translate(language, 'charts.column.report'),
    bars,
    groups: reports.map((report, index) => ({
      id: report.symbol,
      name: base.bars[index]?.label ?? report.symbol,
      color: PALETTE[index % PALETTE.length] ?? PALETTE[0],
    })),
    rowHeight: 26,
  };
}
