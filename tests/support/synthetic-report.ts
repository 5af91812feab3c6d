/**
 * Builds report texts laid out the way the PDF extraction of A/HRC/44/28 lays them out: lines
 * hard-wrapped at a fixed width with a blank line after each, the first line of a paragraph
 * indented, a trailing space after a paragraph's last line (and, as in the real text, after some
 * mid-paragraph lines that end on a Latin word), footnotes and page furniture at page breaks,
 * each footnote URL repeated after the footnotes, and the body resuming with a leading space.
 * It returns the text and what a correct segmenter must recover from it.
 */
import { displayWidth } from '../../src/pipeline/segment/char-classes.ts';

export const FULL_WIDTH = 70;
const FIRST_LINE_WIDTH = FULL_WIDTH - 4;
const SYMBOL = 'A/HRC/44/28';

export type Piece = { kind: 'han'; text: string } | { kind: 'latin'; text: string };

export interface SentenceSpec {
  readonly clauses: readonly (readonly Piece[])[];
  readonly footnote: string | null;
}

export interface ParagraphSpec {
  readonly sentences: readonly SentenceSpec[];
  /** A trailing space after this many mid-paragraph lines that end on a Latin word. */
  readonly quirkySpaces: boolean;
}

export interface SectionSpec {
  readonly title: string;
  readonly paragraphs: readonly ParagraphSpec[];
  readonly subsections: readonly {
    readonly title: string;
    readonly paragraphs: readonly ParagraphSpec[];
    readonly numbered: readonly {
      readonly title: string;
      readonly paragraphs: readonly ParagraphSpec[];
    }[];
  }[];
}

export interface ReportSpec {
  readonly chapters: readonly SectionSpec[];
  /** Body lines per page. */
  readonly pageLength: number;
  readonly printFirstNumber: boolean;
}

export interface ExpectedParagraph {
  readonly number: number;
  readonly section: string[];
  readonly text: string;
  readonly footnotes: { number: number; text: string }[];
}

export interface SyntheticReport {
  readonly text: string;
  readonly paragraphs: ExpectedParagraph[];
  readonly sectionIds: string[];
}

const CHAPTER_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const LETTERS = 'ABCDEFGH';

interface Token {
  readonly text: string;
  /** A space goes before this token in the running text. */
  readonly spaceBefore: boolean;
}

/** The paragraph as tokens the wrapper may break between, and its canonical text. */
function tokenize(
  paragraph: ParagraphSpec,
  footnoteNumber: () => number,
  footnotes: Map<number, string>,
) {
  const tokens: Token[] = [];
  const refs: { number: number; token: number }[] = [];
  let previous: 'han' | 'latin' | 'punct' | null = null;
  const push = (text: string, kind: 'han' | 'latin' | 'punct') => {
    const spaceBefore =
      previous !== null &&
      ((previous === 'latin' && kind !== 'punct') || (previous === 'han' && kind === 'latin'));
    tokens.push({ text, spaceBefore });
    previous = kind;
  };
  for (const sentence of paragraph.sentences) {
    sentence.clauses.forEach((clause, index) => {
      if (index > 0) push('，', 'punct');
      for (const piece of clause) {
        if (piece.kind === 'latin') push(piece.text, 'latin');
        else for (const char of piece.text) push(char, 'han');
      }
    });
    if (sentence.footnote === null) {
      push('。', 'punct');
    } else {
      // A marker is set superscript against its stop: a line never breaks between them.
      const number = footnoteNumber();
      footnotes.set(number, sentence.footnote);
      refs.push({ number, token: tokens.length });
      push(`。${number}`, 'punct');
      previous = 'latin';
    }
  }
  const text = tokens
    .map((token, index) => (index > 0 && token.spaceBefore ? ' ' : '') + token.text)
    .join('');
  return { tokens, text, refs };
}

/**
 * Greedy wrapping at the printed width; the first line is narrower (the number's indent).
 * Returns the lines and, for each, how many tokens the paragraph has used up by its end.
 */
