import type { BodyPlan, BodyUnit, ParagraphUnit } from './build-units.ts';
import { lineSeparator } from './join-lines.ts';
import type { SegmentWarning } from './segment-error.ts';

/** The paragraph holding body line `line` has number `number`. */
export interface Anchor {
  readonly line: number;
  readonly number: number;
}

export interface Reading {
  /** Per paragraph line: whether a paragraph starts there. */
  readonly starts: boolean[];
  /** The evidence overruled to reach it. */
  readonly cost: number;
}

/**
 * The cheapest reading of the paragraph breaks that puts every anchor's line in the paragraph it
 * names. Between two anchors the number of breaks is fixed, and each free break is independent of
 * the others, so the cheapest way to add (or drop) k breaks is to overrule the k weakest readings.
 * Null when an anchor cannot be met.
 */
export function solveBreaks(plan: BodyPlan, anchors: readonly Anchor[]): Reading | null {
  const starts = plan.gaps.map((gap) => gap.forced ?? gap.base);
  let cost = 0;
  const sorted = [...anchors].sort((a, b) => a.line - b.line);
  let fromLine = -1;
  let fromNumber = 0;
  for (const anchor of sorted) {
    if (anchor.line === fromLine) {
      if (anchor.number !== fromNumber) return null;
      continue;
    }
    const range: number[] = [];
    for (let line = fromLine + 1; line <= anchor.line; line += 1) range.push(line);
    const current = range.filter((line) => starts[line]).length;
    const delta = anchor.number - fromNumber - current;
    if (delta !== 0) {
      const flippable = range
        .filter((line) => plan.gaps[line]?.forced === null && starts[line] === delta < 0)
        .sort((a, b) => (plan.gaps[a]?.cost ?? 0) - (plan.gaps[b]?.cost ?? 0));
      if (flippable.length < Math.abs(delta)) return null;
      for (const line of flippable.slice(0, Math.abs(delta))) {
        starts[line] = delta > 0;
        cost += plan.gaps[line]?.cost ?? 0;
      }
    }
    fromLine = anchor.line;
    fromNumber = anchor.number;
  }
  return { starts, cost };
}

/** Paragraph number of each paragraph line under a reading. */
export function numbersOf(starts: readonly boolean[]): number[] {
  let count = 0;
  return starts.map((start) => (count += start ? 1 : 0));
}

interface PlanSections {
  /** Per paragraph line, the path of section keys it sits in, e.g. "IV/IV.A". */
  readonly pathOf: readonly string[];
  /** Per heading, the first and last paragraph lines of its own block and of its whole section. */
  readonly spans: readonly {
    first: number;
    blockLast: number;
    sectionLast: number;
    path: string;
  }[];
}

const LEVEL_RANK = { chapter: 0, subsection: 1, subsubsection: 2 } as const;

export function planSections(plan: BodyPlan): PlanSections {
  const pathOf: string[] = [];
  const spans: { first: number; blockLast: number; sectionLast: number; path: string }[] = [];
  let stack: { key: string; rank: number }[] = [];
  const headingPaths = plan.headings.map(({ unit }) => {
    const rank = LEVEL_RANK[unit.heading.level];
    stack = [...stack.filter((entry) => entry.rank < rank), { key: unit.heading.key, rank }];
    return { path: stack.map((entry) => entry.key).join('.'), rank };
  });
  plan.headings.forEach(({ before }, index) => {
    const next = plan.headings[index + 1];
    const end = next ? next.before : plan.lines.length;
    for (let line = before; line < end; line += 1) pathOf[line] = headingPaths[index]?.path ?? '';
    const rank = headingPaths[index]?.rank ?? 0;
    const closing = plan.headings.findIndex(
      (other, at) => at > index && (headingPaths[at]?.rank ?? 0) <= rank,
    );
    const sectionEnd = closing < 0 ? plan.lines.length : (plan.headings[closing]?.before ?? 0);
    spans.push({
      first: before,
      blockLast: end - 1,
      sectionLast: sectionEnd - 1,
      path: headingPaths[index]?.path ?? '',
    });
  });
  return { pathOf, spans };
}

export interface PlanReference {
  readonly line: number;
  readonly text: string;
  readonly below: boolean;
  readonly from: number;
  readonly to: number;
}

const REFERENCE = /(上文|下文)第\s*(\d{1,3})\s*(?:(?:至|到|-|–|—)\s*(\d{1,3})\s*)?段/gu;

/** The report's references to its own paragraphs, found in each run of paragraph lines. */
export function findPlanReferences(plan: BodyPlan): PlanReference[] {
  const found: PlanReference[] = [];
  const boundaries = [...plan.headings.map((heading) => heading.before), plan.lines.length];
  for (let run = 0; run + 1 < boundaries.length; run += 1) {
    const first = boundaries[run] ?? 0;
    const last = boundaries[run + 1] ?? 0;
    const parts: string[] = [];
    const lineAt: number[] = [];
    let previous = '';
    for (let line = first; line < last; line += 1) {
      const current = plan.lines[line]?.text ?? '';
      const piece = (parts.length === 0 ? '' : lineSeparator(previous, current)) + current;
      parts.push(piece);
      for (let at = 0; at < piece.length; at += 1) lineAt.push(line);
      previous = current;
    }
    const text = parts.join('');
    for (const match of text.matchAll(REFERENCE)) {
      const from = Number(match[2]);
      found.push({
        line: lineAt[match.index] ?? first,
        text: match[0],
        below: match[1] === '下文',
        from,
        to: match[3] === undefined ? from : Number(match[3]),
      });
    }
  }
  return found;
}

