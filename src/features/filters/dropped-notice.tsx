import { useState } from 'react';
import type { DroppedValue } from '../../lib/filters/filter-state.ts';
import { useI18n } from '../../lib/i18n/use-i18n.ts';
import { droppedText } from './filter-labels-state.ts';

/** Says which URL values were ignored, until the user dismisses it. */
export function DroppedNotice({ dropped }: { dropped: readonly DroppedValue[] }) {
  const { t, language } = useI18n();
  const signature = dropped.map(({ key, value }) => `${key}=${value}`).join('&');
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (signature === '' || dismissed === signature) return null;
  return (
    <div className="filters-dropped" role="alert">
      <p>{t('filters.dropped', { values: droppedText(dropped, t, language) })}</p>
      <button type="button" onClick={() => setDismissed(signature)}>
        {t('filters.dismiss')}
      </button>
    </div>
  );
}
