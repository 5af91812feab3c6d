import {
  matchChapter,
  matchNumbered,
  matchSubsection,
  numberedHeading,
  toRoman,
} from './headings.ts';
import type { HeadingMatch } from './headings.ts';
import {
  endsParagraph,
  endsSentence,
  leadingTokenWidth,
  measureLayout,
  paragraphEndEvidence,
  widthOf,
} from './layout.ts';
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

/** Whether a paragraph starts at a body line, and how sure the reading is. */
export interface Gap {
  /** Forced by a heading or a printed number (true), or by an unfinished sentence (false). */
  readonly forced: boolean | null;
  /** The reading from the layout alone. */
  readonly base: boolean;
  /** What it costs to read the other way (log-odds of the evidence). */
  readonly cost: number;
}

/** The body as headings and paragraph lines, with a decision to take before each paragraph line. */
export interface BodyPlan {
  /** Headings, and the index in `lines` of the paragraph line that follows each. */
  readonly headings: readonly { readonly unit: HeadingUnit; readonly before: number }[];
  readonly lines: readonly RawLine[];
  readonly gaps: readonly Gap[];
  /** Printed paragraph numbers: line index -> number. */
  readonly printed: ReadonlyMap<number, number>;
}

export interface DocumentUnits {
  readonly titleBlock: RawLine[];
  readonly summaryHeading: RawLine | null;
  readonly summary: ParagraphUnit[];
  readonly plan: BodyPlan;
  readonly numbering: 'printed' | 'partly printed' | 'recovered';
  readonly layout: LayoutStats;
}

const SUMMARY_HEADING = /^(?:概要|摘要|Summary)$/u;
/** Heading lines are short; a wrapped heading has at most this many lines. */
const MAX_HEADING_LINES = 3;
/** The longest heading title of these reports runs to about 40 characters. */
const MAX_HEADING_CHARACTERS = 60;
/** A heading's wrapped tail is short; a paragraph's first line is close to full. */
const HEADING_TAIL_SHARE = 0.8;
/** A sub-heading printed without its number is a short title. */
const MAX_UNNUMBERED_HEADING_CHARACTERS = 30;

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
  const plan = new BodyReader(bodyLines, layout, warnings).read();
  const printedCount = plan.printed.size;
  const paragraphStarts = plan.gaps.filter((gap) => gap.forced ?? gap.base).length;
  return {
    titleBlock,
    summaryHeading: summaryAt < 0 ? null : (front[summaryAt] ?? null),
    summary: splitParagraphs(summaryLines, layout),
    plan,
    numbering:
      printedCount >= Math.max(3, paragraphStarts * 0.9)
        ? 'printed'
        : printedCount >= 3
          ? 'partly printed'
          : 'recovered',
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
  if (current.length > 0) units.push({ kind: 'paragraph', lines: current, printedNumber: null });
  return units;
}

/** Reads headings first (their shape says what they are), then weighs each paragraph break. */
class BodyReader {
  private readonly headings: { unit: HeadingUnit; before: number }[] = [];
  private readonly paragraphLines: RawLine[] = [];
  private readonly gaps: Gap[] = [];
  private readonly printedCandidates: { index: number; number: number; line: RawLine }[] = [];
  private chapter = 0;
  private subsection = 0;
  private subsubsection = 0;
  private inChapter = false;
  private lastWasHeading = true;

  constructor(
    private readonly lines: readonly RawLine[],
    private readonly layout: LayoutStats,
    private readonly warnings: SegmentWarning[],
  ) {}

  read(): BodyPlan {
    let index = 0;
    while (index < this.lines.length) {
      const heading = this.headingAt(index);
      if (heading) {
        this.takeHeading(heading.match, index, heading.length);
        index += heading.length;
        continue;
      }
      this.takeParagraphLine(index);
      index += 1;
    }
    const printed = this.acceptedPrintedNumbers();
    return { headings: this.headings, lines: this.paragraphLines, gaps: this.gaps, printed };
  }