/**
 * Whether a reference lands where it points under a reading: the right way, on paragraphs the
 * text has, and for a range, on whole blocks of paragraphs (starting right after the citing
 * paragraph or where a section starts, ending where one ends or right before the citing one).
 */
export interface NumberedPlan {
  readonly numbers: readonly number[];
  readonly total: number;
  /** The section path of each paragraph (by number). */
  readonly pathOfParagraph: ReadonlyMap<number, string>;
}

export function numberedPlan(starts: readonly boolean[], sections: PlanSections): NumberedPlan {
  const numbers = numbersOf(starts);
  const pathOfParagraph = new Map<number, string>();
  numbers.forEach((number, line) => {
    if (!pathOfParagraph.has(number)) pathOfParagraph.set(number, sections.pathOf[line] ?? '');
  });
  return { numbers, total: numbers[numbers.length - 1] ?? 0, pathOfParagraph };
}

export function referenceFits(reference: PlanReference, numbered: NumberedPlan): boolean {
  const citing = numbered.numbers[reference.line] ?? 0;
  const { total } = numbered;
  const { from, to } = reference;
  if (from > to || to > total || from < 1) return false;
  if (reference.below ? from <= citing : to >= citing) return false;
  if (from === to) return true;
  const path = (number: number) => numbered.pathOfParagraph.get(number) ?? null;
  const startsBlock = from === citing + 1 || path(from - 1) !== path(from);
  const endsBlock = to === citing - 1 || to === total || path(to + 1) !== path(to);
  return startsBlock && endsBlock;
}

/** How many sections on either side of a reference may be the block it names. */
const NEARBY_SECTIONS = 12;

function nearby(sections: PlanSections, line: number, side: 'before' | 'after') {
  // A chapter whose paragraphs all sit in its subsections ("四." then "A." at once) is a block a
  // range may name as well ("下文第 16 至 62 段"), by its whole section.
  const withParagraphs = sections.spans.filter((span) => span.first <= span.sectionLast);
  return side === 'after'
    ? withParagraphs.filter((span) => span.first > line).slice(0, NEARBY_SECTIONS)
    : withParagraphs.filter((span) => span.blockLast < line).slice(-NEARBY_SECTIONS);
}

/** Readings a range reference would impose, as anchors to try. */
function candidateAnchors(reference: PlanReference, sections: PlanSections): Anchor[][] {
  const candidates: Anchor[][] = [];
  const own = sections.spans.findLast((span) => span.first <= reference.line);
  if (reference.below) {
    const citing = { line: reference.line, number: reference.from - 1 };
    if (own) {
      candidates.push([citing, { line: own.blockLast, number: reference.to }]);
      candidates.push([citing, { line: own.sectionLast, number: reference.to }]);
    }
    candidates.push([citing]);
    for (const span of nearby(sections, reference.line, 'after')) {
      if (span.first <= span.blockLast)
        candidates.push([
          { line: span.first, number: reference.from },
          { line: span.blockLast, number: reference.to },
        ]);
      candidates.push([
        { line: span.first, number: reference.from },
        { line: span.sectionLast, number: reference.to },
      ]);
    }
  } else {
    candidates.push([{ line: reference.line, number: reference.to + 1 }]);
    for (const span of nearby(sections, reference.line, 'before')) {
      candidates.push([
        { line: span.first, number: reference.from },
        {
          line: span.first <= span.blockLast ? span.blockLast : span.sectionLast,
          number: reference.to,
        },
      ]);
    }
  }
  return candidates;
}

/** The highest cost of overruled layout evidence a cross-reference may justify. */
const MAX_REPAIR_COST = 20;
/**
 * The most paragraph breaks a cross-reference may add or drop: a repair chooses between close
 * readings. Checked before solving, so that references far off (a report pasted twice) cost
 * nothing instead of a solve of the whole text each.
 */
const MAX_REPAIR_BREAKS = 10;

/** At least this many breaks must change for the extra anchors to hold under `numbers`. */
function breaksNeeded(extra: readonly Anchor[], numbers: readonly number[]): number {
  return Math.max(
    0,
    ...extra.map((anchor) => Math.abs(anchor.number - (numbers[anchor.line] ?? 0))),
  );
}

/**
 * The paragraph breaks: the layout's reading, held to the printed numbers, then checked against
 * the report's own cross-references, which choose between close readings where the layout cannot
 * tell (a full last line, no trailing space). A reference that no close reading satisfies is
 * reported, not enforced.
 */
