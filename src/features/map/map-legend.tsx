import { useId } from 'react';
import type { ReactNode } from 'react';
import { useI18n } from '../../lib/i18n/use-i18n.ts';
import { HatchPattern } from './hatch-pattern.tsx';
import type { ExportLegend } from './map-export.ts';

function Swatch({ children }: { readonly children: ReactNode }) {
  return (
    <svg
      className="map-legend-swatch"
      width="22"
      height="14"
      viewBox="0 0 22 14"
      aria-hidden="true"
    >
      {children}
    </svg>
  );
}

type Item = ExportLegend['items'][number];

function ItemSwatch({ item, hatchId }: { readonly item: Item; readonly hatchId: string }) {
  if (item.kind === 'marker')
    return (
      <Swatch>
        <circle cx="11" cy="7" r="5.5" fill={item.colour} className="map-marker" />
      </Swatch>
    );
  return (
    <Swatch>
      <rect width="22" height="14" fill={item.colour} stroke="#9aa0a6" />
      {item.kind === 'hatch' ? (
        <rect width="22" height="14" fill={`url(#${hatchId})`} stroke="#9aa0a6" />
      ) : null}
    </Swatch>
  );
}

/**
 * The legend of mapLegend (the one an exported picture carries): the colour classes first, then
 * the keys to hatching and markers, and the selection outline.
 */
export function MapLegend({ legend }: { readonly legend: ExportLegend }) {
  const { t } = useI18n();
  const hatchId = useId();
  const colours = legend.items.filter((item) => item.kind === undefined);
  const keys = legend.items.filter((item) => item.kind !== undefined);
  return (
    <div className="map-legend">
      <svg width="0" height="0" aria-hidden="true" className="map-legend-defs">
        <defs>
          <HatchPattern id={hatchId} scale={1} />
        </defs>
      </svg>
      <p className="map-legend-title">{legend.title}</p>
      <ul className="map-legend-items">
        {colours.map((item) => (
          <li key={item.label}>
            <ItemSwatch item={item} hatchId={hatchId} />
            {item.label}
          </li>
        ))}
      </ul>
      <ul className="map-legend-items">
        {keys.map((item) => (
          <li key={item.label}>
            <ItemSwatch item={item} hatchId={hatchId} />
            {item.label}
          </li>
        ))}
        <li>
          <Swatch>
            <rect x="2" y="2" width="18" height="10" fill="none" className="map-selected" />
          </Swatch>
          {t('map.legend.selected')}
        </li>
      </ul>
    </div>
  );
}
