import type { FootnoteRef } from '../../../domain/index.ts';
import { splitTextByFootnoteRefs } from '../split-text-by-footnote-refs.ts';

export function ParagraphText({
  paragraphNumber,
  text,
  refs,
}: {
  paragraphNumber: number;
  text: string;
  refs: readonly FootnoteRef[];
}) {
  return (
    <p className="paragraph-text" lang="zh-Hans">
      {splitTextByFootnoteRefs(text, refs).map((part) =>
        part.kind === 'text' ? (
          part.text
        ) : (
          <sup key={part.start}>
            <a
              href={`#fn-${paragraphNumber}-${part.number}`}
              aria-label={`Footnote ${part.number}`}
            >
              {part.text}
            </a>
          </sup>
        ),
      )}
    </p>
  );
}
