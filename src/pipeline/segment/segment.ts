import type { Paragraph, ReportMetadata, Section } from '../../domain/paragraphs.ts';
import { buildUnits } from './build-units.ts';
import type { DocumentUnits, HeadingUnit, ParagraphUnit } from './build-units.ts';
import { classifyLines } from './classify-lines.ts';
import { checkCrossReferences, findCrossReferences } from './cross-references.ts';
import { numberParagraphs, toUnits } from './number-paragraphs.ts';
import { matchNumbered } from './headings.ts';
import { joinLines } from './join-lines.ts';
import { endsSentence } from './layout.ts';
import type { LayoutStats } from './layout.ts';
import { linkFootnotes, linkRepeatedCitations } from './link-footnotes.ts';
import type { MarkedText } from './link-footnotes.ts';
import { toRawLines } from './raw-lines.ts';
import { SegmentError } from './segment-error.ts';
import type { SegmentWarning } from './segment-error.ts';
import { TextCoverage } from './text-coverage.ts';
import type { CoverageReport } from './text-coverage.ts';

export interface SegmentResult {
  readonly metadata: ReportMetadata;
  readonly sections: Section[];
  readonly paragraphs: Paragraph[];
  readonly warnings: SegmentWarning[];
  readonly layout: LayoutStats & { readonly numbering: DocumentUnits['numbering'] };
  readonly coverage: CoverageReport;
}

/** Raw extracted report text -> title block, summary, section tree, numbered paragraphs, footnotes. */
export function segment(input: string, symbol: string): SegmentResult {
  const lines = toRawLines(input);
  if (lines.every((line) => line.text === '')) throw new SegmentError('the text is empty');
  const warnings: SegmentWarning[] = [];
  const coverage = new TextCoverage();
  const classified = classifyLines(lines, warnings);
  coverage.assign([...classified.furniture, ...classified.annotations], 'furniture');
  const units = buildUnits(classified.content, warnings);
  const body = toUnits(units.plan, numberParagraphs(units.plan, warnings));

  coverage.assign(units.titleBlock, 'metadata');
  if (units.summaryHeading) coverage.assign([units.summaryHeading], 'metadata');
  const summaryTexts = units.summary.map((unit) => unitText(unit, coverage, 'metadata'));
  const sections: Section[] = [];
  const paragraphs: Paragraph[] = [];
  const paragraphTexts: MarkedText[] = [];
  let path: Section[] = [];
  let counted = 0;

  for (const unit of body) {
    if (unit.kind === 'heading') {
      const section = toSection(unit, path, symbol, coverage);
      path = [
        ...path.filter((parent) => levelRank(parent.level) < levelRank(section.level)),
        section,
      ];
      sections.push(section);
      continue;
    }
    counted += 1;
    // A misprinted number has its own warning (paragraph-number-repeated).
    const misprinted = matchNumbered(unit.lines[0]?.text ?? '') !== null;
    if (units.numbering === 'printed' && unit.printedNumber === null && !misprinted) {
      warnings.push({
        line: firstLine(unit),
        code: 'missing-paragraph-numbers',
        message: `paragraph ${counted} has no printed number (the others do): its start is read from the layout (check the text around this line)`,
      });
    }
    const marked: MarkedText = { text: unitText(unit, coverage, 'paragraph'), refs: [] };
    paragraphTexts.push(marked);
    paragraphs.push({
      report: symbol,
      number: counted,
      section: path.map((section) => section.id),
      text: marked.text,
      footnotes: [],
      footnoteRefs: marked.refs,
      numberSource: unit.printedNumber === null ? 'recovered' : 'printed',
      lines: { first: firstLine(unit), last: lastLine(unit) },
    });
  }
  if (paragraphs.length === 0)
    throw new SegmentError('no numbered paragraph found after the headings');

  const lastParagraph = paragraphs[paragraphs.length - 1];
  if (lastParagraph && !endsSentence(lastParagraph.text)) {
    warnings.push({
      line: lastParagraph.lines.last,
      code: 'text-ends-mid-sentence',
      message: `the last paragraph (${lastParagraph.number}) ends mid-sentence: the text may be truncated; check that the file holds the whole report`,
    });
  }

  const footnoteTexts = new Map<number, string>();
  for (const footnote of classified.footnotes) {
    const text = joinLines(footnote.lines.map((line) => line.text)).replace(/^\d{1,3}\s+/u, '');
    coverage.assign(footnote.lines, 'footnote');
    coverage.expectSame(footnote.lines, text, String(footnote.number));
    footnoteTexts.set(footnote.number, text);
  }
  const summaryMarked = summaryTexts.map((text) => ({ text, refs: [] }));
  // A note that no marker before it on its page cites is not searched for elsewhere.
  const marked = classified.footnotes.filter((footnote) => footnote.marked);
  const citedIn = linkFootnotes(
    [...summaryMarked, ...paragraphTexts],
    marked.map((footnote) => footnote.number),
  );
  const citedAgainIn = linkRepeatedCitations([...summaryMarked, ...paragraphTexts], citedIn);
  for (const footnote of classified.footnotes) {
    const textIndex = citedIn.get(footnote.number);
    const paragraph =
      textIndex === undefined
        ? paragraphAtPageBottom(paragraphs, classified.content, footnote)
        : paragraphs[textIndex - summaryMarked.length];
    if (textIndex === undefined) {
      warnings.push({
        line: footnote.lines[0]?.number ?? null,
        code: 'footnote-without-marker',
        message: paragraph
          ? `footnote ${footnote.number}: no marker cites it in the text; attached to paragraph ${paragraph.number}, the last one before it on its page`
          : `footnote ${footnote.number}: no marker cites it in the text, and no paragraph precedes it`,
      });
    }
    paragraph?.footnotes.push({
      number: footnote.number,
      text: footnoteTexts.get(footnote.number) ?? '',
    });
    for (const againIndex of citedAgainIn.get(footnote.number) ?? []) {
      const citing = paragraphs[againIndex - summaryMarked.length];
      if (citing && citing !== paragraph) {
        citing.footnotes.push({
          number: footnote.number,
          text: footnoteTexts.get(footnote.number) ?? '',
        });
      }
    }
  }
  for (const paragraph of paragraphs) paragraph.footnotes.sort((a, b) => a.number - b.number);

  const crossReferences = findCrossReferences(paragraphs);
  const lineOf = (number: number) =>
    paragraphs.find((p) => p.number === number)?.lines.first ?? null;
  warnings.push(...checkCrossReferences(crossReferences, paragraphs, lineOf));

  const titleBlock = units.titleBlock.map((line) => line.text);
  return {
    metadata: {
      symbol,
      registry: null,
      titleBlock,
      title: guessTitle(titleBlock),
      summary: summaryTexts.length > 0 ? summaryTexts.join('\n') : null,
      paragraphCount: paragraphs.length,
      footnoteCount: footnoteTexts.size,
      crossReferences,
    },
    sections,
    paragraphs,
    warnings,
    layout: { ...units.layout, numbering: units.numbering },
    coverage: coverage.report(lines),
  };
}