function wrap(
  tokens: readonly Token[],
  quirkySpaces: boolean,
): { lines: string[]; usedAfter: number[] } {
  const lines: string[] = [];
  const usedAfter: number[] = [];
  let line = '';
  let budget = FIRST_LINE_WIDTH;
  tokens.forEach((token, index) => {
    const addition = (line !== '' && token.spaceBefore ? ' ' : '') + token.text;
    if (line !== '' && displayWidth(line + addition) > budget) {
      const endsOnLatin = /[A-Za-z]$/u.test(line);
      lines.push(line + (quirkySpaces && token.spaceBefore && endsOnLatin ? ' ' : ''));
      usedAfter.push(index);
      line = token.text;
      budget = FULL_WIDTH;
    } else {
      line += addition;
    }
  });
  lines.push(`${line} `);
  usedAfter.push(tokens.length);
  return { lines, usedAfter };
}

export function layOutReport(spec: ReportSpec): SyntheticReport {
  const out: string[] = [];
  const expected: ExpectedParagraph[] = [];
  const sectionIds: string[] = [];
  const footnotes = new Map<number, string>();
  let nextFootnote = 1;
  let pending: number[] = [];
  let linesOnPage = 0;
  let resumeWithSpace = false;
  let page = 1;

  const emit = (line: string) => {
    out.push(resumeWithSpace ? ` ${line}` : line, '');
    resumeWithSpace = false;
    linesOnPage += 1;
    if (linesOnPage >= spec.pageLength) breakPage();
  };
  const breakPage = () => {
    linesOnPage = 0;
    page += 1;
    if (pending.length > 0) {
      out.push('  ', '');
      for (const number of pending) out.push(` ${number} ${footnotes.get(number)} `, '');
      for (const number of pending) {
        const url = /www\.\S+?(?=。)/u.exec(footnotes.get(number) ?? '')?.[0];
        if (url) out.push(`http://${url}`, `http://${url}`);
      }
      resumeWithSpace = true;
      pending = [];
    }
    out.push(
      '',
      `${SYMBOL} `,
      '',
      page % 2 === 0 ? `GE.20-06161 ${page} ` : `${page} GE.20-06161 `,
      '',
    );
  };
  const heading = (label: string, title: string) => emit(` ${label} ${title} `);
  const paragraphs = (specs: readonly ParagraphSpec[], section: string[]) => {
    for (const paragraph of specs) {
      const { tokens, text, refs } = tokenize(paragraph, () => nextFootnote++, footnotes);
      const number = expected.length + 1;
      const { lines, usedAfter } = wrap(tokens, paragraph.quirkySpaces);
      if (number === 1 && spec.printFirstNumber) lines[0] = `1. ${lines[0]}`;
      expected.push({
        number,
        section,
        text,
        footnotes: refs.map((ref) => ({
          number: ref.number,
          text: footnotes.get(ref.number) ?? '',
        })),
      });
      let cited = 0;
      lines.forEach((line, index) => {
        const used = usedAfter[index] ?? 0;
        while (cited < refs.length && (refs[cited]?.token ?? Infinity) < used) {
          pending.push(refs[cited]?.number ?? 0);
          cited += 1;
        }
        emit(line);
      });
    }
  };

  out.push(
    ' 人权理事会 ',
    '',
    '第四十四届会议 ',
    '',
    '  测试报告的标题 ',
    '',
    '  联合国人权事务高级专员的报告 ',
    '',
  );
  spec.chapters.forEach((chapter, c) => {
    const chapterId = ROMAN[c] ?? 'X';
    sectionIds.push(chapterId);
    heading(`${CHAPTER_NUMERALS[c]}.`, chapter.title);
    paragraphs(chapter.paragraphs, [chapterId]);
    chapter.subsections.forEach((subsection, s) => {
      const subsectionId = `${chapterId}.${LETTERS[s]}`;
      sectionIds.push(subsectionId);
      heading(`${LETTERS[s]}.`, subsection.title);
      paragraphs(subsection.paragraphs, [chapterId, subsectionId]);
      subsection.numbered.forEach((numbered, n) => {
        const id = `${subsectionId}.${n + 1}`;
        sectionIds.push(id);
        heading(`${n + 1}.`, numbered.title);
        paragraphs(numbered.paragraphs, [chapterId, subsectionId, id]);
      });
    });
  });
  if (pending.length > 0) breakPage();
  return { text: out.join('\n'), paragraphs: expected, sectionIds };
}
