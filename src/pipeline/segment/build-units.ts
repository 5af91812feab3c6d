import { matchChapter, matchNumbered, matchSubsection, numberedHeading } from './headings.ts';
import type { HeadingMatch } from './headings.ts';
import { endsParagraph, endsSentence, measureLayout } from './layout.ts';
import type { LayoutStats } from './layout.ts';
import type { RawLine } from './raw-lines.ts';
import { SegmentError } from './segment-error.ts';
import type { SegmentWarning } from './segment-error.ts';

export interface HeadingUnit {
  readonly kind: 'heading';
  readonly heading: HeadingMatch;
  readonly lines: RawLine[];
}

export interface ParagraphUnit {
  readonly kind: 'paragraph';
  readonly lines: RawLine[];
  /** The number printed at its start, when the extraction kept it. */
  printedNumber: number | null;
}

export type BodyUnit = HeadingUnit | ParagraphUnit;

export interface DocumentUnits {
  readonly titleBlock: RawLine[];
  readonly summaryHeading: RawLine | null;
  readonly summary: ParagraphUnit[];
  readonly body: BodyUnit[];
  readonly numbering: 'printed' | 'recovered';
  readonly layout: LayoutStats;
}

const SUMMARY_HEADING = /^(?:概要|摘要|Summary)$/u;

export function buildUnits(content: readonly RawLine[], warnings: SegmentWarning[]): DocumentUnits {
  const firstChapter = content.findIndex((line) => matchChapter(line.text) !== null);
  if (firstChapter < 0) {
    throw new SegmentError(
      'no chapter heading ("一. 导言" or "I. Introduction") found: the section layout is not recognised',
      content[0]?.number ?? null,
    );
  }
  const front = content.slice(0, firstChapter);
  const summaryAt = front.findIndex((line) => SUMMARY_HEADING.test(line.text));
  const titleBlock = summaryAt < 0 ? front : front.slice(0, summaryAt);
  const summaryLines = summaryAt < 0 ? [] : front.slice(summaryAt + 1);
  const bodyLines = content.slice(firstChapter);
  // The title block is all short lines with trailing spaces: measure the body alone.
  const layout = measureLayout(bodyLines);
  const numbering = countPrintedNumbers(bodyLines) >= 3 ? 'printed' : 'recovered';
  return {
    titleBlock,
    summaryHeading: summaryAt < 0 ? null : (front[summaryAt] ?? null),
    summary: splitParagraphs(summaryLines, layout),
    body: new BodyReader(bodyLines, layout, numbering, warnings).read(),
    numbering,
    layout,
  };
}

function splitParagraphs(lines: readonly RawLine[], layout: LayoutStats): ParagraphUnit[] {
  const units: ParagraphUnit[] = [];
  let current: RawLine[] = [];
  lines.forEach((line, index) => {
    current.push(line);
    if (endsParagraph(line, lines[index + 1], layout, current.length === 1)) {
      units.push({ kind: 'paragraph', lines: current, printedNumber: null });
      current = [];
    }
  });
  return units;
}

/** Numbers a line starts with that follow one another: the extraction kept paragraph numbers. */
function countPrintedNumbers(lines: readonly RawLine[]): number {
  let expected = 1;
  for (const line of lines) {
    const numbered = matchNumbered(line.text);
    if (numbered?.number === expected && numbered.rest.length > 20) expected += 1;
  }
  return expected - 1;
}

class BodyReader {
  private readonly units: BodyUnit[] = [];
  private paragraph: ParagraphUnit | null = null;
  private paragraphsStarted = 0;
  private chapter: string | null = null;
  private subsection: string | null = null;
  private subsubsections = 0;

  constructor(
    private readonly lines: readonly RawLine[],
    private readonly layout: LayoutStats,
    private readonly numbering: 'printed' | 'recovered',
    private readonly warnings: SegmentWarning[],
  ) {}

