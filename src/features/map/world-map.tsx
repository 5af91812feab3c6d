import { useEffect, useId, useMemo, useRef } from 'react';
import type { ReactNode } from 'react';
import type { ActivityRecord } from '../../domain/index.ts';
import type { DashboardData } from '../../lib/data/queries.ts';
import type { ChartExportApi } from '../../lib/export/chart-export-api.ts';
import type { FilterControls } from '../../lib/filters/use-filters.ts';
import { useI18n } from '../../lib/i18n/use-i18n.ts';
import type { SourcesRequest } from '../../lib/provenance/sources-request.ts';
import { CountryLayer, MarkerLayer } from './country-layer.tsx';
import { HatchPattern } from './hatch-pattern.tsx';
import { MapSkipLink, MapSkipTarget } from './map-skip-link.tsx';
import { EQUAL_EARTH_ASPECT, MAP_HEIGHT, MAP_WIDTH, projectedMap } from './map-geometry.ts';
import { MapColourSwitch } from './map-colour-switch.tsx';
import { mapExportApi } from './map-export.ts';
import { MapLegend } from './map-legend.tsx';
import { MapNote } from './map-note.tsx';
import { countryDetails } from './map-state.ts';
import { MapToolbar } from './map-toolbar.tsx';
import { MapTooltip } from './map-tooltip.tsx';
import {
  IDENTITY,
  ZOOM_STEP,
  regionTransform,
  transformAttribute,
  zoomAboutCentre,
} from './map-zoom-state.ts';
import { useElementWidth } from '../../lib/layout/use-element-width.ts';
import { useMapInteraction } from './use-map-interaction.ts';
import { useMapModel } from './use-map-model.ts';
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
  const { t, pick, language } = useI18n();
  const { reference } = data;
  const { filters, setFilter } = controls;

  const geometry = projectedMap(MAP_WIDTH, MAP_HEIGHT);
  // Map units per screen pixel: markers and hatching keep their size on screen.
  const screenScale = width / MAP_WIDTH;
  const { shown, comparable, colouring, setColouring, model, legend, regions, changeLine } =
    useMapModel(data, records, filters, geometry);

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

  const tooltipId = useId();
  const keysId = useId();
  const hatchId = useId();
  const { anchor, focused, stop, handlers, targets } = useMapInteraction({
    model,
    controls,
    shown,
    onOpenSources,
    svgRef,
    frameRef,
    tooltipId,
    changeLine,
  });

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
