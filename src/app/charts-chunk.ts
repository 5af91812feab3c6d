import { lazy, memo } from 'react';

// ECharts is about 180 kB gzip: the charts load in their own chunk, after the first render.
export const ChartsPanel = memo(
  lazy(() =>
    import('../features/charts/index.ts').then((module) => ({ default: module.ChartsPanel })),
  ),
);
