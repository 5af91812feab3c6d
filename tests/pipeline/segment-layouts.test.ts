import { describe, expect, it } from 'vitest';
import { segment } from '../../src/pipeline/segment/segment.ts';
import { REPORT_SYMBOL, readReportText } from '../support/report-text.ts';

const raw = readReportText();
const reference = segment(raw, REPORT_SYMBOL);
const comparable = (result: ReturnType<typeof segment>) =>
  result.paragraphs.map(({ number, section, text, footnotes }) => ({
    number,
    section,
    text,
    footnotes,
  }));

const lines = raw.split('\n');
const firstLines = new Map(reference.paragraphs.map((p) => [p.lines.first, p.number]));

/** The same report as other PDF tools lay it out. */
const layouts: Record<string, string> = {
  'CRLF line endings': raw.replace(/\n/gu, '\r\n'),
  'blank lines removed': lines.filter((line) => line.trim() !== '').join('\n'),
  'no trailing spaces': lines.map((line) => line.trimEnd()).join('\n'),
  'no indentation and no trailing spaces': lines.map((line) => line.trim()).join('\n'),
  'no blank lines, no trailing spaces, CRLF': lines
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\r\n'),
  'a byte-order mark': `\uFEFF${raw}`,
  'every paragraph number printed': lines
    .map((line, index) => {
      const number = firstLines.get(index + 1);
      return number && number > 1 ? `${number}.\t${line.trimStart()}` : line;
    })
    .join('\n'),
};

describe('segment: the same report in other layouts', () => {
  it.each(Object.keys(layouts))('%s yields identical paragraphs', (name) => {
    const result = segment(layouts[name] ?? '', REPORT_SYMBOL);
    expect(comparable(result)).toEqual(comparable(reference));
    expect(result.sections).toEqual(reference.sections);
  });

  it('reads printed paragraph numbers when the extraction kept them', () => {
    const result = segment(layouts['every paragraph number printed'] ?? '', REPORT_SYMBOL);
    expect(result.layout.numbering).toBe('printed');
    expect(result.paragraphs.every((p) => p.numberSource === 'printed')).toBe(true);
  });

  it('reads a text with one line per paragraph (no hard wrapping)', () => {
    const out: string[] = ['概要', reference.metadata.summary ?? ''];
    let open: string[] = [];
    for (const paragraph of reference.paragraphs) {
      for (const id of paragraph.section.filter((id) => !open.includes(id))) {
        const section = reference.sections.find((s) => s.id === id);
        out.push(`${section?.label} ${section?.title}`);
      }
      open = paragraph.section;
      out.push(paragraph.text);
    }
    const result = segment(out.join('\n'), REPORT_SYMBOL);
    expect(result.layout.wrapped).toBe(false);
    expect(result.paragraphs.map((p) => p.text)).toEqual(reference.paragraphs.map((p) => p.text));
  });
});
