import { useState } from 'react';
import type { ChartExportApi } from '../../lib/export/chart-export-api.ts';
import { formatDate } from '../../lib/i18n/locale.ts';
import { useI18n } from '../../lib/i18n/use-i18n.ts';
import { pictureContext } from './export-context.ts';
import type { ExportSettings } from './export-context.ts';

export interface EmbedCaptionProps {
  readonly api: ChartExportApi;
  readonly settings: ExportSettings;
  /** The dashboard view this chart comes from (the address without `embed`). */
  readonly viewUrl: string;
}

/**
 * The caption of an embedded chart: what an exported picture says, as text under an iframe's chart
 * (the map draws its own disclaimer beside it).
 */
export function EmbedCaption({ api, settings, viewUrl }: EmbedCaptionProps) {
  const { t } = useI18n();
  const [today] = useState(() => new Date());
  const context = pictureContext(api.title, api.sources(), settings, today, api.notes, api.scope);
  return (
    <div className="embed-caption">
      <p>{context.filters}</p>
      {context.sources.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <p>
        {t('embed.date', { date: formatDate(settings.language, today) })} ·{' '}
        <a href={viewUrl} target="_top">
          {t('embed.open')}
        </a>
      </p>
    </div>
  );
}