  private takeParagraphLine(index: number): void {
    const line = this.lines[index] as RawLine;
    const position = this.paragraphLines.length;
    const previous = this.lines[index - 1];
    const numbered = matchNumbered(line.text);
    const previousEnds = this.lastWasHeading || !previous || endsSentence(previous.text);
    if (numbered && numbered.rest.length > 0 && previousEnds) {
      this.printedCandidates.push({ index: position, number: numbered.number, line });
    }
    if (this.lastWasHeading || !previous) {
      this.gaps.push({ forced: true, base: true, cost: Number.POSITIVE_INFINITY });
    } else {
      const first = this.startsParagraph(position - 1);
      const evidence = paragraphEndEvidence(previous, line, this.layout, first);
      this.gaps.push(
        evidence === Number.NEGATIVE_INFINITY
          ? { forced: false, base: false, cost: Number.POSITIVE_INFINITY }
          : { forced: null, base: evidence > 0, cost: Math.abs(evidence) },
      );
    }
    this.paragraphLines.push(line);
    this.lastWasHeading = false;
  }

  /** Whether the paragraph line at `position` starts a paragraph, by the readings so far. */
  private startsParagraph(position: number): boolean {
    const gap = this.gaps[position];
    return gap ? (gap.forced ?? gap.base) : true;
  }

  /**
   * Printed numbers that increase through the text: the longest such run of candidates, so that
   * a wrapped line starting "3. " inside a paragraph does not renumber the rest.
   */
  private acceptedPrintedNumbers(): Map<number, number> {
    const candidates = this.printedCandidates;
    const best: number[] = candidates.map(() => 1);
    const from: number[] = candidates.map(() => -1);
    for (let i = 0; i < candidates.length; i += 1) {
      for (let j = Math.max(0, i - 400); j < i; j += 1) {
        const a = candidates[j];
        const b = candidates[i];
        if (!a || !b) continue;
        const fits = b.number > a.number && b.number - a.number <= b.index - a.index;
        if (fits && (best[j] ?? 0) + 1 > (best[i] ?? 0)) {
          best[i] = (best[j] ?? 0) + 1;
          from[i] = j;
        }
      }
    }
    let end = -1;
    best.forEach((length, i) => {
      const candidate = candidates[i];
      if (
        candidate &&
        candidate.number <= candidate.index + 1 &&
        (end < 0 || length > (best[end] ?? 0))
      ) {
        end = i;
      }
    });
    const accepted = new Map<number, number>();
    for (let i = end; i >= 0; i = from[i] ?? -1) {
      const candidate = candidates[i];
      if (candidate) accepted.set(candidate.index, candidate.number);
    }
    if (accepted.size < 2 && !accepted.has(0)) return new Map();
    for (const [position] of accepted) {
      this.gaps[position] = { forced: true, base: true, cost: Number.POSITIVE_INFINITY };
    }
    const repeated = candidates.filter(
      (candidate) =>
        !accepted.has(candidate.index) &&
        [...accepted].some(([, number]) => number === candidate.number),
    );
    for (const candidate of repeated) {
      this.warnings.push({
        line: candidate.line.number,
        code: 'paragraph-number-repeated',
        message: `paragraph number ${candidate.number} is printed twice: the second is read as a paragraph of its own, numbered in sequence (check the text around this line)`,
      });
      this.gaps[candidate.index] = { forced: true, base: true, cost: Number.POSITIVE_INFINITY };
    }
    return accepted;
  }

  private headingAt(index: number): { match: HeadingMatch; length: number } | null {
    const line = this.lines[index] as RawLine;
    const previous = this.lines[index - 1];
    if (previous && !this.lastWasHeading && !endsSentence(previous.text)) return null;
    const structural =
      matchChapter(line.text) ?? (this.inChapter ? matchSubsection(line.text) : null);
    // Numbered sub-headings sit under a lettered one ("A." then "1."); under a chapter alone,
    // "1. ……" is the first paragraph.
    const numbered = structural || this.subsection === 0 ? null : this.numberedHeadingAt(line);
    const match = structural ?? numbered?.match ?? null;
    if (!match) return this.unnumberedHeadingAt(index);
    const length = this.headingLength(index, structural !== null || numbered?.sure === true);
    if (length === 0) return null;
    const title = this.lines
      .slice(index, index + length)
      .map((part) => part.text)
      .join('');
    // A wrapped heading's first line may end on a comma; the whole heading may not.
    if (/[，,、]$/u.test(title)) return null;
    return [...title].length - match.label.length > MAX_HEADING_CHARACTERS
      ? null
      : { match, length };
  }

