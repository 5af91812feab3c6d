/**
 * Reads a report in the corpus source form (tests/fixtures/corpus/README.md): the clean content a
 * correct segmenter must recover, one item per line.
 */
import { CLOSE_AFTER_MARKER } from '../../src/pipeline/segment/footnote-markers.ts';

export interface FootnoteRef {
  readonly number: number;
  /** Offset in the paragraph text (markers removed) right after which the marker stands. */
  readonly at: number;
}

export interface SourceParagraph {
  /** The text without markers. */
  readonly text: string;
  readonly refs: readonly FootnoteRef[];
}

export type HeadingLevel = 'chapter' | 'subsection' | 'subsubsection';

export interface SourceHeading {
  readonly kind: 'heading';
  readonly level: HeadingLevel;
  /** As printed: "一.", "A.", "1.". */
  readonly label: string;
  readonly title: string;
}

export interface SourceBodyParagraph extends SourceParagraph {
  readonly kind: 'paragraph';
  readonly number: number;
}

export interface SourceReport {
  readonly symbol: string;
  readonly job: string;
  readonly session: number;
  readonly year: number;
  readonly fictional: boolean;
  readonly title: { readonly zh: string; readonly en: string };
  readonly front: readonly string[];
  readonly summary: readonly SourceParagraph[];
  readonly body: readonly (SourceHeading | SourceBodyParagraph)[];
  readonly footnotes: ReadonlyMap<number, string>;
}

export class SourceFormError extends Error {
  constructor(name: string, line: number, problem: string) {
    super(`${name}:${line}: ${problem}`);
  }
}

const MARKER = /\[\^(\d{1,3})\]/gu;
const HEADING = /^(\S+?[.．、])\s*(\S.*)$/u;

export function parseMarkers(marked: string): SourceParagraph {
  const refs: FootnoteRef[] = [];
  let text = '';
  let last = 0;
  for (const match of marked.matchAll(MARKER)) {
    text += marked.slice(last, match.index);
    refs.push({ number: Number(match[1]), at: text.length });
    last = match.index + match[0].length;
    // A space between a marker and Chinese text is the extraction's, not the report's.
    if (marked[last] === ' ' && CLOSE_AFTER_MARKER.test(marked[last + 1] ?? '')) last += 1;
  }
  text += marked.slice(last);
  return { text, refs };
}

export function parseSourceForm(input: string, name = 'source'): SourceReport {
  const meta = new Map<string, string>();
  const front: string[] = [];
  const summary: SourceParagraph[] = [];
  const body: (SourceHeading | SourceBodyParagraph)[] = [];
  const footnotes = new Map<number, string>();
  let paragraphs = 0;

  input.split(/\r?\n/u).forEach((raw, index) => {
    const line = raw.trim();
    const at = index + 1;
    if (line === '' || line.startsWith('%')) return;
    const colon = line.indexOf(':');
    if (colon < 0) throw new SourceFormError(name, at, 'a line must start with its kind and ":"');
    const kind = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    switch (kind) {
      case 'front':
        front.push(value);
        return;
      case 'summary':
        summary.push(parseMarkers(value));
        return;
      case 'p':
        paragraphs += 1;
        body.push({ kind: 'paragraph', number: paragraphs, ...parseMarkers(value) });
        return;
      case 'chapter':
      case 'subsection':
      case 'subsubsection': {
        // "label. title", or a title alone: a heading the typesetter printed without its number.
        const heading = HEADING.exec(value);
        if (value === '') throw new SourceFormError(name, at, 'a heading needs a title');
        body.push({
          kind: 'heading',
          level: kind,
          label: heading?.[1] ?? '',
          title: heading?.[2] ?? value,
        });
        return;
      }
      case 'footnote': {
        const footnote = /^(\d{1,3})\s+(\S.*)$/u.exec(value);
        if (!footnote) throw new SourceFormError(name, at, 'a footnote is "N text"');
        footnotes.set(Number(footnote[1]), footnote[2] ?? '');
        return;
      }
      default:
        meta.set(kind, value);
    }
  });

  const required = (key: string) => {
    const value = meta.get(key);
    if (value === undefined) throw new SourceFormError(name, 1, `"${key}:" is missing`);
    return value;
  };
  const report: SourceReport = {
    symbol: required('symbol'),
    job: required('job'),
    session: Number(required('session')),
    year: Number(required('year')),
    fictional: required('fictional') === 'true',
    title: { zh: required('title-zh'), en: required('title-en') },
    front,
    summary,
    body,
    footnotes,
  };
  checkFootnotes(report, name);
  return report;
}

/** Footnotes are numbered 1..M in the order they are first cited, and each has its text. */
function checkFootnotes(report: SourceReport, name: string): void {
  const cited = [...report.summary, ...report.body.filter((item) => item.kind === 'paragraph')]
    .flatMap((paragraph) => paragraph.refs.map((ref) => ref.number))
    .filter((number, index, all) => all.indexOf(number) === index);
  cited.forEach((number, index) => {
    if (number !== index + 1) {
      throw new SourceFormError(name, 1, `footnote ${number} is cited where ${index + 1} is due`);
    }
    if (!report.footnotes.has(number)) {
      throw new SourceFormError(name, 1, `footnote ${number} is cited but has no text`);
    }
  });
}

/** The paragraph with its markers as the PDF prints them: the number right after its character. */
export function withMarkers(paragraph: SourceParagraph): string {
  let text = '';
  let last = 0;
  for (const ref of paragraph.refs) {
    text += paragraph.text.slice(last, ref.at) + String(ref.number);
    last = ref.at;
  }
  return text + paragraph.text.slice(last);
}
