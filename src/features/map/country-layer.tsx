import { memo } from 'react';
import type { FocusEvent, KeyboardEvent, PointerEvent } from 'react';
import { isMapKey } from './map-focus-state.ts';
import type { MapKey } from './map-focus-state.ts';
import type { Marker, Shape } from './map-state.ts';

/** Pointer, focus and activation for every country and marker, read from `data-iso3`. */
export interface CountryHandlers {
  readonly onActivate: (iso3: string) => void;
  /** An arrow key, Home or End pressed on a country: the map moves the focus. */
  readonly onMove: (iso3: string, key: MapKey) => void;
  readonly onPointer: (iso3: string, event: PointerEvent<SVGElement>) => void;
  readonly onPointerLeave: () => void;
  readonly onFocus: (iso3: string, element: SVGElement) => void;
  readonly onBlur: () => void;
}

export interface CountryTarget {
  readonly label: string;
  readonly describedBy?: string;
}

// One tab stop for the whole map (roving tabindex): the arrow keys move between the countries.
function interactiveProps(
  iso3: string,
  target: CountryTarget | undefined,
  handlers: CountryHandlers,
  tabStop: string | null,
) {
  return {
    'data-iso3': iso3,
    role: 'button',
    tabIndex: iso3 === tabStop ? 0 : -1,
    'aria-label': target?.label ?? iso3,
    'aria-describedby': target?.describedBy,
    className: 'map-country is-interactive',
    onClick: () => handlers.onActivate(iso3),
    onKeyDown: (event: KeyboardEvent<SVGElement>) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (isMapKey(event.key)) {
        event.preventDefault();
        handlers.onMove(iso3, event.key);
      } else if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        handlers.onActivate(iso3);
      }
    },
    onPointerEnter: (event: PointerEvent<SVGElement>) => handlers.onPointer(iso3, event),
    onPointerMove: (event: PointerEvent<SVGElement>) => handlers.onPointer(iso3, event),
    onPointerLeave: handlers.onPointerLeave,
    onFocus: (event: FocusEvent<SVGElement>) => handlers.onFocus(iso3, event.currentTarget),
    onBlur: handlers.onBlur,
  } as const;
}

interface CountryLayerProps {
  readonly shapes: readonly Shape[];
  readonly targets: ReadonlyMap<string, CountryTarget>;
  readonly hatchId: string;
  readonly handlers: CountryHandlers;
  /** The country that takes the map's one tab stop. */
  readonly tabStop: string | null;
}

/** The atlas: one <path> per feature. Memoised: zooming and hovering do not redraw it. */
export const CountryLayer = memo(function CountryLayer({
  shapes,
  targets,
  hatchId,
  handlers,
  tabStop,
}: CountryLayerProps) {
  return (
    <g className="map-countries">
      {shapes.map((shape) =>
        shape.interactive && shape.iso3 ? (
          <g key={shape.key}>
            <path
              d={shape.path}
              fill={shape.fill}
              {...interactiveProps(shape.iso3, targets.get(shape.iso3), handlers, tabStop)}
            />
            {shape.hatched ? (
              <path d={shape.path} fill={`url(#${hatchId})`} className="map-hatch" />
            ) : null}
          </g>
        ) : (
          <g key={shape.key}>
            <path
              d={shape.path}
              fill={shape.fill}
              className={shape.iso3 ? 'map-country is-marked' : 'map-country'}
              data-iso3={shape.iso3 ?? undefined}
            />
            {shape.hatched ? (
              <path d={shape.path} fill={`url(#${hatchId})`} className="map-hatch" />
            ) : null}
          </g>
        ),
      )}
    </g>
  );
});

interface MarkerLayerProps {
  readonly markers: readonly Marker[];
  readonly fills: ReadonlyMap<string, { fill: string; hatched: boolean }>;
  readonly targets: ReadonlyMap<string, CountryTarget>;
  readonly selected: string | null;
  readonly hatchId: string;
  readonly handlers: CountryHandlers;
  readonly tabStop: string | null;
  /** The zoom scale: markers keep their size on screen. */
  readonly scale: number;
}

export const MARKER_RADIUS = 6;

/** Small states: a circle at the country's point, in the same colours, with a visible outline. */
export function MarkerLayer({
  markers,
  fills,
  targets,
  selected,
  hatchId,
  handlers,
  tabStop,
  scale,
}: MarkerLayerProps) {
  const radius = MARKER_RADIUS / scale;
  return (
    <g className="map-markers">
      {markers.map((marker) => {
        const style = fills.get(marker.iso3);
        return (
          <g key={marker.iso3} className={marker.iso3 === selected ? 'is-selected' : undefined}>
            <circle
              cx={marker.x}
              cy={marker.y}
              r={radius}
              fill={style?.fill}
              {...interactiveProps(marker.iso3, targets.get(marker.iso3), handlers, tabStop)}
              className="map-marker is-interactive"
              data-marker={marker.reason}
            />
            {style?.hatched ? (
              <circle
                cx={marker.x}
                cy={marker.y}
                r={radius}
                fill={`url(#${hatchId})`}
                className="map-hatch"
              />
            ) : null}
          </g>
        );
      })}
    </g>
  );
}
