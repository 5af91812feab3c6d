import { lazy, memo } from 'react';
import type { DashboardData } from '../lib/data/queries.ts';

const load = () => import('../features/provenance/index.ts');

// The sources panel (tagged text, reasons, citations, flag a tag) opens on a click: it loads in its
// own chunk, fetched while the browser is idle after the first view, with the index it looks
// paragraphs up in, so that the first click does not wait for either.
export const SourcesPanel = memo(
  lazy(() => load().then((module) => ({ default: module.SourcesPanel }))),
);

export function prepareSources(data: DashboardData): void {
  void load().then((module) => module.indexSources(data));
}
