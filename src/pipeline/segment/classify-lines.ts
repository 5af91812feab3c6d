import { FOOTNOTE_START, findFootnoteMarker, footnoteLooksComplete } from './footnote-markers.ts';
import { joinLines } from './join-lines.ts';
import { isBarePageNumber, isPageHeaderOrFooter, isUrlAnnotation } from './page-furniture.ts';
import type { RawLine } from './raw-lines.ts';

export interface RawFootnote {
  readonly number: number;
  readonly lines: RawLine[];
}

export interface ClassifiedLines {
  /** Lines of the title block, summary and body, in reading order, footnotes lifted out. */
  readonly content: RawLine[];
  readonly footnotes: RawFootnote[];
  readonly furniture: RawLine[];
  readonly annotations: RawLine[];
}

/**
 * Lifts page headers and footers, repeated URL lines and footnotes out of the running text.
 * A line opens footnote N only when N is the next footnote number and the text read since the
 * previous footnote carries marker N; this keeps "2 个国家" in the body.
 */
export function classifyLines(lines: readonly RawLine[]): ClassifiedLines {
  const content: RawLine[] = [];
  const footnotes: RawFootnote[] = [];
  const furniture: RawLine[] = [];
  const annotations: RawLine[] = [];
  let open: RawFootnote | null = null;
  let textSinceFootnote = '';
  let footnoteText = '';

  lines.forEach((line, index) => {
    if (line.text === '') return;
    if (isPageHeaderOrFooter(line.text) || isBarePageNumber(lines, index)) {
      furniture.push(line);
      return;
    }
    if (isUrlAnnotation(lines, index, footnoteText)) {
      annotations.push(line);
      return;
    }
    const start = FOOTNOTE_START.exec(line.text);
    const expected = footnotes.length + 1;
    // Where footnotes so far were all indented, an unindented "116 个国家" line is body text.
    const footnotesIndented =
      footnotes.length >= 2 && footnotes.every((f) => f.lines[0]?.leadingSpace);
    if (start && Number(start[1]) === expected && (line.leadingSpace || !footnotesIndented)) {
      const marker = findFootnoteMarker(textSinceFootnote, expected);
      if (marker !== null) {
        open = { number: expected, lines: [line] };
        footnotes.push(open);
        footnoteText += ` ${line.text}`;
        textSinceFootnote = textSinceFootnote.slice(marker + String(expected).length);
        return;
      }
    }
    if (open && continuesFootnote(open, line)) {
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

function continuesFootnote(footnote: RawFootnote, line: RawLine): boolean {
  const soFar = joinLines(footnote.lines.map((l) => l.text));
  if (footnoteLooksComplete(soFar)) return false;
  const endsInChinese = /\p{Script=Han}$/u.test(soFar);
  const startsInChinese = /^\p{Script=Han}/u.test(line.text);
  return endsInChinese || !startsInChinese;
}
