import { displayWidth } from './char-classes.ts';

/** One line of the raw text, with the layout signals the segmenter reads. */
export interface RawLine {
  /** 1-based line number in the input. */
  readonly number: number;
  readonly raw: string;
  readonly text: string;
  readonly width: number;
  readonly trailingSpace: boolean;
  readonly leadingSpace: boolean;
  /** Characters (code points), for extractions that wrap by character count. */
  readonly chars: number;
  /** A line of spaces only: some extractions mark the footnote rule of a page with one. */
  readonly spacesOnly: boolean;
  /** The raw line before it is blank (empty or spaces only). */
  readonly blankBefore: boolean;
}

export function toRawLines(input: string): RawLine[] {
  const normalised = input.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
  const raws = normalised.split('\n');
  return raws.map((raw, index) => {
    const text = raw.trim();
    return {
      number: index + 1,
      raw,
      text,
      width: displayWidth(text),
      trailingSpace: text !== '' && /\s$/u.test(raw),
      leadingSpace: text !== '' && /^\s/u.test(raw),
      chars: [...text].length,
      spacesOnly: text === '' && raw.length > 0,
      blankBefore: index > 0 && (raws[index - 1] ?? '').trim() === '',
    };
  });
}
