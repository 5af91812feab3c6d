import type { RawLine } from './raw-lines.ts';

/** Ends a sentence, allowing closing quotes or brackets and a footnote marker after the stop. */
const SENTENCE_END = /[。！？!?](?:[”’」』)）])*\d{0,3}$/u;

export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

export interface LayoutStats {
  /** Printed width of a full line of body text, in half-width units. */
  readonly fullWidth: number;
  /** Whether this extraction marks paragraph ends with a trailing space. */
  readonly trailingSpaceMarksEnds: boolean;
  /** False when each paragraph is one line (the extraction did not hard-wrap). */
  readonly wrapped: boolean;
}

export function measureLayout(lines: readonly RawLine[]): LayoutStats {
  const widths = lines
    .map((line) => line.width)
    .filter((width) => width >= 20)
    .sort((a, b) => a - b);
  const fullWidth = widths[Math.floor(widths.length * 0.75)] ?? 70;
  // Trailing spaces mark ends when short finished lines carry one and full unfinished lines
  // rarely do (headings and the title block carry them too, so they say nothing).
  const enders = lines.filter((line) => endsSentence(line.text));
  const shortEnders = enders.filter((line) => line.width < fullWidth * 0.6);
  // A space after a Latin word at a line end is ordinary word spacing, not a paragraph mark.
  const middles = lines.filter(
    (line) =>
      !endsSentence(line.text) && line.width >= fullWidth * 0.8 && !/[A-Za-z0-9]$/u.test(line.text),
  );
  const share = (group: readonly RawLine[]) =>
    group.length === 0 ? 0 : group.filter((line) => line.trailingSpace).length / group.length;
  const trailingSpaceMarksEnds =
    share(middles) < 0.3 &&
    enders.some((line) => line.trailingSpace) &&
    (shortEnders.length < 2 || share(shortEnders) >= 0.8);
  const long = lines.filter((line) => line.width >= 20);
  const wrapped = long.filter((line) => endsSentence(line.text)).length < long.length * 0.7;
  return { fullWidth, trailingSpaceMarksEnds, wrapped };
}

/** The first line of a numbered paragraph is indented past its lost number, so it runs short. */
export function looksLikeFirstLine(line: RawLine, layout: LayoutStats): boolean {
  return line.width >= layout.fullWidth - 10 && line.width <= layout.fullWidth - 3;
}

/**
 * Whether a paragraph ends after `line`, given the next line of running text. A paragraph ends
 * on a finished sentence; a trailing space (where the extraction uses them), a short last line
 * or an indented next line confirms it. A colon never ends one: a quotation follows. The first
 * line of a paragraph is indented, so it must be shorter still to count as short.
 */
export function endsParagraph(
  line: RawLine,
  next: RawLine | undefined,
  layout: LayoutStats,
  isFirstLine = false,
): boolean {
  if (!next) return true;
  if (!endsSentence(line.text)) return false;
  if (!layout.wrapped) return true;
  if (layout.trailingSpaceMarksEnds)
    return line.trailingSpace || line.width < layout.fullWidth * 0.75;
  const short = line.width < layout.fullWidth - (isFirstLine ? 12 : 6);
  return short || looksLikeFirstLine(next, layout);
}
