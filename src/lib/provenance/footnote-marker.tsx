import type { FootnoteRef } from '../../domain/index.ts';
import { useI18n } from '../i18n/use-i18n.ts';
import { splitTextByFootnoteRefs } from './split-text-by-footnote-refs.ts';

/**
 * A footnote marker of the report text as a superscript, heard as "Footnote 5" in the UI's
 * language rather than as a digit run into the sentence.
 */
export function FootnoteMarker({ number }: { readonly number: number }) {
  const { t, locale } = useI18n();
  return (
    <sup className="footnote-marker">
      <span className="visually-hidden" lang={locale}>
        {t('sources.footnoteRef', { number })}
      </span>
      <span aria-hidden="true">{number}</span>
    </sup>
  );
}

/** Report text with its footnote markers (offsets into `text`) shown as markers. */
export function TextWithFootnotes({
  text,
  refs,
}: {
  readonly text: string;
  readonly refs: readonly FootnoteRef[];
}) {
  return (
    <>
      {splitTextByFootnoteRefs(text, refs).map((part) =>
        part.kind === 'text' ? (
          part.text
        ) : (
          <FootnoteMarker key={`fn-${part.start}`} number={part.number} />
        ),
      )}
    </>
  );
}