  read(): BodyUnit[] {
    let index = 0;
    while (index < this.lines.length) {
      const line = this.lines[index] as RawLine;
      const heading = this.headingAt(line);
      if (heading) {
        index = this.readHeading(heading, index);
        continue;
      }
      const printed = this.printedNumberAt(line);
      if (printed !== null || !this.paragraph) this.openParagraph(printed, line);
      this.paragraph?.lines.push(line);
      const next = this.lines[index + 1];
      if (this.endsHere(line, next)) this.paragraph = null;
      index += 1;
    }
    return this.units;
  }

  private endsHere(line: RawLine, next: RawLine | undefined): boolean {
    if (!next || this.headingAt(next) || this.printedNumberAt(next) !== null) return true;
    if (this.numbering === 'printed') return false;
    return endsParagraph(line, next, this.layout, this.paragraph?.lines.length === 1);
  }

  private openParagraph(printed: number | null, line: RawLine): void {
    const expected = this.paragraphsStarted + 1;
    if (printed !== null && printed > expected) {
      this.warnings.push({
        line: line.number,
        code: 'missing-paragraph-numbers',
        message: `paragraph ${printed} follows paragraph ${expected - 1}: ${
          printed - 1 === expected
            ? `number ${expected} is missing`
            : `numbers ${expected}-${printed - 1} are missing`
        } (check the text around this line)`,
      });
    }
    this.paragraphsStarted = printed ?? expected;
    this.paragraph = { kind: 'paragraph', lines: [], printedNumber: printed };
    this.units.push(this.paragraph);
  }

  /** A line starting "N." where N is the next paragraph number (or shortly after, if some are missing). */
  private printedNumberAt(line: RawLine): number | null {
    const numbered = matchNumbered(line.text);
    if (!numbered || numbered.rest.length === 0) return null;
    const last = this.paragraph?.lines[this.paragraph.lines.length - 1];
    if (this.numbering === 'recovered' && last && !endsSentence(last.text)) return null;
    const expected = this.paragraphsStarted + 1;
    if (numbered.number === expected) return expected;
    if (this.numbering !== 'printed') return null;
    if (numbered.number === expected - 1 && this.paragraph?.lines.length) {
      throw new SegmentError(`paragraph number ${numbered.number} appears twice`, line.number);
    }
    return numbered.number > expected && numbered.number <= expected + 5 ? numbered.number : null;
  }

  private headingAt(line: RawLine): HeadingMatch | null {
    const chapter = matchChapter(line.text);
    if (chapter) return chapter;
    if (!this.chapter) return null;
    const subsection = matchSubsection(line.text);
    if (subsection) return subsection;
    const numbered = matchNumbered(line.text);
    if (!numbered || numbered.number !== this.subsubsections + 1) return null;
    if (line.width >= this.layout.fullWidth * 0.8 || endsSentence(line.text)) return null;
    return numberedHeading(numbered.number, numbered.rest);
  }

  private readHeading(heading: HeadingMatch, index: number): number {
    this.paragraph = null;
    const lines = [this.lines[index] as RawLine];
    let next = index + 1;
    while (this.continuesHeading(lines[lines.length - 1] as RawLine, this.lines[next])) {
      lines.push(this.lines[next] as RawLine);
      next += 1;
    }
    if (heading.level === 'chapter') {
      this.chapter = heading.key;
      this.subsection = null;
      this.subsubsections = 0;
    } else if (heading.level === 'subsection') {
      this.subsection = heading.key;
      this.subsubsections = 0;
    } else {
      this.subsubsections += 1;
    }
    this.units.push({ kind: 'heading', heading, lines });
    return next;
  }

  private continuesHeading(last: RawLine, next: RawLine | undefined): boolean {
    if (!next || endsSentence(next.text) || next.width >= this.layout.fullWidth * 0.6) return false;
    if (this.headingAt(next) || this.printedNumberAt(next) !== null) return false;
    return this.layout.trailingSpaceMarksEnds
      ? !last.trailingSpace
      : last.width >= this.layout.fullWidth * 0.7;
  }
}
