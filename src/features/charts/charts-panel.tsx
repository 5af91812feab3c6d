import { useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { ActivityRecord } from '../../domain/index.ts';
import type { DashboardData } from '../../lib/data/queries.ts';
import { officeBreakdownsOf, reportYear, seriesReports } from '../../lib/data/report-scope.ts';
import type { ChartExportApi } from '../../lib/export/chart-export-api.ts';
import type { FilterControls } from '../../lib/filters/use-filters.ts';
import { countUnits } from '../../lib/filters/count-view.ts';
import { useCountUnit } from '../../lib/filters/use-count-unit.ts';
import { useI18n } from '../../lib/i18n/use-i18n.ts';
import type { SourcesRequest } from '../../lib/provenance/sources-request.ts';
import { useStableCallback } from '../../lib/hooks/use-latest.ts';
import type { Bar } from './bar-model.ts';
import { breakdownChart } from './breakdown-option.ts';
import { ChartCard } from './chart-card.tsx';
import { ModeSwitch } from './mode-switch.tsx';
import { chartRecords } from './charts-state.ts';
import { fundCharts } from './fund-option.ts';
import { officeChart } from './office-option.ts';
import { partnerChart } from './partner-option.ts';
import type { PartnerMode } from './partner-option.ts';
import { regionChart } from './region-option.ts';
import { MAX_SPLIT_REPORTS, reportChart, reportSplitChart, reportSplits } from './report-option.ts';
import type { ReportSplit } from './report-option.ts';
import { themeChart } from './theme-option.ts';
import type { ThemeMode } from './theme-option.ts';
import '../../lib/ui/tool-button.css';
import './charts.css';

export interface ChartsPanelProps {
  readonly data: DashboardData;
  /** The records under the current filters. */
  readonly records: readonly ActivityRecord[];
  readonly controls: FilterControls;
  readonly onOpenSources: (request: SourcesRequest) => void;
  readonly toolbar?: (api: ChartExportApi) => ReactNode;
  /** Explicit chart width in pixels (tests); each chart fills its card otherwise. */
  readonly width?: number;
  /** Embedding: the one chart to show (its id), with this under it. */
  readonly only?: { readonly id: string; readonly footer: (api: ChartExportApi) => ReactNode };
}

/** The bar charts: records by theme, partner, region and office type; presences; fund figures. */
export function ChartsPanel({
  data,
  records,
  controls,
  onOpenSources,
  toolbar,
  width,
  only,
}: ChartsPanelProps) {
  const { t, language } = useI18n();
  const { filters, toggleFilter } = controls;
  const [decals, setDecals] = useState(false);
  const [unit, setUnit] = useCountUnit();
  const [themeMode, setThemeMode] = useState<ThemeMode>(
    filters.pillar && !filters.theme ? 'pillar' : 'theme',
  );
  const [partnerMode, setPartnerMode] = useState<PartnerMode>(
    filters.partnerType && !filters.partner ? 'partnerType' : 'partner',
  );
  const [reportSplit, setReportSplit] = useState<ReportSplit>('total');
  const all = data.activities.records;
  const { reference, figures } = data;
  // One memo per chart: a chart whose input did not change keeps its model, and its card (memoised)
  // is not drawn again.
  const input = (own: Parameters<typeof chartRecords>[4]) => ({
    records: chartRecords(all, records, filters, reference, own),
    filters,
    reference,
    language,
    unit,
  });
  // One breakdown per report, each checked against its own stated total; one more chart compares
  // the reports when the view holds several.
  const series = useMemo(
    () =>
      seriesReports(data).map((report) => ({ symbol: report.symbol, year: reportYear(report) })),
    [data],
  );
  const several = series.length > 1;
  // Split bars take one colour per report: with more reports than colours, totals only.
  const splittable = several && series.length <= MAX_SPLIT_REPORTS;
  const split = splittable ? reportSplit : 'total';
  /* oxlint-disable react-hooks/exhaustive-deps -- `input` is derived from the listed values */
  const theme = useMemo(
    () => themeChart(input(['theme', 'pillar']), themeMode),
    [all, records, filters, reference, language, unit, themeMode],
  );
  const partner = useMemo(
    () => partnerChart(input(['partner', 'partnerType']), partnerMode),
    [all, records, filters, reference, language, unit, partnerMode],
  );
  const region = useMemo(
    () => regionChart(input(['region', 'subregion'])),
    [all, records, filters, reference, language, unit],
  );
  const office = useMemo(
    () => officeChart(input(['officeType'])),
    [all, records, filters, reference, language, unit],
  );
  const byReport = useMemo(
    () =>
      several
        ? split === 'total'
          ? reportChart(input([]), series)
          : reportSplitChart(input([]), series, split)
        : null,
    [several, split, series, all, records, filters, reference, language, unit],
  );
  /* oxlint-enable react-hooks/exhaustive-deps */
  const breakdowns = useMemo(() => {
    const stated = new Map(officeBreakdownsOf(figures).map((b) => [b.report, b]));
    return series.flatMap((report) => {
      const breakdown = stated.get(report.symbol);
      return breakdown
        ? [breakdownChart(breakdown, reference, language, several ? report : undefined)]
        : [];
    });
  }, [series, several, figures, reference, language]);
  const funds = useMemo(
    () =>
      fundCharts(
        figures.figures,
        reference,
        language,
        series.map((report) => report.symbol),
      ),
    [figures, reference, language, series],
  );
  const onToggle = useStableCallback((bar: Bar) => {
    if (bar.filter) toggleFilter(bar.filter.key, bar.filter.value);
  });
  const card = { decals, width, onToggle, onOpenSources, toolbar };
  const themeModes = useMemo(
    () => (
      <ModeSwitch
        value={themeMode}
        options={[
          ['theme', 'charts.theme.byTheme'],
          ['pillar', 'charts.theme.byPillar'],
        ]}
        onChange={setThemeMode}
      />
    ),
    [themeMode],
  );
  const partnerModes = useMemo(
    () => (
      <ModeSwitch
        value={partnerMode}
        options={[
          ['partner', 'charts.partner.byPartner'],
          ['partnerType', 'charts.partner.byType'],
        ]}
        onChange={setPartnerMode}
      />
    ),
    [partnerMode],
  );

  const reportModes = useMemo(
    () =>
      splittable ? (
        <ModeSwitch
          legend="charts.report.split"
          value={split}
          options={reportSplits.map((value) => [value, `charts.report.split.${value}`] as const)}
          onChange={setReportSplit}
        />
      ) : undefined,
    [splittable, split],
  );

  const cards = [
    { model: theme, modes: themeModes },
    { model: partner, modes: partnerModes },
    { model: region },
    { model: office },
    ...(byReport ? [{ model: byReport, modes: reportModes }] : []),
    ...breakdowns.map((model) => ({ model })),
    ...funds.map((fund) => ({ model: fund })),
  ];

  if (only) {
    const chosen = cards.find((entry) => entry.model.id === only.id);
    return chosen ? (
      <ChartCard {...card} {...chosen} footer={only.footer} toolbar={undefined} />
    ) : (
      <p className="embed-missing" role="alert">
        {t('embed.unknown', {
          id: only.id,
          ids: [...cards.map((entry) => entry.model.id), 'map'].join(', '),
        })}
      </p>
    );
  }

  return (
    <div className="charts-panel">
      <ModeSwitch
        legend="count.legend"
        value={unit}
        options={countUnits.map((value) => [value, `count.unit.${value}`] as const)}
        onChange={setUnit}
      />
      <label className="charts-decals">
        <input
          type="checkbox"
          checked={decals}
          onChange={(event) => setDecals(event.target.checked)}
        />
        {t('charts.patterns')}
      </label>
      <div className="charts-grid">
        {cards.map((entry) => (
          <ChartCard key={entry.model.id} {...card} {...entry} />
        ))}
      </div>
    </div>
  );
}
