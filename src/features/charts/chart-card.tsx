import { memo, useLayoutEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { EChartsReactCore, echarts } from '../../lib/echarts.ts';
import type { EChartsType } from '../../lib/echarts.ts';
import type { ChartExportApi } from '../../lib/export/chart-export-api.ts';
import { useI18n } from '../../lib/i18n/use-i18n.ts';
import { useElementWidth } from '../../lib/layout/use-element-width.ts';
import { useFrozenWhile, useNearViewport } from '../../lib/layout/use-near-viewport.ts';
import type { SourcesRequest } from '../../lib/provenance/sources-request.ts';
import type { Bar, BarChartModel } from './bar-model.ts';
import { barOption, chartHeight } from './bar-option.ts';
import { chartBars, chartRows, chartSources } from './charts-state.ts';

export interface ChartCardProps {
  readonly model: BarChartModel;
  readonly decals: boolean;
  /** Explicit width in pixels (tests, exports); the container's width otherwise. */
  readonly width?: number;
  readonly onToggle: (bar: Bar) => void;
  readonly onOpenSources: (request: SourcesRequest) => void;
  /** Buttons above the chart that switch what it groups by. */
  readonly modes?: ReactNode;
  readonly toolbar?: (api: ChartExportApi) => ReactNode;
  /** Under the chart: an embedded chart's caption. */
  readonly footer?: (api: ChartExportApi) => ReactNode;
}

const FILL = { width: '100%', height: '100%' };

/**
 * One chart: heading, what is counted, the ECharts bars (SVG) and its data table. Memoised, so that
 * a chart whose model did not change is not drawn again.
 */
export const ChartCard = memo(function ChartCard({
  model,
  decals,
  width,
  onToggle,
  onOpenSources,
  modes,
  toolbar,
  footer,
}: ChartCardProps) {
  const { t, language } = useI18n();
  const [instance, setInstance] = useState<EChartsType | null>(null);
  const [frameRef, measuredWidth] = useElementWidth<HTMLDivElement>();
  const chartWidth = width ?? measuredWidth ?? undefined;
  const height = chartHeight(model, chartWidth);
  const option = useMemo(
    () => barOption(model, { language, decals, width: chartWidth }),
    [model, language, decals, chartWidth],
  );
  const latest = useMemo(
    () => ({ option, width: chartWidth, height }),
    [option, chartWidth, height],
  );
  // A chart more than a screen away from the viewport is not drawn again on every filter change:
  // its heading, counts and data table follow at once, its picture when it comes near (or when it
  // is exported).
  const [cardRef, near] = useNearViewport<HTMLElement>('100% 0px');
  const drawn = useFrozenWhile(!near, latest);
  // The size when the chart is created, kept: a change of `opts` makes the binding dispose the chart
  // and build a new one. Later sizes are given to `resize`.
  const [opts] = useState(() => ({ renderer: 'svg' as const, width: chartWidth, height }));
  // The chart is told its size rather than measuring its element: ECharts' own resize reads the
  // layout, which, chart after chart, forces the browser to lay out the whole page each time.
  useLayoutEffect(() => {
    if (instance && !instance.isDisposed() && drawn.width !== undefined)
      instance.resize({ width: drawn.width, height: drawn.height });
  }, [instance, drawn.width, drawn.height]);
  const sourcesOf = (bar: Bar) =>
    onOpenSources({
      title: t('charts.sourcesTitle', { name: bar.label, value: bar.valueLabel }),
      refs: bar.refs,
    });
  const activate = (bar: Bar) => {
    if (model.clickOpensSources) sourcesOf(bar);
    else if (bar.filter) onToggle(bar);
  };
  const onEvents = {
    click: (params: { dataIndex?: number }) => {
      const bar = model.bars[params.dataIndex ?? -1];
      if (bar) activate(bar);
    },
  };
  // ECharts disposes its instance when the chart unmounts (no bars); never call a disposed one.
  const live = instance && !instance.isDisposed() ? instance : null;
  const api: ChartExportApi = {
    id: model.id,
    title: model.title,
    scope: model.scope,
    ...(model.unit && model.unit !== 'records' ? { unit: model.unit } : {}),
    svg: () => {
      if (!live) return '';
      if (drawn !== latest) {
        // The picture is behind (the chart is off screen): draw the current one first.
        live.setOption(latest.option, { notMerge: true });
        if (latest.width !== undefined) live.resize({ width: latest.width, height: latest.height });
      }
      // zrender's <style> holds only hover and entry-animation rules: a picture needs neither
      // (the bars' final shapes are in their paths), and the page's policy refuses it.
      return live.renderToSVGString().replace(/<style[\s\S]*?<\/style>/gu, '');
    },
    width: width ?? live?.getWidth() ?? 0,
    height,
    rows: () =>
      chartRows(model, {
        qualifier: t('charts.column.qualifier'),
        paragraphs: t('charts.column.paragraphs'),
      }),
    sources: () => chartSources(model),
    bars: () => chartBars(model),
  };
  const qualified = model.bars.some((bar) => bar.qualifier !== undefined);
  const headingId = `chart-${model.id}`;

  return (
    <section className="chart-card" ref={cardRef} aria-labelledby={headingId} data-chart={model.id}>
      <div className="chart-card-head">
        <h3 id={headingId}>{model.title}</h3>
        {toolbar ? <div className="chart-toolbar">{toolbar(api)}</div> : null}
      </div>
      <p className="chart-counted">{model.counted}</p>
      {modes}
      {model.bars.length === 0 ? (
        <p className="chart-empty">{t('charts.empty')}</p>
      ) : (
        <div
          className="chart-frame"
          ref={frameRef}
          style={{ height: drawn.height, width: width ?? '100%' }}
        >
          <EChartsReactCore
            onChartReady={setInstance}
            echarts={echarts}
            option={drawn.option}
            notMerge
            lazyUpdate
            autoResize={false}
            opts={opts}
            style={FILL}
            onEvents={onEvents}
          />
        </div>
      )}
      {footer?.(api)}
      <details className="chart-table">
        <summary>{t('charts.table')}</summary>
        <table>
          <caption>{model.title}</caption>
          <thead>
            <tr>
              <th scope="col">{model.barColumn}</th>
              {qualified ? <th scope="col">{t('charts.column.qualifier')}</th> : null}
              <th scope="col" className="numeric">
                {model.valueColumn}
              </th>
            </tr>
          </thead>
          <tbody>
            {model.bars.map((bar) => (
              <tr key={bar.id} className={bar.selected ? 'selected' : undefined}>
                <th scope="row">
                  {bar.filter ? (
                    <button
                      type="button"
                      className="chart-filter"
                      aria-pressed={bar.selected}
                      aria-label={t(bar.selected ? 'charts.filterBySelected' : 'charts.filterBy', {
                        name: bar.label,
                      })}
                      onClick={() => onToggle(bar)}
                    >
                      {bar.fullLabel ?? bar.label}
                    </button>
                  ) : (
                    (bar.fullLabel ?? bar.label)
                  )}
                </th>
                {qualified ? <td>{bar.qualifier}</td> : null}
                <td className="numeric">
                  {bar.value > 0 || bar.refs.length > 0 ? (
                    <button
                      type="button"
                      className="chart-sources"
                      aria-label={t('charts.openSources', {
                        name: bar.label,
                        value: bar.valueLabel,
                      })}
                      onClick={() => sourcesOf(bar)}
                    >
                      {bar.valueLabel}
                    </button>
                  ) : (
                    bar.valueLabel
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
});
