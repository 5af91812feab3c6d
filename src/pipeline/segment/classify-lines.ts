import { COUNT_MEASURE_WORDS, NUMBER_FOLLOWERS } from '../text/measure-words.ts';
import { FOOTNOTE_START, findFootnoteMarker, footnoteLooksComplete } from './footnote-markers.ts';
import { joinLines } from './join-lines.ts';
import { isBarePageNumber, isPageHeaderOrFooter, isUrlAnnotation } from './page-furniture.ts';
import type { RawLine } from './raw-lines.ts';
import type { SegmentWarning } from './segment-error.ts';

export interface RawFootnote {
  readonly number: number;
  readonly lines: RawLine[];
  /** Whether a marker in the text before it cites it. */
  readonly marked: boolean;
  /** How many content lines came before it: it sits at the bottom of that line's page. */
  readonly afterContentLine: number;
}

export interface ClassifiedLines {
  /** Lines of the title block, summary and body, in reading order, footnotes lifted out. */
  readonly content: RawLine[];
  readonly footnotes: RawFootnote[];
  readonly furniture: RawLine[];
  readonly annotations: RawLine[];
}

/** How far the numbering may jump when footnotes were lost in the extraction. */
const MAX_FOOTNOTE_GAP = 3;
/** Lines within which a page's notes reach its furniture or URL lines. */
const PAGE_BOTTOM_WINDOW = 10;
/** What follows a number in running text: a measure word, unit or punctuation, not a note. */
const BODY_AFTER_NUMBER = new RegExp(
  `^(?:[${COUNT_MEASURE_WORDS}${NUMBER_FOLLOWERS}和或及%％]|[，。、；：）)．.])`,
  'u',
);
/** How a footnote usually opens: a citation, a pointer to a document or a web address. */
const NOTE_OPENING =
  /^(?:见|参见|可查阅|同上|另见|详见|引自|[A-Z][A-Za-z]|www\.|https?:|[A-Z]{1,6}\/|《|“|")/u;

/**
 * Lifts page headers and footers, repeated URL lines and footnotes out of the running text.
 * A line "N text" opens footnote N (the next number, or a few past it when some were lost) when a
 * marker N in the text read since the previous footnote cites it, or when it stands where notes
 * stand, at the bottom of a page: after a rule line, beside page furniture or other notes. A line
 * whose text reads as running text ("116 个国家") is never a footnote.
 */
export function classifyLines(
  lines: readonly RawLine[],
  warnings: SegmentWarning[] = [],
): ClassifiedLines {
  const content: RawLine[] = [];
  const footnotes: RawFootnote[] = [];
  const furniture: RawLine[] = [];
  const annotations: RawLine[] = [];
  let open: RawFootnote | null = null;
  let textSinceFootnote = '';
  let footnoteText = '';
  const lastFootnote = () => footnotes[footnotes.length - 1]?.number ?? 0;

  lines.forEach((line, index) => {
    if (line.text === '') return;
    if (isPageHeaderOrFooter(line.text) || isBarePageNumber(lines, index)) {
      furniture.push(line);
      open = null;
      return;
    }
    // A URL line straight after a note that has not ended is the note's (its address, wrapped),
    // unless it repeats a whole address the notes already hold.
    const tailOfOpenNote = open !== null && !/[.。;；)）]$/u.test(lastLineOf(open));
    if (isUrlAnnotation(lines, index, footnoteText, tailOfOpenNote)) {
      annotations.push(line);
      return;
    }
    const start = footnoteStart(lines, index, lastFootnote(), textSinceFootnote, open);
    if (start) {
      if (start.number > lastFootnote() + 1) {
        warnings.push({
          line: line.number,
          code: 'footnote-numbers-skipped',
          message: `footnote ${start.number} follows footnote ${lastFootnote()}: ${
            start.number - lastFootnote() === 2
              ? `footnote ${lastFootnote() + 1} is missing`
              : `footnotes ${lastFootnote() + 1}-${start.number - 1} are missing`
          } (check the page bottoms around this line)`,
        });
      }
      open = {
        number: start.number,
        lines: [line],
        marked: start.marker !== null,
        afterContentLine: content.length,
      };
      footnotes.push(open);
      footnoteText += ` ${line.text}`;
      if (start.marker !== null) {
        textSinceFootnote = textSinceFootnote.slice(start.marker + String(start.number).length);
      }
      return;
    }
    if (open && (continuesFootnote(open, line) || unfinishedAbovePageEnd(open, lines, index))) {
      open.lines.push(line);
      footnoteText += line.text;
      return;
    }
    open = null;
    content.push(line);
    textSinceFootnote += `${line.text}\n`;
  });

  return { content, footnotes, furniture, annotations };
}

