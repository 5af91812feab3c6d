import type { Paragraph } from '../../../domain/index.ts';
import { ParagraphText } from './paragraph-text.tsx';

function ParagraphItem({ paragraph }: { paragraph: Paragraph }) {
  const sectionId = paragraph.section.at(-1);
  return (
    <li className="paragraph" id={`p-${paragraph.number}`}>
      <div className="paragraph-meta">
        <span className="paragraph-number">¶ {paragraph.number}</span>
        {sectionId ? <span className="paragraph-section">{sectionId}</span> : null}
      </div>
      <ParagraphText
        paragraphNumber={paragraph.number}
        text={paragraph.text}
        refs={paragraph.footnoteRefs}
      />
      {paragraph.footnotes.length > 0 ? (
        <ol className="footnotes" aria-label={`Footnotes to ¶ ${paragraph.number}`}>
          {paragraph.footnotes.map((footnote) => (
            <li
              key={footnote.number}
              id={`fn-${paragraph.number}-${footnote.number}`}
              value={footnote.number}
              lang="zh-Hans"
            >
              {footnote.text}
            </li>
          ))}
        </ol>
      ) : null}
    </li>
  );
}

export function ParagraphList({ paragraphs }: { paragraphs: readonly Paragraph[] }) {
  return (
    <section className="paragraphs" aria-labelledby="paragraphs-heading">
      <h2 id="paragraphs-heading">Paragraphs</h2>
      <ol className="paragraph-list" aria-label="Paragraphs">
        {paragraphs.map((paragraph) => (
          <ParagraphItem key={`${paragraph.report} ${paragraph.number}`} paragraph={paragraph} />
        ))}
      </ol>
    </section>
  );
}