  /**
   * "人权教育和能力建设工具": a sub-heading printed without its number. Inside a chapter, after a
   * line that ends a sentence, one short line with no punctuation of a sentence is no paragraph
   * line (a paragraph's lines end a sentence or run full to the margin): the next heading of the
   * deepest level in use, with a warning naming the line.
   */
  private unnumberedHeadingAt(index: number): { match: HeadingMatch; length: number } | null {
    const line = this.lines[index] as RawLine;
    const previous = this.lines[index - 1];
    const next = this.lines[index + 1];
    if (!this.inChapter || this.lastWasHeading || !previous || !next) return null;
    if (!endsSentence(previous.text)) return null;
    const title = line.text.trim();
    const characters = [...title].length;
    if (characters < 2 || characters > MAX_UNNUMBERED_HEADING_CHARACTERS) return null;
    if (/[，。；：！？,;:!?]|^\d|\d$/u.test(title) || !/^\p{Script=Han}/u.test(title)) return null;
    // "作为可持续发展目标指标 16.10.1、16.a.1 和": a title never ends on a conjunction or particle.
    if (/[和与及或、的之对为在将]$/u.test(title)) return null;
    // "非洲联盟《2063 年议程》第二个十年执行计划" + "(2024-2033 年)与……": the next line goes on
    // with this one, so this is a paragraph's first line cut short before a long token.
    const opened = (title.match(/[《(（“]/gu) ?? []).length;
    const closed = (title.match(/[》)）”]/gu) ?? []).length;
    if (opened !== closed || /^\s*[(（)）、，。；：》”的之和与及或]/u.test(next.text)) return null;
    if (
      this.layout.wrapped &&
      widthOf(line, this.layout) > this.layout.fullWidth * HEADING_TAIL_SHARE
    )
      return null;
    const level = this.subsection > 0 ? 'subsubsection' : 'subsection';
    const key =
      level === 'subsubsection'
        ? String(this.subsubsection + 1)
        : String.fromCharCode(65 + this.subsection);
    this.warnings.push({
      line: line.number,
      code: 'heading-number-missing',
      message: `"${title}" is read as a heading printed without its number (${key}.): check the headings around this line`,
    });
    return { match: { level, label: '', key, title }, length: 1 };
  }

  /**
   * "1. 国别和区域办事机构" is a heading; "1. 人权理事会在 ..." the first line of paragraph 1.
   * Sure when the number is the next sub-heading's and not the next paragraph's.
   */
  private numberedHeadingAt(line: RawLine): { match: HeadingMatch; sure: boolean } | null {
    const numbered = matchNumbered(line.text);
    if (!numbered) return null;
    const match = numberedHeading(numbered.number, numbered.rest);
    if (!match) return null;
    const lastPrinted = this.printedCandidates[this.printedCandidates.length - 1]?.number ?? 0;
    const nextParagraph =
      this.printedCandidates.length >= 3
        ? lastPrinted + 1
        : this.gaps.filter((gap) => gap.forced ?? gap.base).length + 1;
    const isNextParagraph = numbered.number === nextParagraph;
    const isNextHeading = numbered.number === this.subsubsection + 1;
    // Sub-headings are numbered 1, 2, 3 in each section: a repeat or a skip of one, no more.
    const nearNextHeading = Math.abs(numbered.number - (this.subsubsection + 1)) <= 1;
    if (!nearNextHeading) return null;
    if (isNextParagraph && !isNextHeading) return null;
    return { match, sure: isNextHeading && !isNextParagraph };
  }

