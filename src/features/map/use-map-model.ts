import { useCallback, useMemo } from 'react';
import type { ActivityRecord } from '../../domain/index.ts';
import type { DashboardData } from '../../lib/data/queries.ts';
import type { CountryChange } from '../../lib/data/report-change.ts';
import type { FilterState } from '../../lib/filters/filter-state.ts';
import { useI18n } from '../../lib/i18n/use-i18n.ts';
import { comparableReports, mapComparison } from './map-change-state.ts';
import type { ProjectedMap } from './map-geometry.ts';
import { mapLegend } from './map-legend-items.ts';
import { buildMapModel, mapRecords } from './map-state.ts';
import { m49Areas } from './region-state.ts';
import { useMapColouring } from './use-map-colouring.ts';

/**
 * What the map draws from the data: the records it counts, its colouring (records, or the change
 * between two reports), the model of its shapes and markers, its legend, its region presets and
 * how a country's change is said.
 */
export function useMapModel(
  data: DashboardData,
  records: readonly ActivityRecord[],
  filters: FilterState,
  geometry: ProjectedMap,
) {
  const { t, formatNumber, language } = useI18n();
  const { reference } = data;
  const shown = useMemo(
    () => mapRecords(records, data.activities.records, filters, reference),
    [records, data.activities.records, filters, reference],
  );
  const comparable = useMemo(() => comparableReports(data), [data]);
  const [colouring, setColouring] = useMapColouring(comparable !== null);
  const comparison = useMemo(
    () =>
      colouring === 'change' && comparable
        ? mapComparison(shown, comparable, data, language)
        : null,
    [colouring, comparable, shown, data, language],
  );
  const model = useMemo(
    () => buildMapModel(geometry, shown, reference, comparison),
    [geometry, shown, reference, comparison],
  );
  const legend = useMemo(() => mapLegend(model, t, formatNumber), [model, t, formatNumber]);
  const regions = useMemo(
    () =>
      [...m49Areas(reference).regions]
        .map(([code, names]) => ({ code, names }))
        .sort((a, b) => a.names.en.localeCompare(b.names.en)),
    [reference],
  );

  // A country's two counts and its change, for its label and tooltip.
  const changeLine = useCallback(
    (change: CountryChange) =>
      t('map.changeLine', {
        earlier: model.comparison?.earlier ?? '',
        later: model.comparison?.later ?? '',
        before: formatNumber(change.earlier),
        after: formatNumber(change.later),
        status: t(`tables.change.status.${change.status}`),
      }),
    [t, formatNumber, model.comparison],
  );

  return { shown, comparable, colouring, setColouring, model, legend, regions, changeLine };
}
