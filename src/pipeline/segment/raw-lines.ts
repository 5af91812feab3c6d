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
}

export function toRawLines(input: string): RawLine[] {
  const normalised = input.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
  return normalised.split('\n').map((raw, index) => {
    const text = raw.trim();
    return {
      number: index + 1,
      raw,
      text,
      width: displayWidth(text),
      trailingSpace: text !== '' && /\s$/u.test(raw),
      leadingSpace: text !== '' && /^\s/u.test(raw),
    };
  });
}
