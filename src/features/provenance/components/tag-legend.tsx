import type { TagKind } from '../../../domain/index.ts';
import { useI18n } from '../../../lib/i18n/use-i18n.ts';

export function TagLegend({ kinds, headingId }: { kinds: readonly TagKind[]; headingId: string }) {
  const { t } = useI18n();
  if (kinds.length === 0) return null;
  return (
    <div className="sources-legend">
      <h3 id={headingId}>{t('sources.legend')}</h3>
      <ul aria-labelledby={headingId}>
        {kinds.map((kind) => (
          <li key={kind}>
            <mark className={`tag tag-${kind}`} data-kind={kind}>
              {t(`tag.${kind}`)}
            </mark>
          </li>
        ))}
      </ul>
    </div>
  );
}
