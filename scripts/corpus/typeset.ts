/**
 * Lays a source-form report out as the text a PDF extraction produces: hard-wrapped lines,
 * paragraph numbers lost or printed, page headers and footers, footnotes at the bottom of the
 * page that cites them, footnote URLs repeated, blank lines and trailing spaces or not. The
 * layouts are those seen in extracted UN documents (tests/fixtures/corpus/README.md); what the
 * segmenter must recover always comes from the source, never from this output.
 */
import { CLOSE_AFTER_MARKER } from '../../src/pipeline/segment/footnote-markers.ts';
import { charKind, displayWidth } from '../../src/pipeline/segment/char-classes.ts';
import { lineSeparator } from '../../src/pipeline/segment/join-lines.ts';
import type { SourceHeading, SourceParagraph, SourceReport } from './source-form.ts';

export interface Layout {
  readonly name: string;
  /** Full line width in half-width units (an ideograph counts 2). */
  readonly width: number;
  /** Body lines per page. */
  readonly pageLines: number;
  /** Paragraph numbers: only "1." survives (as in A/HRC/44/28), all printed, or some printed. */
  readonly numbers: 'lost' | 'printed' | 'partial';
  readonly numberSeparator: ' ' | '\t';
  /** Width the first line of a paragraph gives up to its number when the number is lost. */
  readonly firstLineIndent: number;
  readonly blankLines: 'every-line' | 'between-paragraphs' | 'none';
  readonly trailingSpace: 'paragraph-ends' | 'none' | 'every-line';
  readonly crlf: boolean;
  /** Footnote markers in the body: printed after their character, or lost by the extraction. */
  readonly markers: 'kept' | 'dropped';
  /** A whitespace-only line above the footnotes of a page. */
  readonly footnoteSeparator: boolean;
  readonly footnoteIndent: boolean;
  readonly urlRepeats: boolean;
  readonly furniture: 'header-footer' | 'footer-header' | 'none';
  /** The first body line of a page starts with a space (as in A/HRC/44/28). */
  readonly pageResumeSpace: boolean;
  readonly headingNumbers: 'as-written' | 'roman-chapters' | 'repeat-a-subsubsection';
  /** Headings start with a space, as the seed's do. */
  readonly headingIndent: boolean;
  /** False: one line per paragraph, as some extractions give. */
  readonly wrapped: boolean;
}

export const SEED_LAYOUT: Layout = {
  name: 'seed layout (width 70, numbers lost, blank after every line)',
  width: 70,
  pageLines: 40,
  numbers: 'lost',
  numberSeparator: ' ',
  firstLineIndent: 4,
  blankLines: 'every-line',
  trailingSpace: 'paragraph-ends',
  crlf: false,
  markers: 'kept',
  footnoteSeparator: true,
  footnoteIndent: true,
  urlRepeats: true,
  furniture: 'header-footer',
  pageResumeSpace: true,
  headingNumbers: 'as-written',
  headingIndent: true,
  wrapped: true,
};

/** The layouts every corpus text is scored in. */
export const LAYOUTS: readonly Layout[] = [
  SEED_LAYOUT,
  {
    ...SEED_LAYOUT,
    name: 'width 64, numbers lost, footnotes under their page',
    width: 64,
    pageLines: 46,
    furniture: 'footer-header',
  },
  {
    ...SEED_LAYOUT,
    name: 'every number printed, single newlines, no trailing spaces',
    numbers: 'printed',
    blankLines: 'none',
    trailingSpace: 'none',
    footnoteSeparator: false,
    pageResumeSpace: false,
  },
  {
    ...SEED_LAYOUT,
    name: 'seed layout, footnote markers lost',
    markers: 'dropped',
  },
  {
    ...SEED_LAYOUT,
    name: 'width 56, CRLF, no blank lines, no trailing spaces, no indentation',
    width: 56,
    pageLines: 50,
    blankLines: 'none',
    trailingSpace: 'none',
    crlf: true,
    footnoteIndent: false,
    pageResumeSpace: false,
    urlRepeats: false,
    headingIndent: false,
  },
  {
    ...SEED_LAYOUT,
    name: 'width 80, some numbers printed, blank lines between paragraphs',
    width: 80,
    pageLines: 36,
    numbers: 'partial',
    numberSeparator: '\t',
    blankLines: 'between-paragraphs',
    trailingSpace: 'none',
    footnoteSeparator: false,
    furniture: 'footer-header',
  },
  {
    ...SEED_LAYOUT,
    name: 'Roman chapter numbers, a sub-heading number printed twice',
    headingNumbers: 'roman-chapters',
    width: 68,
  },
  {
    ...SEED_LAYOUT,
    name: 'repeated sub-heading number, no page furniture, no URL lines',
    headingNumbers: 'repeat-a-subsubsection',
    furniture: 'none',
    urlRepeats: false,
  },
  {
    ...SEED_LAYOUT,
    name: 'one line per paragraph',
    wrapped: false,
    blankLines: 'none',
    trailingSpace: 'none',
    footnoteSeparator: false,
    pageResumeSpace: false,
    pageLines: 12,
  },
];

