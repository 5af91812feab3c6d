import type { ReactNode } from 'react';
import type { FootnoteRef } from '../../../domain/index.ts';
import { useI18n } from '../../../lib/i18n/use-i18n.ts';
import { describeTag, type TagNames } from '../describe-tag.ts';
import type { TextSegment } from '../segment-text-by-tags.ts';
import { splitTextByFootnoteRefs } from '../../../lib/provenance/split-text-by-footnote-refs.ts';

interface TaggedTextProps {
  readonly segments: readonly TextSegment[];
  readonly footnoteRefs: readonly FootnoteRef[];
  /** Prefix of the footnote list items' ids, so that markers link to them. */
  readonly footnoteIdPrefix: string;
  readonly names: TagNames;
}

/** Paragraph text with its tags as nested <mark>s and its footnote markers as links; text only. */
export function TaggedText({ segments, footnoteRefs, footnoteIdPrefix, names }: TaggedTextProps) {
  const i18n = useI18n();

  const leaf = (start: number, text: string): ReactNode[] => {
    const shifted = footnoteRefs.map((ref) => ({
      ...ref,
      start: ref.start - start,
      end: ref.end - start,
    }));
    return splitTextByFootnoteRefs(text, shifted).map((part) =>
      part.kind === 'text' ? (
        part.text
      ) : (
        <sup key={`fn-${start + part.start}`}>
          <a
            href={`#${footnoteIdPrefix}-${part.number}`}
            aria-label={i18n.t('sources.footnoteRef', { number: part.number })}
          >
            {/* The marker's span keeps the space an extraction set after the superscript. */}
            {part.text.trim()}
          </a>
        </sup>
      ),
    );
  };

  const render = (list: readonly TextSegment[]): ReactNode[] =>
    list.map((segment) => {
      if (segment.type === 'text') return leaf(segment.start, segment.text);
      const title = segment.tags.map((tag) => describeTag(tag, names, i18n)).join('\n');
      // One <mark> per kind on the same range, the innermost carrying the tooltip of all of them.
      return segment.tags.reduceRight<ReactNode>(
        (inner, tag, index) => (
          <mark
            key={index === 0 ? `tag-${segment.start}-${segment.end}` : undefined}
            className={`tag tag-${tag.kind}`}
            data-kind={tag.kind}
            data-ref={tag.ref ?? undefined}
            title={index === segment.tags.length - 1 ? title : undefined}
          >
            {inner}
          </mark>
        ),
        render(segment.children),
      );
    });

  return <>{render(segments)}</>;
}