/** The paragraph holding the last body line before the footnote (it sits at that page's bottom). */
function paragraphAtPageBottom(
  paragraphs: readonly Paragraph[],
  content: readonly { readonly number: number }[],
  footnote: { readonly afterContentLine: number },
): Paragraph | undefined {
  const line = content[footnote.afterContentLine - 1]?.number;
  if (line === undefined) return undefined;
  return paragraphs.findLast((paragraph) => paragraph.lines.first <= line);
}

function unitText(
  unit: ParagraphUnit,
  coverage: TextCoverage,
  category: 'metadata' | 'paragraph',
): string {
  const texts = unit.lines.map((line) => line.text);
  let removed = '';
  if (unit.printedNumber !== null && texts[0] !== undefined) {
    const numbered = matchNumbered(texts[0]);
    removed = texts[0].slice(0, texts[0].length - (numbered?.rest.length ?? 0));
    texts[0] = numbered?.rest ?? texts[0];
  }
  const text = joinLines(texts);
  coverage.assign(unit.lines, category);
  coverage.expectSame(unit.lines, text, removed);
  return text;
}

function toSection(
  unit: HeadingUnit,
  path: readonly Section[],
  symbol: string,
  coverage: TextCoverage,
): Section {
  const { heading } = unit;
  const title = joinLines([heading.title, ...unit.lines.slice(1).map((line) => line.text)]);
  coverage.assign(unit.lines, 'heading');
  coverage.expectSame(unit.lines, title, heading.label);
  const parents = path.filter((parent) => levelRank(parent.level) < levelRank(heading.level));
  const parent = parents[parents.length - 1] ?? null;
  const id = parent ? `${parent.id}.${heading.key}` : heading.key;
  return {
    report: symbol,
    id,
    level: heading.level,
    label: heading.label,
    title,
    parent: parent?.id ?? null,
  };
}

function levelRank(level: Section['level']): number {
  return level === 'chapter' ? 0 : level === 'subsection' ? 1 : 2;
}

function firstLine(unit: ParagraphUnit): number {
  return unit.lines[0]?.number ?? 0;
}

function lastLine(unit: ParagraphUnit): number {
  return unit.lines[unit.lines.length - 1]?.number ?? 0;
}

/** The report title is the line above "…的报告" in the title block. */
function guessTitle(titleBlock: readonly string[]): string | null {
  const byline = titleBlock.findLastIndex((line) => /(?:的报告|Report of)/u.test(line));
  if (byline > 0) return titleBlock[byline - 1] ?? null;
  return titleBlock[titleBlock.length - 1] ?? null;
}
