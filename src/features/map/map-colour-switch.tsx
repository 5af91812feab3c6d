import { useI18n } from '../../lib/i18n/use-i18n.ts';
import type { MapColouring } from './map-change-state.ts';
import '../../lib/ui/tool-button.css';

interface MapColourSwitchProps {
  readonly colouring: MapColouring;
  readonly reports: readonly [string, string];
  readonly onChange: (colouring: MapColouring) => void;
}

/** With two reports in view: colour the map by records, or by the change from one to the other. */
export function MapColourSwitch({ colouring, reports, onChange }: MapColourSwitchProps) {
  const { t } = useI18n();
  const [earlier, later] = reports;
  return (
    <fieldset className="map-colour-switch no-print">
      <legend>{t('map.colour.legend')}</legend>
      <button
        className="tool-button"
        type="button"
        aria-pressed={colouring === 'records'}
        onClick={() => onChange('records')}
      >
        {t('map.colour.records')}
      </button>
      <button
        className="tool-button"
        type="button"
        aria-pressed={colouring === 'change'}
        onClick={() => onChange('change')}
      >
        {t('map.colour.change', { earlier, later })}
      </button>
    </fieldset>
  );
}