/** Marks a footnote marker's digits as part of the character before them (never printed). */
const MARKER_GLUE = '\u2063';
const CLOSING = new Set('，。、；：？！）》」』”’)]}．,.;:?!%');
const OPENING = new Set('（《「『“‘([{');

/** Pieces a line may not be broken inside, with whether a space precedes them in the source. */
interface Atom {
  readonly text: string;
  readonly spaceBefore: boolean;
}

function atomsOf(text: string): Atom[] {
  const atoms: Atom[] = [];
  let spaceBefore = false;
  let index = 0;
  const chars = [...text];
  while (index < chars.length) {
    const char = chars[index] ?? '';
    if (char === ' ') {
      spaceBefore = true;
      index += 1;
      continue;
    }
    let atom = char;
    index += 1;
    const kind = charKind(char);
    if (char === MARKER_GLUE) {
      // The marker's digits join the atom before them.
      let digits = '';
      while (index < chars.length && /\d/u.test(chars[index] ?? '')) {
        digits += chars[index];
        index += 1;
      }
      const previous = atoms.pop();
      atoms.push({
        text: `${previous?.text ?? ''}${MARKER_GLUE}${digits}`,
        spaceBefore: previous?.spaceBefore ?? false,
      });
      continue;
    }
    if (kind === 'latin-word' || kind === 'latin-punct') {
      while (index < chars.length) {
        const next = chars[index] ?? '';
        const nextKind = charKind(next);
        if (next === ' ' || nextKind === 'han' || nextKind === 'cjk-punct') break;
        atom += next;
        index += 1;
      }
    }
    // Closing punctuation stays with what it closes; an opening mark with what it opens.
    while (index < chars.length && CLOSING.has(chars[index] ?? '')) {
      atom += chars[index];
      index += 1;
    }
    const previous = atoms[atoms.length - 1];
    if (previous && !spaceBefore && OPENING.has(previous.text.slice(-1))) {
      atoms[atoms.length - 1] = { text: previous.text + atom, spaceBefore: previous.spaceBefore };
    } else {
      atoms.push({ text: atom, spaceBefore });
    }
    spaceBefore = false;
  }
  return splitLongLatin(atoms);
}

/** A long URL or token may break after "/", "-" or "_", where joining restores it without a space. */
function splitLongLatin(atoms: Atom[]): Atom[] {
  const out: Atom[] = [];
  for (const atom of atoms) {
    if (atom.text.length <= 24 || !/[/_-]/u.test(atom.text)) {
      out.push(atom);
      continue;
    }
    const parts = atom.text.split(/(?<=[/_-])(?=[A-Za-z0-9])/u);
    parts.forEach((part, index) =>
      out.push({ text: part, spaceBefore: index === 0 ? atom.spaceBefore : false }),
    );
  }
  return out;
}

