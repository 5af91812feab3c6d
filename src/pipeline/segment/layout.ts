import { displayWidth, firstChar } from './char-classes.ts';
import type { RawLine } from './raw-lines.ts';

/** Ends a sentence, allowing closing quotes or brackets and a footnote marker after the stop. */
const SENTENCE_END = /[。！？!?](?:[”’」』)）])*\d{0,3}$/u;

export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

export interface LayoutStats {
  /** How the extraction measured its lines: in half-width units (an ideograph is 2) or characters. */
  readonly measure: 'units' | 'chars';
  /** Width of a full line of body text, in that measure. */
  readonly fullWidth: number;
  /** Whether this extraction marks paragraph ends with a trailing space. */
  readonly trailingSpaceMarksEnds: boolean;
  /** Share of short finished lines that carry the trailing space, where spaces mark ends. */
  readonly trailingSpaceShare: number;
  /** Whether blank lines stand between paragraphs only (not after every line). */
  readonly blankLinesSeparate: boolean;
  /** How much shorter the first line of a paragraph runs (its lost number's indent), if it does. */
  readonly firstLineIndent: number | null;
  /** False when each paragraph is one line (the extraction did not hard-wrap). */
  readonly wrapped: boolean;
}

function isUrlLine(text: string): boolean {
  return /^\S*(?:https?:\/\/|www\.)\S*$/u.test(text.trim());
}

export function widthOf(line: RawLine, layout: Pick<LayoutStats, 'measure'>): number {
  return layout.measure === 'units' ? line.width : line.chars;
}

/** The width the first piece of the next line would have taken at the end of this one. */
export function leadingTokenWidth(text: string, measure: LayoutStats['measure']): number {
  const latin = /^[A-Za-z0-9(“"'[][A-Za-z0-9.,:;/_%&#=?+'"\])-]*/u.exec(text)?.[0] ?? '';
  // An opening mark cannot end a line: it travels with the character after it.
  const opening = /^[《「『（“‘〈【]+./u.exec(text)?.[0] ?? '';
  const first = latin !== '' ? latin : opening !== '' ? opening : firstChar(text);
  // A closing mark cannot start a line: it travels with the character before it.
  const closing = /^[，。、；：？！）》」』”’]+/u.exec(text.slice(first.length))?.[0] ?? '';
  const token = first + closing;
  return measure === 'units' ? displayWidth(token) : [...token].length;
}

function mode(values: readonly number[]): number | null {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: number | null = null;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== null && value > best)) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

/** Spread of the full lines around their usual width: the smaller, the likelier the measure. */
function spread(lines: readonly RawLine[], measure: LayoutStats['measure']): number {
  const widths = lines.map((line) => widthOf(line, { measure })).sort((a, b) => a - b);
  if (widths.length < 4) return Number.POSITIVE_INFINITY;
  const top = widths[Math.floor(widths.length * 0.9)] ?? 0;
  const full = widths.filter((width) => width >= top * 0.8);
  const usual = mode(full) ?? top;
  return full.reduce((sum, width) => sum + Math.abs(width - usual), 0) / (full.length * usual);
}

export function measureLayout(lines: readonly RawLine[]): LayoutStats {
  // Lines inside a paragraph: they do not end a sentence, and the next line goes on.
  const middles = lines.filter(
    (line, index) => !endsSentence(line.text) && index + 1 < lines.length && line.width >= 20,
  );
  const measure: LayoutStats['measure'] =
    spread(middles, 'chars') < spread(middles, 'units') * 0.7 ? 'chars' : 'units';
  const middleWidths = middles.map((line) => widthOf(line, { measure })).sort((a, b) => a - b);
  const top = middleWidths[Math.floor(middleWidths.length * 0.9)] ?? 70;
  const fullWidth = mode(middleWidths.filter((width) => width >= top * 0.8)) ?? top;

  // Trailing spaces mark ends when short finished lines carry one and full unfinished lines
  // rarely do (headings and the title block carry them too, so they say nothing).
  const enders = lines.filter((line) => endsSentence(line.text));
  const shortEnders = enders.filter((line) => widthOf(line, { measure }) < fullWidth * 0.6);
  // A space after a Latin word at a line end is ordinary word spacing, not a paragraph mark.
  const fullMiddles = middles.filter(
    (line) => widthOf(line, { measure }) >= fullWidth * 0.8 && !/[A-Za-z0-9]$/u.test(line.text),
  );
  const share = (group: readonly RawLine[]) =>
    group.length === 0 ? 0 : group.filter((line) => line.trailingSpace).length / group.length;
  const trailingSpaceMarksEnds =
    share(fullMiddles) < 0.3 &&
    enders.some((line) => line.trailingSpace) &&
    (shortEnders.length < 2 || share(shortEnders) >= 0.8);

  // Blank lines after every line say nothing. They separate paragraphs when they follow most
  // sure paragraph ends (a short line ending a sentence) and few lines inside a paragraph (only
  // page breaks put one there).
  let afterEnds = 0;
  let blankAfterEnds = 0;
  let inside = 0;
  let blankInside = 0;
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    if (!previous) return;
    const previousWidth = widthOf(previous, { measure });
    if (endsSentence(previous.text) && previousWidth < fullWidth * 0.6) {
      afterEnds += 1;
      if (line.blankBefore) blankAfterEnds += 1;
    } else if (!endsSentence(previous.text) && previousWidth >= fullWidth * 0.8) {
      inside += 1;
      if (line.blankBefore) blankInside += 1;
    }
  });
  const blankLinesSeparate =
    afterEnds >= 3 && blankAfterEnds >= afterEnds * 0.8 && blankInside <= inside * 0.15;

  // Hard-wrapped text is mostly lines of one width; one line per paragraph gives all widths.
  const long = lines.filter((line) => line.width >= 20);
  const nearFull = long.filter(
    (line) => Math.abs(widthOf(line, { measure }) - fullWidth) <= fullWidth * 0.1,
  );
  // A short text (few paragraphs, many headings, footnotes and URL lines) can have most of its
  // long lines off the body width. It is still wrapped when sentences run on from one line to the
  // next (a line stops after a comma, with more to come) and no finished line runs past the full
  // width, as nearly every paragraph of an unwrapped text does.
  const runOnLines = middles.filter(
    (line) => /[，、；：]/u.test(line.text) && !isUrlLine(line.text),
  );
  const overlongEnders = enders.filter((line) => widthOf(line, { measure }) > fullWidth * 1.1);
  const wrapped =
    (middles.length >= 5 && nearFull.length >= long.length * 0.5) ||
    (runOnLines.length >= 2 && overlongEnders.length === 0) ||
    (middles.length < 5 &&
      long.length > 0 &&
      long.filter((line) => endsSentence(line.text)).length < long.length * 0.7);

  return {
    measure,
    fullWidth,
    trailingSpaceMarksEnds,
    trailingSpaceShare: share(shortEnders),
    blankLinesSeparate,
    firstLineIndent: wrapped ? measureFirstLineIndent(lines, measure, fullWidth) : null,
    wrapped,
  };
}

