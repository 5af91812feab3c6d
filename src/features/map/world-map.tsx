import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { PointerEvent, ReactNode } from 'react';
import type { ActivityRecord } from '../../domain/index.ts';
import type { DashboardData } from '../../lib/data/queries.ts';
import type { CountryChange } from '../../lib/data/report-change.ts';
import type { ChartExportApi } from '../../lib/export/chart-export-api.ts';
import type { FilterControls } from '../../lib/filters/use-filters.ts';
import { useI18n } from '../../lib/i18n/use-i18n.ts';
import { sourcesRequestFor } from '../../lib/provenance/sources-request.ts';
import type { SourcesRequest } from '../../lib/provenance/sources-request.ts';
import { CountryLayer, MarkerLayer } from './country-layer.tsx';
import type { CountryHandlers, CountryTarget } from './country-layer.tsx';
import { HatchPattern } from './hatch-pattern.tsx';
import { keyboardOrder, nextCountry, tabStop } from './map-focus-state.ts';
import type { MapKey } from './map-focus-state.ts';
import { MapSkipLink, MapSkipTarget } from './map-skip-link.tsx';
import { EQUAL_EARTH_ASPECT, MAP_HEIGHT, MAP_WIDTH, projectedMap } from './map-geometry.ts';
import { comparableReports, mapComparison } from './map-change-state.ts';
import { MapColourSwitch } from './map-colour-switch.tsx';
import { mapExportApi } from './map-export.ts';
import { MapLegend } from './map-legend.tsx';
import { mapLegend } from './map-legend-items.ts';
import { MapNote } from './map-note.tsx';
import { buildMapModel, countryDetails, countryRecords, mapRecords } from './map-state.ts';
import { MapToolbar } from './map-toolbar.tsx';
import { MapTooltip } from './map-tooltip.tsx';
import type { TooltipAnchor } from './map-tooltip.tsx';
import {
  IDENTITY,
  ZOOM_STEP,
  regionTransform,
  transformAttribute,
  zoomAboutCentre,
} from './map-zoom-state.ts';
import { m49Areas } from './region-state.ts';
import { useElementWidth } from '../../lib/layout/use-element-width.ts';
import { useMapColouring } from './use-map-colouring.ts';
import { useMapZoom } from './use-map-zoom.ts';
import './map.css';

export interface WorldMapProps {
  readonly data: DashboardData;
  /** The records under the current filters. */
  readonly records: readonly ActivityRecord[];
  readonly controls: FilterControls;
  readonly onOpenSources: (request: SourcesRequest) => void;
  /** A fixed size in px (tests, export); otherwise the map fills its container's width. */
  readonly width?: number;
  readonly height?: number;
  /** Export controls for the map, given its picture, data and sources. */
  readonly toolbar?: (api: ChartExportApi) => ReactNode;
}

export function WorldMap(props: WorldMapProps) {
  const { t } = useI18n();
  const titleId = useId();
  const skipId = useId();
  // Measured in the commit, before the first paint; without ResizeObserver (jsdom) 960 px wide.
  const [measureRef, measured] = useElementWidth<HTMLElement>();
  const width = Math.max(320, Math.round(props.width ?? measured ?? MAP_WIDTH));
  const height = Math.round(props.height ?? width / EQUAL_EARTH_ASPECT);
  return (
    <section className="world-map" ref={measureRef} aria-labelledby={titleId}>
      <h2 id={titleId} className="world-map-title">
        {t('map.title')}
      </h2>
      <MapSkipLink target={skipId} />
      <MapView {...props} width={width} height={height} />
      <MapSkipTarget id={skipId} />
    </section>
  );
}

