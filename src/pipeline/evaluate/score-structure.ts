import type { Paragraph, Section } from '../../domain/paragraphs.ts';

/** What a correct segmenter recovers from a text, known from its source, not from the pipeline. */
export interface ExpectedStructure {
  readonly paragraphs: readonly {
    readonly number: number;
    /** The paragraph's text without footnote markers. */
    readonly text: string;
    readonly footnotes: readonly number[];
  }[];
  readonly footnotes: readonly { readonly number: number; readonly text: string }[];
  readonly sections: readonly { readonly level: Section['level']; readonly title: string }[];
  /** Whether the layout kept the markers, so that each footnote can be tied to its paragraph. */
  readonly markersKept: boolean;
}

export interface Count {
  readonly gold: number;
  readonly predicted: number;
  readonly matched: number;
}

export interface StructureScore {
  /** Same number, same text (markers removed). */
  readonly paragraphs: Count;
  /** Same number, same text. */
  readonly footnotes: Count;
  /** Footnotes attached to the paragraph that cites them (only where markers were kept). */
  readonly footnoteLinks: Count;
  /** Same level and title, in order. */
  readonly sections: Count;
  /** Paragraphs whose text holds page furniture or a footnote's URL that the source does not. */
  readonly leaks: readonly string[];
  /** The first differences, for reading. */
  readonly differences: readonly string[];
}

const FURNITURE = [
  /(?:https?:\/\/|www\.)\S+/u,
  /GE\.\d{2}-\d{5}/u,
  /(?:^|\s)[A-Z]{1,6}(?:\/[A-Z0-9.]+){2,}(?:\s|$)/u,
];

export function withoutMarkers(paragraph: Pick<Paragraph, 'text' | 'footnoteRefs'>): string {
  let text = '';
  let last = 0;
  for (const ref of [...paragraph.footnoteRefs].sort((a, b) => a.start - b.start)) {
    text += paragraph.text.slice(last, ref.start);
    last = ref.end;
  }
  return text + paragraph.text.slice(last);
}

export function scoreStructure(
  expected: ExpectedStructure,
  paragraphs: readonly Paragraph[],
  sections: readonly Section[],
): StructureScore {
  const differences: string[] = [];
  const note = (line: string) => {
    if (differences.length < 12) differences.push(line);
  };
  const byNumber = new Map(paragraphs.map((paragraph) => [paragraph.number, paragraph]));
  let paragraphMatches = 0;
  for (const gold of expected.paragraphs) {
    const found = byNumber.get(gold.number);
    const text = found ? withoutMarkers(found) : null;
    if (text === gold.text) paragraphMatches += 1;
    else
      note(
        `¶${gold.number}: ${text === null ? 'missing' : `"${clip(text)}" ≠ "${clip(gold.text)}"`}`,
      );
  }

  const predictedFootnotes = paragraphs.flatMap((paragraph) =>
    paragraph.footnotes.map((footnote) => ({ ...footnote, paragraph: paragraph.number })),
  );
  const footnoteByNumber = new Map(
    predictedFootnotes.map((footnote) => [footnote.number, footnote]),
  );
  let footnoteMatches = 0;
  for (const gold of expected.footnotes) {
    const found = footnoteByNumber.get(gold.number);
    if (found?.text === gold.text) footnoteMatches += 1;
    else note(`footnote ${gold.number}: ${found ? `"${clip(found.text)}"` : 'missing'}`);
  }
  let linkGold = 0;
  let linkMatches = 0;
  if (expected.markersKept) {
    for (const gold of expected.paragraphs) {
      for (const number of gold.footnotes) {
        linkGold += 1;
        // A note cited again is listed under each paragraph that cites it.
        if (byNumber.get(gold.number)?.footnotes.some((f) => f.number === number)) {
          linkMatches += 1;
        }
      }
    }
  }

  let sectionMatches = 0;
  expected.sections.forEach((gold, index) => {
    const found = sections[index];
    if (found?.level === gold.level && found.title === gold.title) sectionMatches += 1;
    else note(`section ${index + 1}: ${found ? `${found.level} "${found.title}"` : 'missing'}`);
  });

  const goldText = new Map(
    expected.paragraphs.map((paragraph) => [paragraph.number, paragraph.text]),
  );
  const leaks = paragraphs.flatMap((paragraph) => {
    const text = withoutMarkers(paragraph);
    const source = goldText.get(paragraph.number) ?? '';
    return FURNITURE.filter((pattern) => pattern.test(text) && !pattern.test(source)).map(
      (pattern) => `¶${paragraph.number}: ${pattern.exec(text)?.[0]?.trim() ?? ''}`,
    );
  });

  return {
    paragraphs: {
      gold: expected.paragraphs.length,
      predicted: paragraphs.length,
      matched: paragraphMatches,
    },
    footnotes: {
      gold: expected.footnotes.length,
      predicted: predictedFootnotes.length,
      matched: footnoteMatches,
    },
    footnoteLinks: { gold: linkGold, predicted: linkGold, matched: linkMatches },
    sections: {
      gold: expected.sections.length,
      predicted: sections.length,
      matched: sectionMatches,
    },
    leaks,
    differences,
  };
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 18)}…${text.slice(-18)}` : text;
}
