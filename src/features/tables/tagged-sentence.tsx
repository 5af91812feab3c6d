import type { TagKind } from '../../domain/index.ts';
import { useI18n } from '../../lib/i18n/use-i18n.ts';
import { FootnoteMarker } from '../../lib/provenance/footnote-marker.tsx';
import { tagKindOrder } from './records-table-state.ts';
import type { Segment } from './records-table-state.ts';

/**
 * The sentence with each tagged word marked by kind and its footnote markers as superscripts;
 * text is only ever React children.
 */
export function TaggedSentence({ segments }: { segments: readonly Segment[] }) {
  const { t } = useI18n();
  return (
    <>
      {segments.map((segment, index) =>
        segment.footnote !== undefined ? (
          <FootnoteMarker key={index} number={segment.footnote} />
        ) : segment.tag === null ? (
          <span key={index}>{segment.text}</span>
        ) : (
          <mark
            key={index}
            className={`tag tag-${segment.tag.kind}`}
            data-kind={segment.tag.kind}
            title={
              segment.tag.role
                ? `${t(`tables.kind.${segment.tag.kind}`)} · ${t(`role.${segment.tag.role}`)}`
                : t(`tables.kind.${segment.tag.kind}`)
            }
          >
            {segment.text}
          </mark>
        ),
      )}
    </>
  );
}

/** What each highlight style means. */
export function TagLegend({ kinds }: { kinds?: readonly TagKind[] }) {
  const { t } = useI18n();
  const shown = kinds ? tagKindOrder.filter((kind) => kinds.includes(kind)) : tagKindOrder;
  return (
    <div className="tag-legend">
      <span className="tag-legend-title">{t('tables.legend')}</span>
      <ul>
        {shown.map((kind) => (
          <li key={kind}>
            <mark className={`tag tag-${kind}`} data-kind={kind}>
              {t(`tables.kind.${kind}`)}
            </mark>
          </li>
        ))}
      </ul>
    </div>
  );
}