function MapView({
  data,
  records,
  controls,
  onOpenSources,
  width,
  height,
  toolbar,
}: WorldMapProps & { readonly width: number; readonly height: number }) {
  const { t, pick, formatNumber, language } = useI18n();
  const { reference } = data;
  const { filters, toggleFilter, setFilter } = controls;

  const geometry = projectedMap(MAP_WIDTH, MAP_HEIGHT);
  // Map units per screen pixel: markers and hatching keep their size on screen.
  const screenScale = width / MAP_WIDTH;
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

  const svgRef = useRef<SVGSVGElement>(null);
  const frameRef = useRef<HTMLDivElement>(null);
  const { transform, zoomTo } = useMapZoom(svgRef, MAP_WIDTH, MAP_HEIGHT);
  useEffect(() => {
    zoomTo(regionTransform(geometry, filters.region));
  }, [geometry, filters.region, zoomTo]);

  const svgId = useId();
  const exportApi = useMemo(
    () =>
      mapExportApi({
        title: t('map.title'),
        disclaimer: t('map.disclaimer'),
        width,
        height,
        element: () => document.getElementById(svgId) as SVGSVGElement | null,
        counts: model.counts,
        records: shown,
        reference,
        language,
        legend,
      }),
    [t, width, height, model, shown, reference, language, svgId, legend],
  );

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

  const [anchor, setAnchor] = useState<TooltipAnchor | null>(null);
  const tooltipId = useId();
  const keysId = useId();
  const hatchId = useId();

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
  }, [activate, order]);

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

  const markerFills = useMemo(
    () => new Map([...model.counts.keys()].map((iso3) => [iso3, model.styleOf(iso3)])),
    [model],
  );

  const outline = (iso3: string | null, className: string) =>
    iso3 === null
      ? null
      : model.shapes
          .filter((shape) => shape.iso3 === iso3)
          .map((shape) => <path key={shape.key} d={shape.path} className={className} />);

  const hovered = anchor ? model.counts.get(anchor.iso3) : undefined;
  const hoveredCountry = anchor ? model.countries.get(anchor.iso3) : undefined;
  // Of the records the map counts (every filter but the country), those it cannot place.
  const globalRecords = shown.filter(
    (record) => record.country === null && record.region === null,
  ).length;

  return (
    <>
      {comparable ? (
        <MapColourSwitch colouring={colouring} reports={comparable} onChange={setColouring} />
      ) : null}
      <MapToolbar
        regions={regions}
        activeRegion={filters.region}
        onRegion={(code) => {
          setFilter('region', code);
          zoomTo(code === null ? IDENTITY : regionTransform(geometry, code));
        }}
        onZoomIn={() => zoomTo(zoomAboutCentre(transform, ZOOM_STEP, MAP_WIDTH, MAP_HEIGHT))}
        onZoomOut={() => zoomTo(zoomAboutCentre(transform, 1 / ZOOM_STEP, MAP_WIDTH, MAP_HEIGHT))}
        onReset={() => zoomTo(IDENTITY)}
      />
      {toolbar?.(exportApi)}
      <div className="map-frame" ref={frameRef}>
        <svg
          ref={svgRef}
          id={svgId}
          className="map-svg"
          width={width}
          height={height}
          viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
          aria-label={t('map.label')}
          aria-describedby={keysId}
        >
          <defs>
            <HatchPattern id={hatchId} scale={transform.k * screenScale} />
          </defs>
          <g className="map-zoom-layer" transform={transformAttribute(transform)}>
            <path d={geometry.sphere} className="map-sphere" />
            <CountryLayer
              shapes={model.shapes}
              targets={targets}
              hatchId={hatchId}
              handlers={handlers}
              tabStop={stop}
            />
            {outline(filters.country, 'map-selected')}
            {outline(anchor?.iso3 ?? null, 'map-hover')}
            {outline(focused, 'map-focus')}
            <MarkerLayer
              markers={model.markers}
              fills={markerFills}
              targets={targets}
              selected={filters.country}
              hatchId={hatchId}
              handlers={handlers}
              tabStop={stop}
              scale={transform.k * screenScale}
            />
          </g>
        </svg>
        <p id={keysId} className="map-sr-only">
          {t('map.keys')}
        </p>
        {anchor && hovered && hoveredCountry ? (
          <MapTooltip
            id={tooltipId}
            anchor={anchor}
            name={pick(hoveredCountry.names)}
            details={countryDetails(shown, hovered, reference)}
            selected={filters.country === anchor.iso3}
            reference={reference}
            frameWidth={width}
            change={(() => {
              const change = model.comparison?.byCountry.get(anchor.iso3);
              return change ? changeLine(change) : undefined;
            })()}
          />
        ) : null}
      </div>
      <MapLegend legend={legend} />
      <MapNote globalRecords={globalRecords} comparing={model.comparison !== null} />
    </>
  );
}