  /**
   * A heading is one to three lines that do not end a sentence: full lines, then a short one; a
   * short line after it that does not end a sentence either goes on with it (no paragraph starts
   * short and unfinished). A single full line is a heading only when its numbering says so.
   */
  private headingLength(index: number, sure: boolean): number {
    // A line ends short when the next line's first piece would have fitted on it.
    const endsShort = (at: number, capacity = this.layout.fullWidth) => {
      const line = this.lines[at];
      const next = this.lines[at + 1];
      if (!line || !this.layout.wrapped) return true;
      if (!next) return true;
      const room = capacity - widthOf(line, this.layout);
      return room >= leadingTokenWidth(next.text, this.layout.measure) + 1;
    };
    // Measured as a paragraph's first line would be, in case it is one.
    const firstLineCapacity = this.layout.fullWidth - (this.layout.firstLineIndent ?? 0);
    let length = 0;
    for (let at = index; at < index + MAX_HEADING_LINES; at += 1) {
      const line = this.lines[at];
      if (!line) break;
      // A finished sentence after the first line is the paragraph that follows the heading.
      if (endsSentence(line.text)) {
        if (at === index) return 0;
        break;
      }
      if (at > index && this.startsHeadingPattern(line)) break;
      // A wrapped heading's last line is clearly short; a near-full one is a paragraph's first line.
      if (at > index && widthOf(line, this.layout) > this.layout.fullWidth * HEADING_TAIL_SHARE)
        break;
      length += 1;
      if (endsShort(at)) break;
    }
    const last = this.lines[index + length - 1];
    if (!last || endsSentence(last.text)) return 0;
    if (!endsShort(index + length - 1)) return sure ? 1 : 0;
    // A short unfinished line after it goes on with it: no paragraph starts short and unfinished.
    while (length < MAX_HEADING_LINES && this.layout.wrapped) {
      const at = index + length;
      const next = this.lines[at];
      if (!next || endsSentence(next.text) || this.startsHeadingPattern(next)) break;
      const clearlyShort = widthOf(next, this.layout) <= this.layout.fullWidth * HEADING_TAIL_SHARE;
      if (!clearlyShort || !endsShort(at, firstLineCapacity)) break;
      length += 1;
    }
    return length;
  }

  private startsHeadingPattern(line: RawLine): boolean {
    return (
      matchChapter(line.text) !== null ||
      matchSubsection(line.text) !== null ||
      (matchNumbered(line.text) !== null &&
        numberedHeading(0, matchNumbered(line.text)?.rest ?? '') !== null)
    );
  }

  private takeHeading(match: HeadingMatch, index: number, length: number): void {
    const lines = this.lines.slice(index, index + length);
    const heading = this.renumber(match, lines[0] as RawLine);
    this.headings.push({
      unit: { kind: 'heading', heading, lines },
      before: this.paragraphLines.length,
    });
    this.lastWasHeading = true;
  }

  /** Keeps section ids unique and in order where the printed numbering repeats or jumps. */
  private renumber(match: HeadingMatch, line: RawLine): HeadingMatch {
    const warn = (expected: string) =>
      this.warnings.push({
        line: line.number,
        code: 'heading-number-out-of-sequence',
        message: `heading "${match.label} ${match.title}" is numbered ${match.label} where ${expected} was due: read as ${expected} (check the headings around this line)`,
      });
    if (match.level === 'chapter') {
      this.inChapter = true;
      this.subsection = 0;
      this.subsubsection = 0;
      const printed = romanValue(match.key);
      const expected = this.chapter + 1;
      const value = printed > expected ? printed : expected;
      if (printed !== expected) warn(`${toRoman(expected)}.`);
      this.chapter = value;
      return { ...match, key: toRoman(value) };
    }
    if (match.level === 'subsection') {
      this.subsubsection = 0;
      const printed = match.key.charCodeAt(0) - 64;
      const expected = this.subsection + 1;
      const value = printed > expected ? printed : expected;
      if (printed !== expected) warn(`${String.fromCharCode(64 + expected)}.`);
      this.subsection = value;
      return { ...match, key: String.fromCharCode(64 + value) };
    }
    const printed = Number(match.key);
    const expected = this.subsubsection + 1;
    const value = printed > expected ? printed : expected;
    if (printed !== expected) warn(`${expected}.`);
    this.subsubsection = value;
    return { ...match, key: String(value) };
  }
}

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10 };

function romanValue(roman: string): number {
  let total = 0;
  const chars = [...roman];
  chars.forEach((char, index) => {
    const value = ROMAN_VALUES[char] ?? 0;
    const next = ROMAN_VALUES[chars[index + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  });
  return total;
}
