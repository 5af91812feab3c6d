import { nonSpace } from './char-classes.ts';
import type { RawLine } from './raw-lines.ts';
import { SegmentError } from './segment-error.ts';

export type TextCategory = 'furniture' | 'metadata' | 'heading' | 'paragraph' | 'footnote';

export interface CoverageReport {
  /** Non-space characters of the input per category; they add up to the input's. */
  readonly characters: Record<TextCategory, number>;
  readonly inputCharacters: number;
}

/**
 * The text-loss check: every non-blank input line belongs to exactly one category, and every
 * output text holds exactly the non-space characters of the lines it was built from.
 */
export class TextCoverage {
  private readonly owner = new Map<number, TextCategory>();
  private readonly characters: Record<TextCategory, number> = {
    furniture: 0,
    metadata: 0,
    heading: 0,
    paragraph: 0,
    footnote: 0,
  };

  assign(lines: readonly RawLine[], category: TextCategory): void {
    for (const line of lines) {
      const previous = this.owner.get(line.number);
      if (previous) {
        throw new SegmentError(
          `text assigned twice (as ${previous} and as ${category})`,
          line.number,
        );
      }
      this.owner.set(line.number, category);
      this.characters[category] += nonSpace(line.text).length;
    }
  }

  /** The output must hold the lines' characters, less `removed` (a printed number, say). */
  expectSame(lines: readonly RawLine[], output: string, removed = ''): void {
    const expected = nonSpace(lines.map((line) => line.text).join(''));
    const actual = nonSpace(removed) + nonSpace(output);
    if (expected !== actual) {
      const at = [...expected].findIndex((char, index) => [...actual][index] !== char);
      throw new SegmentError(
        `text lost or altered while joining (first difference at character ${at})`,
        lines[0]?.number ?? null,
      );
    }
  }

  report(allLines: readonly RawLine[]): CoverageReport {
    const leftover = allLines.find((line) => line.text !== '' && !this.owner.has(line.number));
    if (leftover) throw new SegmentError('text left unassigned by the segmenter', leftover.number);
    const inputCharacters = allLines.reduce((sum, line) => sum + nonSpace(line.text).length, 0);
    return { characters: { ...this.characters }, inputCharacters };
  }
}