export function numberParagraphs(plan: BodyPlan, warnings: SegmentWarning[]): boolean[] {
  const printed: Anchor[] = [...plan.printed].map(([line, number]) => ({ line, number }));
  let anchors = [...printed];
  let reading = solveBreaks(plan, anchors);
  if (!reading) {
    warnings.push({
      line: null,
      code: 'printed-numbers-inconsistent',
      message:
        'the printed paragraph numbers cannot all hold: the numbering is read from the layout',
    });
    anchors = [];
    reading = solveBreaks(plan, []) as Reading;
  }
  const sections = planSections(plan);
  const references = findPlanReferences(plan);
  const fitting = (current: Reading) => {
    const numbered = numberedPlan(current.starts, sections);
    return references.map((reference) => referenceFits(reference, numbered));
  };
  let fits = fitting(reading);
  let numbered = numberedPlan(reading.starts, sections);
  references.forEach((reference, index) => {
    if (fits[index]) return;
    // Direction and existence are checked once the paragraphs are built (cross-references.ts).
    const citing = numbered.numbers[reference.line] ?? 0;
    const plainlyWrong =
      reference.to > numbered.total ||
      (reference.below ? reference.from <= citing : reference.to >= citing);
    let best: { reading: Reading; anchors: Anchor[]; fits: boolean[] } | null = null;
    for (const extra of candidateAnchors(reference, sections)) {
      if (breaksNeeded(extra, numbered.numbers) > MAX_REPAIR_BREAKS) continue;
      const tried = solveBreaks(plan, [...anchors, ...extra]);
      if (!tried || tried.cost - (reading?.cost ?? 0) > MAX_REPAIR_COST) continue;
      const triedFits = fitting(tried);
      const keepsOthers = fits.every((fit, other) => !fit || triedFits[other]);
      if (!triedFits[index] || !keepsOthers) continue;
      if (!best || tried.cost < best.reading.cost) {
        best = { reading: tried, anchors: [...anchors, ...extra], fits: triedFits };
      }
    }
    const line = plan.lines[reference.line]?.number ?? null;
    if (best) {
      reading = best.reading;
      anchors = best.anchors;
      fits = best.fits;
      numbered = numberedPlan(reading.starts, sections);
      warnings.push({
        line,
        code: 'numbering-set-by-cross-reference',
        message: `the layout left some paragraph breaks unclear; cross-reference "${reference.text}" decided them (check the paragraph breaks before this line)`,
      });
      return;
    }
    if (plainlyWrong) return;
    warnings.push({
      line,
      code: 'cross-reference-mismatch',
      message: `cross-reference "${reference.text}" in paragraph ${numbersOf(reading?.starts ?? [])[reference.line] ?? '?'} does not land on whole blocks of the recovered numbering: the numbering may be off here (check the paragraph breaks before this line)`,
    });
  });
  warnUnclearBreaks(plan, reading?.starts ?? [], anchors, warnings);
  return reading?.starts ?? [];
}

/** The weakest readings that no anchor settled, named so that a reader can check them. */
function warnUnclearBreaks(
  plan: BodyPlan,
  starts: readonly boolean[],
  anchors: readonly Anchor[],
  warnings: SegmentWarning[],
): void {
  const settled = new Set<number>();
  const sorted = [...anchors].sort((a, b) => a.line - b.line);
  for (let index = 1; index < sorted.length; index += 1) {
    for (
      let line = (sorted[index - 1]?.line ?? 0) + 1;
      line <= (sorted[index]?.line ?? 0);
      line += 1
    ) {
      settled.add(line);
    }
  }
  plan.gaps.forEach((gap, line) => {
    if (gap.forced !== null || gap.cost >= 2 || settled.has(line)) return;
    const previous = plan.lines[line - 1];
    warnings.push({
      line: previous?.number ?? null,
      code: 'paragraph-break-unclear',
      message: starts[line]
        ? 'a new paragraph is read after this line (it ends a sentence; the layout is not conclusive)'
        : 'the paragraph is read as going on after this line, although it ends a sentence (the layout is not conclusive)',
    });
  });
}

/** Headings and paragraphs in reading order, for a reading of the breaks. */
export function toUnits(plan: BodyPlan, starts: readonly boolean[]): BodyUnit[] {
  const units: BodyUnit[] = [];
  let headingIndex = 0;
  let current: ParagraphUnit | null = null;
  plan.lines.forEach((line, index) => {
    while (
      headingIndex < plan.headings.length &&
      (plan.headings[headingIndex]?.before ?? 0) <= index
    ) {
      units.push((plan.headings[headingIndex] as { unit: BodyUnit }).unit);
      headingIndex += 1;
      current = null;
    }
    if (starts[index] || !current) {
      current = { kind: 'paragraph', lines: [], printedNumber: plan.printed.get(index) ?? null };
      units.push(current);
    }
    current.lines.push(line);
  });
  while (headingIndex < plan.headings.length) {
    units.push((plan.headings[headingIndex] as { unit: BodyUnit }).unit);
    headingIndex += 1;
  }
  return units;
}
