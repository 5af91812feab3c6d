import { REPORT_TEXT_LANG } from '../../../lib/i18n/locale.ts';
import { useMemo } from 'react';
import { useI18n } from '../../../lib/i18n/use-i18n.ts';
import type { TagNames } from '../describe-tag.ts';
import { paragraphDomId, type SourceParagraph as Entry } from '../provenance-state.ts';
import { segmentTextByTags } from '../segment-text-by-tags.ts';
import type { ReportMetadata } from '../../../domain/index.ts';
import { CopyParagraph } from './copy-paragraph.tsx';
import { RecordReasons } from './record-reasons.tsx';
import { TaggedText } from './tagged-text.tsx';

export interface SourceParagraphProps {
  readonly entry: Entry;
  readonly names: TagNames;
  readonly reports: readonly ReportMetadata[];
}

export function SourceParagraph({ entry, names, reports }: SourceParagraphProps) {
  const { t } = useI18n();
  const { ref, paragraph, sections, spans, reasons } = entry;
  const id = paragraphDomId(ref);
  const segments = useMemo(
    () => (paragraph ? segmentTextByTags(paragraph.text, spans) : []),
    [paragraph, spans],
  );
  const number = t('sources.paragraph', { number: ref.paragraph });

  return (
    <article className="source-paragraph" aria-labelledby={`${id}-heading`} id={id}>
      <header className="source-paragraph-head">
        <h3 id={`${id}-heading`}>{number}</h3>
        <span className="source-report">
          <span className="visually-hidden">{t('sources.report')} </span>
          {ref.report}
        </span>
        {paragraph ? <CopyParagraph reports={reports} paragraph={paragraph} /> : null}
      </header>
      {sections.length > 0 ? (
        <ol className="section-path" aria-label={t('sources.section')}>
          {sections.map((section) => (
            <li key={section.id}>
              <span className="section-label">
                {t(
                  section.level === 'chapter'
                    ? 'sources.sectionLabel.chapter'
                    : 'sources.sectionLabel.section',
                  { id: section.id, label: section.label },
                )}
              </span>{' '}
              <span lang={REPORT_TEXT_LANG}>{section.title}</span>
            </li>
          ))}
        </ol>
      ) : null}
      {paragraph ? (
        <>
          <p className="source-text" lang={REPORT_TEXT_LANG}>
            <TaggedText
              segments={segments}
              footnoteRefs={paragraph.footnoteRefs}
              footnoteIdPrefix={`${id}-fn`}
              names={names}
            />
          </p>
          {paragraph.footnotes.length > 0 ? (
            <ol
              className="source-footnotes"
              aria-label={t('sources.footnotes', { number: ref.paragraph })}
            >
              {paragraph.footnotes.map((footnote) => (
                <li
                  key={footnote.number}
                  id={`${id}-fn-${footnote.number}`}
                  value={footnote.number}
                  lang={REPORT_TEXT_LANG}
                >
                  {footnote.text}
                </li>
              ))}
            </ol>
          ) : null}
          <RecordReasons
            report={ref.report}
            paragraph={ref.paragraph}
            reasons={reasons}
            names={names}
            footnoteRefs={paragraph.footnoteRefs}
          />
        </>
      ) : (
        <p className="source-missing">
          {t('sources.missing', { number: ref.paragraph, report: ref.report })}
        </p>
      )}
    </article>
  );
}
