import { useI18n } from '../../lib/i18n/use-i18n.ts';
import type { AreaNames } from './region-state.ts';
import '../../lib/ui/tool-button.css';

interface MapToolbarProps {
  readonly regions: readonly { readonly code: string; readonly names: AreaNames }[];
  readonly activeRegion: string | null;
  readonly onRegion: (code: string | null) => void;
  readonly onZoomIn: () => void;
  readonly onZoomOut: () => void;
  readonly onReset: () => void;
}

/** Region presets (zoom and filter) and the zoom buttons, for those who do not use a wheel. */
export function MapToolbar({
  regions,
  activeRegion,
  onRegion,
  onZoomIn,
  onZoomOut,
  onReset,
}: MapToolbarProps) {
  const { t, pick } = useI18n();
  return (
    <div className="map-toolbar">
      <fieldset className="map-presets">
        <legend className="map-sr-only">{t('map.presets')}</legend>
        <button
          className="tool-button"
          type="button"
          aria-pressed={activeRegion === null}
          onClick={() => onRegion(null)}
        >
          {t('map.world')}
        </button>
        {regions.map((region) => (
          <button
            key={region.code}
            className="tool-button"
            type="button"
            aria-pressed={activeRegion === region.code}
            onClick={() => onRegion(region.code)}
          >
            {pick(region.names)}
          </button>
        ))}
      </fieldset>
      <fieldset className="map-zoom">
        <legend className="map-sr-only">{t('map.zoom')}</legend>
        <button
          className="tool-button"
          type="button"
          onClick={onZoomIn}
          aria-label={t('map.zoomIn')}
          title={t('map.zoomIn')}
        >
          +
        </button>
        <button
          className="tool-button"
          type="button"
          onClick={onZoomOut}
          aria-label={t('map.zoomOut')}
          title={t('map.zoomOut')}
        >
          −
        </button>
        <button className="tool-button" type="button" onClick={onReset}>
          {t('map.zoomReset')}
        </button>
      </fieldset>
    </div>
  );
}