function footnoteStart(
  lines: readonly RawLine[],
  index: number,
  last: number,
  textSinceFootnote: string,
  open: RawFootnote | null,
): { number: number; marker: number | null } | null {
  const line = lines[index] as RawLine;
  const match = FOOTNOTE_START.exec(line.text);
  if (!match) return null;
  const number = Number(match[1]);
  const rest = match[2] ?? '';
  if (number <= last || number > last + MAX_FOOTNOTE_GAP || BODY_AFTER_NUMBER.test(rest)) {
    return null;
  }
  // A note continuing on this line ("…_\n23_april_2020.pdf") is not a new note.
  if (open && !footnoteLooksComplete(joinLines(open.lines.map((l) => l.text)))) {
    if (number !== last + 1) return null;
  }
  const marker = findFootnoteMarker(textSinceFootnote, number);
  if (marker !== null && (number === last + 1 || open !== null || atPageBottom(lines, index))) {
    return { number, marker };
  }
  if (open !== null && number === last + 1) return { number, marker: null };
  if (atPageBottom(lines, index) && (NOTE_OPENING.test(rest) || line.leadingSpace)) {
    return { number, marker: null };
  }
  return null;
}

/**
 * Notes stand below a rule (a line of spaces in some extractions), and their block ends at the
 * page furniture, the repeated URL lines or the end of the text, a few lines further on.
 */
function atPageBottom(lines: readonly RawLine[], index: number): boolean {
  for (let back = index - 1; back >= 0; back -= 1) {
    const previous = lines[back] as RawLine;
    if (previous.spacesOnly) return true;
    if (previous.text !== '') break;
  }
  let seen = 0;
  for (let ahead = index + 1; ahead < lines.length; ahead += 1) {
    const next = lines[ahead] as RawLine;
    if (next.text === '') continue;
    if (isPageHeaderOrFooter(next.text) || /^https?:\/\/\S+$/u.test(next.text)) return true;
    seen += 1;
    if (seen >= PAGE_BOTTOM_WINDOW) return false;
  }
  return true;
}

/**
 * "21 ……，见 A/HRC/63/52" + "以及 OHCHR, United Nations …": an unfinished note goes on with any
 * line before the page's footer, whatever its script: body text stands above the notes, never
 * between them and the footer.
 */
function unfinishedAbovePageEnd(
  footnote: RawFootnote,
  lines: readonly RawLine[],
  index: number,
): boolean {
  if (footnoteLooksComplete(joinLines(footnote.lines.map((l) => l.text)))) return false;
  let seen = 0;
  for (let ahead = index + 1; ahead < lines.length && seen < PAGE_BOTTOM_WINDOW; ahead += 1) {
    const next = lines[ahead] as RawLine;
    if (next.text === '') continue;
    if (isPageHeaderOrFooter(next.text) || /^https?:\/\/\S+$/u.test(next.text)) return true;
    seen += 1;
  }
  return false;
}

/** Lines that go on with a note even after a full stop: "……(LC/PUB.2018/8)。可查阅 https://…". */
const NOTE_CONTINUATION = /^(?:可查阅|参见|另见|见|See|Available at|www\.|https?:)/u;

function lastLineOf(footnote: RawFootnote): string {
  return footnote.lines[footnote.lines.length - 1]?.text.trim() ?? '';
}

/** A line that goes on with a list of addresses: a conjunction, then an address. */
const ADDRESS_AFTER_CONJUNCTION = /^(?:和|及|以及|或|与|and|or)\s*(?:https?:\/\/|www\.)/u;

function continuesFootnote(footnote: RawFootnote, line: RawLine): boolean {
  const soFar = joinLines(footnote.lines.map((l) => l.text));
  if (footnoteLooksComplete(soFar)) {
    const first = footnote.lines[0];
    return (
      NOTE_CONTINUATION.test(line.text) && line.leadingSpace === (first?.leadingSpace ?? false)
    );
  }
  // "…Darién 2024，" + "可查阅 www…": a note cut after Chinese punctuation that does not end a
  // sentence goes on, whatever script the next line opens with.
  // "17 https://learning.ohchr.org/…" + "2027 年，各国……": a note ending on an address goes on
  // only with the address's wrapped tail (no space, no Chinese), not with the body text after it.
  // "…/countries/field-" + "presences-map。其他……": an address cut inside a word (after - _ / = &)
  // goes on with its tail, whatever follows the tail on that line.
  if (/(?:https?:\/\/|www\.)\S*[-_/=&?%]$/u.test(soFar) && /^[A-Za-z0-9]/u.test(line.text.trim()))
    return true;
  // "See https://…/upr-main;" + "and https://…": an address closed by ; or , goes on with a list.
  if (/(?:https?:\/\/|www\.)\S*[;,]$/u.test(soFar))
    return !/^\p{Script=Han}/u.test(line.text.trim());
  // "见 https://…/a.pdf" + "和 https://…/b.pdf。": a Chinese note lists addresses joined by 和 or 及.
  if (/(?:https?:\/\/|www\.)\S+$/u.test(soFar) && ADDRESS_AFTER_CONJUNCTION.test(line.text.trim()))
    return true;
  if (/(?:https?:\/\/|www\.)\S+$/u.test(soFar))
    return !/[\s\p{Script=Han}]/u.test(line.text.trim());
  const endsInChinese = /[\p{Script=Han}，、：；（《“]$/u.test(soFar);
  const startsInChinese = /^\p{Script=Han}/u.test(line.text);
  return endsInChinese || !startsInChinese;
}
