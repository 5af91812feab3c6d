/**
 * A/HRC/44/28 in the corpus source form, built from its reviewed golden segmentation
 * (tests/golden/A_HRC_44_28.paragraphs.json), so that the real report can be laid out again in
 * other page geometries and scored against its own annotation.
 */
import { CLOSE_AFTER_MARKER } from '../../src/pipeline/segment/footnote-markers.ts';
import type { ParagraphsFile } from '../../src/domain/index.ts';
import type {
  SourceBodyParagraph,
  SourceHeading,
  SourceParagraph,
  SourceReport,
} from './source-form.ts';

/** Strips the marker digits the golden text keeps, remembering where they stood. */
function unmark(
  text: string,
  refs: readonly { number: number; start: number; end: number }[],
): SourceParagraph {
  let clean = '';
  let last = 0;
  const out: { number: number; at: number }[] = [];
  for (const ref of [...refs].sort((a, b) => a.start - b.start)) {
    clean += text.slice(last, ref.start);
    out.push({ number: ref.number, at: clean.length });
    // The space an extraction sets between a superscript and the Chinese text after it.
    last =
      text[ref.end] === ' ' && CLOSE_AFTER_MARKER.test(text[ref.end + 1] ?? '')
        ? ref.end + 1
        : ref.end;
  }
  return { text: clean + text.slice(last), refs: out };
}

export function seedSource(golden: ParagraphsFile): SourceReport {
  const report = golden.reports[0];
  if (!report) throw new Error('the golden paragraphs file names no report');
  const body: (SourceHeading | SourceBodyParagraph)[] = [];
  const opened = new Set<string>();
  const footnotes = new Map<number, string>();
  for (const paragraph of golden.paragraphs) {
    for (const id of paragraph.section) {
      if (opened.has(id)) continue;
      opened.add(id);
      const section = golden.sections.find((candidate) => candidate.id === id);
      if (section)
        body.push({
          kind: 'heading',
          level: section.level,
          label: section.label,
          title: section.title,
        });
    }
    body.push({
      kind: 'paragraph',
      number: paragraph.number,
      ...unmark(paragraph.text, paragraph.footnoteRefs),
    });
    for (const footnote of paragraph.footnotes) footnotes.set(footnote.number, footnote.text);
  }
  return {
    symbol: report.symbol,
    job: 'GE.20-06161',
    session: 44,
    year: 2020,
    fictional: false,
    title: {
      zh: report.title ?? '',
      en: 'Enhancement of international cooperation in the field of human rights',
    },
    front: report.titleBlock,
    summary: report.summary ? [{ text: report.summary, refs: [] }] : [],
    body,
    footnotes,
  };
}