/**
 * Where an extraction lost the paragraph numbers, the first line of a paragraph still runs short
 * by the number's indent. Measured on the lines that follow a sure paragraph end (a short line
 * ending a sentence) and go on to a next line.
 */
function measureFirstLineIndent(
  lines: readonly RawLine[],
  measure: LayoutStats['measure'],
  fullWidth: number,
): number | null {
  const shortfalls: number[] = [];
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    if (!previous || !endsSentence(previous.text) || endsSentence(line.text)) return;
    if (widthOf(previous, { measure }) > fullWidth * 0.7) return;
    const next = lines[index + 1];
    if (!next || widthOf(line, { measure }) < fullWidth * 0.7) return;
    shortfalls.push(fullWidth - widthOf(line, { measure }));
  });
  if (shortfalls.length < 3) return null;
  const usual = mode(shortfalls) ?? 0;
  const typical = shortfalls.filter((value) => Math.abs(value - usual) <= 2).length;
  return usual >= 3 && usual <= 12 && typical >= shortfalls.length * 0.5 ? usual : null;
}

/**
 * Evidence that a paragraph ends after `line` (log-odds: above 0, it ends), given the next line.
 * A paragraph never ends mid-sentence. Where it ends on a finished sentence, what says so is the
 * line stopping short of the next piece of text that would have fitted, a trailing space or a
 * blank line where the extraction uses them, or the next line starting indented like a first line.
 */
export function paragraphEndEvidence(
  line: RawLine,
  next: RawLine,
  layout: LayoutStats,
  lineIsFirst: boolean,
): number {
  if (!endsSentence(line.text)) return Number.NEGATIVE_INFINITY;
  if (!layout.wrapped) return 10;
  let evidence = 1;
  const width = widthOf(line, layout);
  const capacity =
    layout.fullWidth - (lineIsFirst && layout.firstLineIndent ? layout.firstLineIndent : 0);
  const room = capacity - width;
  const needed =
    leadingTokenWidth(next.text, layout.measure) + (layout.measure === 'units' ? 1 : 0);
  const short = room >= needed;
  // A first line runs short by its lost number's indent; where the text gave too few first lines
  // to measure it, a first line that stops within an indent of the full width says nothing.
  const maxIndent = layout.measure === 'units' ? 12 : 6;
  const unsure =
    lineIsFirst && layout.firstLineIndent === null && short && room < needed + maxIndent;
  evidence += unsure ? 0 : short ? 6 : -2.5;
  if (layout.trailingSpaceMarksEnds) {
    // Where nearly every paragraph end carries the space, a line without it goes on.
    const missing = layout.trailingSpaceShare >= 0.95 ? 8 : 3;
    evidence += line.trailingSpace ? 4 : short ? -missing : -4;
  }
  if (layout.blankLinesSeparate) evidence += next.blankBefore ? 4 : -3;
  // A sentence that refers back ("该项目……", "此外，……") goes on with the paragraph before it.
  if (CONTINUES_PARAGRAPH.test(next.text)) evidence -= 3;
  if (layout.firstLineIndent !== null) {
    const nextWidth = widthOf(next, layout);
    const firstShape =
      nextWidth <= layout.fullWidth - layout.firstLineIndent + 1 &&
      nextWidth >= layout.fullWidth - layout.firstLineIndent - 3;
    const fullShape = nextWidth > layout.fullWidth - layout.firstLineIndent + 1;
    // A next line that itself ends a sentence may be short because it ends the paragraph: its
    // width then says nothing of where the paragraph began.
    const nextEnds = endsSentence(next.text);
    evidence += firstShape && !nextEnds ? 3 : fullShape && !nextEnds ? -2 : 0;
  }
  return evidence;
}

/** Openings of a sentence that continues the paragraph before it (none opens a paragraph in the corpus). */
const CONTINUES_PARAGRAPH =
  /^(?:该|这|此外|另外|同时|因此|为此|随后|其中|但是|但|然而|并且|迄今为止|与会者|利益攸关方)/u;

/** The summary's paragraphs, and other unnumbered text: a sure end only. */
export function endsParagraph(
  line: RawLine,
  next: RawLine | undefined,
  layout: LayoutStats,
  isFirstLine = false,
): boolean {
  if (!next) return true;
  return paragraphEndEvidence(line, next, layout, isFirstLine) > 0;
}