/** Wraps a text into lines no wider than `width` (`firstWidth` for the first line). */
export function wrapText(text: string, width: number, firstWidth = width): string[] {
  const lines: string[] = [];
  let line = '';
  for (const atom of atomsOf(text)) {
    const limit = lines.length === 0 ? firstWidth : width;
    const glue = line === '' ? '' : atom.spaceBefore ? ' ' : '';
    const fits = displayWidth((line + glue + atom.text).replaceAll(MARKER_GLUE, '')) <= limit;
    // A break must be one that joining the lines undoes exactly.
    const breakable =
      line !== '' && lineSeparator(line, atom.text) === (atom.spaceBefore ? ' ' : '');
    if (fits || !breakable) {
      line += glue + atom.text;
    } else {
      lines.push(line);
      line = atom.text;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

interface PrintedLine {
  readonly text: string;
  readonly heading?: boolean;
  /** Ends a paragraph, heading or title line: where the seed's extraction leaves a space. */
  readonly ends: boolean;
  readonly startsParagraph: boolean;
  /** Footnotes whose marker falls on this line. */
  readonly footnotes: readonly number[];
}

const CHAPTER_ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const CHINESE_NUMERALS = '一二三四五六七八九十';

function headingLabel(heading: SourceHeading, layout: Layout, repeatLabel: string | null): string {
  if (repeatLabel !== null) return repeatLabel;
  if (layout.headingNumbers === 'roman-chapters' && heading.level === 'chapter') {
    const numeral = heading.label.replace(/[.．、]$/u, '');
    const value =
      numeral.length === 1
        ? CHINESE_NUMERALS.indexOf(numeral) + 1
        : numeral === '十一'
          ? 11
          : numeral === '十二'
            ? 12
            : 0;
    return value > 0 ? `${CHAPTER_ROMAN[value - 1]}.` : heading.label;
  }
  return heading.label;
}

/** A deterministic choice per paragraph for layouts that print some numbers. */
const printsNumber = (layout: Layout, number: number) =>
  layout.numbers === 'printed' ||
  number === 1 ||
  (layout.numbers === 'partial' && (number * 7 + 3) % 5 < 2);

function paragraphLines(
  paragraph: SourceParagraph,
  number: number | null,
  layout: Layout,
): PrintedLine[] {
  const footnoteAt: { number: number; at: number }[] = [];
  let text = '';
  let glues = 0;
  let last = 0;
  for (const ref of paragraph.refs) {
    text += paragraph.text.slice(last, ref.at);
    footnoteAt.push({ number: ref.number, at: text.length - glues });
    if (layout.markers === 'kept') {
      // As the seed's extraction does, a space between the superscript and Chinese text after it.
      const after = paragraph.text[ref.at] ?? '';
      text += MARKER_GLUE + String(ref.number) + (CLOSE_AFTER_MARKER.test(after) ? ' ' : '');
      glues += 1;
    }
    last = ref.at;
  }
  text += paragraph.text.slice(last);
  const printed = number !== null && printsNumber(layout, number);
  const prefix = printed ? `${number}.${layout.numberSeparator}` : '';
  let wrapped: string[];
  if (!layout.wrapped) {
    wrapped = [text.replaceAll(MARKER_GLUE, '')];
  } else {
    const firstWidth =
      number === null
        ? layout.width
        : printed
          ? layout.width - displayWidth(prefix)
          : layout.width - layout.firstLineIndent;
    wrapped = wrapText(text, layout.width, firstWidth).map((line) =>
      line.replaceAll(MARKER_GLUE, ''),
    );
  }
  text = text.replaceAll(MARKER_GLUE, '');
  let offset = 0;
  return wrapped.map((line, index) => {
    const start = text.indexOf(line, offset);
    offset = start + line.length;
    const footnotes = footnoteAt
      .filter((ref) => ref.at > start && ref.at <= offset)
      .map((ref) => ref.number);
    return {
      text: index === 0 ? prefix + line : line,
      ends: index === wrapped.length - 1,
      startsParagraph: index === 0,
      footnotes,
    };
  });
}

const URL = /(?:https?:\/\/|www\.)[A-Za-z0-9./_%~#=&?:+-]+/gu;
const DOCUMENT_SYMBOL = /\b[A-Z]{1,8}(?:\/[A-Z0-9.]+){2,}/gu;

/** The hyperlinks the extraction repeats after the footnotes, twice each, as the seed shows. */
function urlLines(footnote: string): string[] {
  const lines: string[] = [];
  for (const match of footnote.matchAll(URL)) {
    const before = footnote.slice(0, match.index).trimEnd();
    const glued = /\p{Script=Han}+$/u.exec(before)?.[0] ?? '';
    const address = match[0].replace(/[.。]$/u, '');
    const line = address.startsWith('http') ? address : `http://${glued}${address}`;
    lines.push(line, line);
  }
  for (const match of footnote.matchAll(DOCUMENT_SYMBOL)) {
    lines.push(`https://undocs.org/${match[0]}`, `https://undocs.org/${match[0]}`);
  }
  return lines;
}

export function typeset(report: SourceReport, layout: Layout): string {
  const out: string[] = [];
  const blankAfterLine = layout.blankLines === 'every-line';
  const emit = (text: string, options: { ends?: boolean; lead?: boolean } = {}) => {
    const trailing =
      layout.trailingSpace === 'every-line' ||
      (layout.trailingSpace === 'paragraph-ends' && options.ends);
    out.push(`${options.lead ? ' ' : ''}${text}${trailing ? ' ' : ''}`);
    if (blankAfterLine) out.push('');
  };

  for (const line of report.front) emit(line, { ends: true, lead: true });
  emit('概要', { ends: true, lead: true });
  for (const paragraph of report.summary) {
    for (const line of paragraphLines(paragraph, null, layout))
      emit(line.text, { ends: line.ends });
  }

  let repeatLabel: string | null = null;
  let previousSubsub: string | null = null;
  let subsubsInSection = 0;
  let repeated = false;
  const bodyLines: PrintedLine[] = [];
  for (const item of report.body) {
    if (item.kind === 'heading') {
      if (item.level !== 'subsubsection') subsubsInSection = 0;
      else subsubsInSection += 1;
      repeatLabel =
        layout.headingNumbers === 'repeat-a-subsubsection' &&
        !repeated &&
        item.level === 'subsubsection' &&
        subsubsInSection === 2
          ? previousSubsub
          : null;
      if (repeatLabel !== null) repeated = true;
      if (item.level === 'subsubsection') previousSubsub = item.label;
      const text = `${headingLabel(item, layout, repeatLabel)} ${item.title}`.trim();
      const lines = layout.wrapped ? wrapText(text, layout.width) : [text];
      lines.forEach((line, index) =>
        bodyLines.push({
          text: line,
          heading: true,
          ends: index === lines.length - 1,
          startsParagraph: index === 0,
          footnotes: [],
        }),
      );
      continue;
    }
    bodyLines.push(...paragraphLines(item, item.number, layout));
  }

  // Pages: body lines, then that page's footnotes, their URLs, then the page furniture.
  let page = 1;
  let onPage = 0;
  let pageFootnotes: number[] = [];
  const printedNotes = new Set<number>();
  const breakPage = () => {
    if (pageFootnotes.length > 0) {
      if (layout.footnoteSeparator) {
        out.push('  ');
        if (blankAfterLine) out.push('');
      }
      const urls: string[] = [];
      for (const number of pageFootnotes) {
        const text = report.footnotes.get(number) ?? '';
        const lines = wrapText(`${number} ${text}`, layout.width);
        lines.forEach((line, index) =>
          emit(line, { ends: index === lines.length - 1, lead: layout.footnoteIndent }),
        );
        if (layout.urlRepeats) urls.push(...urlLines(text));
      }
      out.push(...urls);
    }
    page += 1;
    const header = `${report.symbol}`;
    const footer = page % 2 === 0 ? `${page} ${report.job}` : `${report.job} ${page}`;
    if (layout.furniture !== 'none') {
      const pair = layout.furniture === 'header-footer' ? [header, footer] : [footer, header];
      for (const line of pair) emit(line, { ends: true });
    }
    pageFootnotes = [];
    onPage = 0;
  };

  bodyLines.forEach((line, index) => {
    if (onPage >= layout.pageLines) breakPage();
    const resume = onPage === 0 && page > 1 && layout.pageResumeSpace;
    if (layout.blankLines === 'between-paragraphs' && line.startsParagraph && index > 0) {
      out.push('');
    }
    emit(line.text, { ends: line.ends, lead: resume || (line.heading && layout.headingIndent) });
    onPage += 1;
    // A note cited again is printed once, under its first citation, as word processors do.
    for (const number of line.footnotes) {
      if (printedNotes.has(number)) continue;
      printedNotes.add(number);
      pageFootnotes.push(number);
    }
  });
  if (pageFootnotes.length > 0) breakPage();
  return out.join(layout.crlf ? '\r\n' : '\n') + (layout.crlf ? '\r\n' : '\n');
}
