import type { MouseEvent } from 'react';
import { useI18n } from '../../lib/i18n/use-i18n.ts';

/**
 * "Skip the map": the first stop of the map section, shown when focused; it moves the focus past
 * the map's toolbar and countries. No hash in the URL: the URL holds the view state.
 */
export function MapSkipLink({ target }: { readonly target: string }) {
  const { t } = useI18n();
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(target)?.focus();
  };
  return (
    <a className="map-skip" href={`#${target}`} onClick={skip}>
      {t('map.skip')}
    </a>
  );
}

/** Where the skip link lands: the end of the map, so that Tab goes on to what follows it. */
export function MapSkipTarget({ id }: { readonly id: string }) {
  const { t } = useI18n();
  return (
    <span id={id} className="map-skip-target" tabIndex={-1}>
      <span className="map-sr-only">{t('map.skipped')}</span>
    </span>
  );
}
