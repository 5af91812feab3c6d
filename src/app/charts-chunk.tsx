import { memo, type ComponentProps } from 'react';
import { useI18n } from '../lib/i18n/use-i18n.ts';
import { preloadedModule } from '../lib/hooks/preloaded-module.ts';

// ECharts is about 180 kB gzip: the charts load in their own chunk. The first view shows them, so
// the chunk is fetched and compiled while the data files load (`preloadCharts`, at start), and
// rendered as soon as both are there.
const charts = preloadedModule(() => import('../features/charts/index.ts'));

export const preloadCharts = charts.preload;

type ChartsPanelProps = ComponentProps<
  Awaited<typeof import('../features/charts/index.ts')>['ChartsPanel']
>;

export const ChartsPanel = memo(function ChartsPanel(props: ChartsPanelProps) {
  const { t } = useI18n();
  const module = charts.useModule();
  if (!module) return <p className="charts-loading">{t('charts.loading')}</p>;
  return <module.ChartsPanel {...props} />;
});
