import { useCallback, useMemo, useState } from 'react';
import type { PointerEvent, RefObject } from 'react';
import type { ActivityRecord } from '../../domain/index.ts';
import type { CountryChange } from '../../lib/data/report-change.ts';
import type { FilterControls } from '../../lib/filters/use-filters.ts';
import { useI18n } from '../../lib/i18n/use-i18n.ts';
import { sourcesRequestFor } from '../../lib/provenance/sources-request.ts';
import type { SourcesRequest } from '../../lib/provenance/sources-request.ts';
import type { CountryHandlers, CountryTarget } from './country-layer.tsx';
import { keyboardOrder, nextCountry, tabStop } from './map-focus-state.ts';
import type { MapKey } from './map-focus-state.ts';
import { countryRecords } from './map-state.ts';
import type { MapModel } from './map-state.ts';
import type { TooltipAnchor } from './map-tooltip.tsx';

interface MapInteractionInput {
  readonly model: MapModel;
  readonly controls: FilterControls;
  /** The records the map counts. */
  readonly shown: readonly ActivityRecord[];
  readonly onOpenSources: (request: SourcesRequest) => void;
  readonly svgRef: RefObject<SVGSVGElement | null>;
  readonly frameRef: RefObject<HTMLDivElement | null>;
  readonly tooltipId: string;
  readonly changeLine: (change: CountryChange) => string;
}

/**
 * How the map answers pointer, keyboard and clicks: the hovered or focused country (for the
 * tooltip and outlines), the one tab stop, each country's handlers and accessible label, and a
 * click that filters by the country and opens its sources.
 */
export function useMapInteraction({
  model,
  controls,
  shown,
  onOpenSources,
  svgRef,
  frameRef,
  tooltipId,
  changeLine,
}: MapInteractionInput) {
  const { t, pick } = useI18n();
  const { filters, toggleFilter } = controls;
  const [anchor, setAnchor] = useState<TooltipAnchor | null>(null);

  const activate = useCallback(
    (iso3: string) => {
      const country = model.countries.get(iso3);
      const selecting = filters.country !== iso3;
      toggleFilter('country', iso3);
      if (!selecting || !country) return;
      const own = countryRecords(shown, iso3);
      onOpenSources(
        sourcesRequestFor(
          t('map.sourcesTitle', { country: pick(country.names), count: own.length }),
          own,
        ),
      );
    },
    [model, filters.country, toggleFilter, shown, onOpenSources, t, pick],
  );

  const order = useMemo(() => keyboardOrder(model), [model]);
  const [lastFocused, setLastFocused] = useState<string | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const stop = tabStop(order, lastFocused, filters.country);

  const handlers = useMemo<CountryHandlers>(() => {
    const inFrame = (x: number, y: number) => {
      const rect = frameRef.current?.getBoundingClientRect();
      return { x: x - (rect?.left ?? 0), y: y - (rect?.top ?? 0) };
    };
    return {
      onActivate: activate,
      onPointer: (iso3: string, event: PointerEvent<SVGElement>) =>
        setAnchor({ iso3, ...inFrame(event.clientX, event.clientY) }),
      onPointerLeave: () => setAnchor(null),
      onMove: (iso3: string, key: MapKey) => {
        const next = nextCountry(order, iso3, key);
        if (next === null) return;
        svgRef.current?.querySelector<SVGElement>(`.is-interactive[data-iso3="${next}"]`)?.focus();
      },
      onFocus: (iso3: string, element: SVGElement) => {
        setLastFocused(iso3);
        setFocused(iso3);
        const box = element.getBoundingClientRect();
        setAnchor({ iso3, ...inFrame(box.left + box.width / 2, box.top + box.height / 2) });
      },
      onBlur: () => {
        setFocused(null);
        setAnchor(null);
      },
    };
  }, [activate, order, frameRef, svgRef]);

  const targets = useMemo(() => {
    const result = new Map<string, CountryTarget>();
    for (const [iso3, counts] of model.counts) {
      const country = model.countries.get(iso3);
      if (!country || counts.total === 0) continue;
      const values = { country: pick(country.names), count: counts.total };
      const change = model.comparison?.byCountry.get(iso3);
      const label = t(
        iso3 === filters.country ? 'map.countryLabelSelected' : 'map.countryLabel',
        values,
      );
      result.set(iso3, {
        label: change ? `${label}${t('map.tooltip.separator')}${changeLine(change)}` : label,
        describedBy: tooltipId,
      });
    }
    return result;
  }, [model, filters.country, pick, t, tooltipId, changeLine]);

  return { anchor, focused, stop, handlers, targets };
}
