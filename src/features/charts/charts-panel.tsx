import { useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { ActivityRecord } from '../../domain/index.ts';
import type { DashboardData } from '../../lib/data/queries.ts';
import type { ChartExportApi } from '../../lib/export/chart-export-api.ts';
import type { FilterControls } from '../../lib/filters/use-filters.ts';
import { useI18n } from '../../lib/i18n/use-i18n.ts';
import type { MessageKey } from '../../lib/i18n/messages.ts';
import type { SourcesRequest } from '../../lib/provenance/sources-request.ts';
import { useStableCallback } from '../../lib/hooks/use-latest.ts';
import type { Bar } from './bar-model.ts';
import { breakdownChart } from './breakdown-option.ts';
import { ChartCard } from './chart-card.tsx';
import { chartRecords } from './charts-state.ts';
import { fundCharts } from './fund-option.ts';
import { officeChart } from './office-option.ts';
import { partnerChart } from './partner-option.ts';
import type { PartnerMode } from './partner-option.ts';
import { regionChart } from './region-option.ts';
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

function ModeSwitch<T extends string>(props: {
  readonly value: T;
  readonly options: readonly (readonly [T, MessageKey])[];
  readonly onChange: (value: T) => void;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="chart-modes">
      <legend>{t('charts.mode')}</legend>
      {props.options.map(([value, key]) => (
        <button
          key={value}
          type="button"
          className="tool-button"
          aria-pressed={props.value === value}
          onClick={() => props.onChange(value)}
        >
          {t(key)}
        </button>
      ))}
    </fieldset>
  );
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
  const [themeMode, setThemeMode] = useState<ThemeMode>(
    filters.pillar && !filters.theme ? 'pillar' : 'theme',
  );
  const [partnerMode, setPartnerMode] = useState<PartnerMode>(
    filters.partnerType && !filters.partner ? 'partnerType' : 'partner',
  );
  const all = data.activities.records;
  const { reference, figures } = data;
  // One memo per chart: a chart whose input did not change keeps its model, and its card (memoised)
  // is not drawn again.
  const input = (own: Parameters<typeof chartRecords>[4]) => ({
    records: chartRecords(all, records, filters, reference, own),
    filters,
    reference,
    language,
  });
  /* oxlint-disable react-hooks/exhaustive-deps -- `input` is derived from the listed values */
  const theme = useMemo(
    () => themeChart(input(['theme', 'pillar']), themeMode),
    [all, records, filters, reference, language, themeMode],
  );
  const partner = useMemo(
    () => partnerChart(input(['partner', 'partnerType']), partnerMode),
    [all, records, filters, reference, language, partnerMode],
  );
  const region = useMemo(
    () => regionChart(input(['region', 'subregion'])),
    [all, records, filters, reference, language],
  );
  const office = useMemo(
    () => officeChart(input(['officeType'])),
    [all, records, filters, reference, language],
  );
  /* oxlint-enable react-hooks/exhaustive-deps */
  const breakdown = useMemo(
    () =>
      figures.officeBreakdown ? breakdownChart(figures.officeBreakdown, reference, language) : null,
    [figures, reference, language],
  );
  const funds = useMemo(
    () => fundCharts(figures.figures, reference, language),
    [figures, reference, language],
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

  const cards = [
    { model: theme, modes: themeModes },
    { model: partner, modes: partnerModes },
    { model: region },
    { model: office },
    ...(breakdown ? [{ model: breakdown }] : []),
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
