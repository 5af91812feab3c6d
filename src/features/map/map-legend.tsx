import { useId } from 'react';
import { useI18n } from '../../lib/i18n/use-i18n.ts';
import { HatchPattern } from './hatch-pattern.tsx';
import { NEUTRAL_FILL } from './map-scale-state.ts';
import type { ColourScale } from './map-scale-state.ts';

function Swatch({ children }: { readonly children: React.ReactNode }) {
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

/** The scale's classes with their unit, and the keys to hatching, markers and selection. */
export function MapLegend({ scale }: { readonly scale: ColourScale }) {
  const { t, formatNumber } = useI18n();
  const hatchId = useId();
  const range = (min: number, max: number) =>
    min === max ? formatNumber(min) : `${formatNumber(min)}–${formatNumber(max)}`;
  return (
    <div className="map-legend">
      <p className="map-legend-title">{t('map.legend.title')}</p>
      <ul className="map-legend-items">
        <li>
          <Swatch>
            <rect width="22" height="14" fill={NEUTRAL_FILL} stroke="#9aa0a6" />
          </Swatch>
          {t('map.legend.none')}
        </li>
        {scale.classes.map((item) => (
          <li key={item.min}>
            <Swatch>
              <rect width="22" height="14" fill={item.colour} stroke="#9aa0a6" />
            </Swatch>
            {range(item.min, item.max)}
          </li>
        ))}
      </ul>
      <ul className="map-legend-items">
        <li>
          <Swatch>
            <defs>
              <HatchPattern id={hatchId} scale={1} />
            </defs>
            <rect width="22" height="14" fill={scale.classes[0]?.colour ?? NEUTRAL_FILL} />
            <rect width="22" height="14" fill={`url(#${hatchId})`} stroke="#9aa0a6" />
          </Swatch>
          {t('map.legend.noActivity')}
        </li>
        <li>
          <Swatch>
            <circle cx="11" cy="7" r="5.5" fill={scale.classes[0]?.colour} className="map-marker" />
          </Swatch>
          {t('map.legend.marker')}
        </li>
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
