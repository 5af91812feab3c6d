import { officeBreakdownParts, sumOfBreakdownParts } from '../../domain/figures.ts';
import type {
  Figure,
  OfficeBreakdown,
  OfficeBreakdownField,
  OfficeBreakdownSource,
} from '../../domain/figures.ts';
import type { OfficeType, OfficeTypeId } from '../../domain/reference.ts';
import type { TaggedParagraph } from '../tag/tag-paragraph.ts';

export interface BreakdownWarning {
  readonly paragraph: number | null;
  readonly code: string;
  readonly message: string;
}

export interface BreakdownResult {
  readonly breakdown: OfficeBreakdown | null;
  readonly warnings: BreakdownWarning[];
}

const FIELDS = new Map<OfficeTypeId, OfficeBreakdownField>(
  officeBreakdownParts.map(([field, type]) => [type, field]),
);
/** What the report calls its field presences as a whole: the total's noun. */
const PRESENCES = /^(?!其他)(?:.*的)?(?:外地存在|实地存在|办事机构|外地办事处|驻地存在)$/u;

interface Part {
  readonly figure: Figure;
  readonly type: OfficeTypeId;
}

/**
 * The field-presence breakdown as the report states it, in whatever wording: a total counted as
 * the field presences and at least two parts, each a count of one office type, in up to three
 * sentences that follow each other ("截至……，人权高专办共设有 89 个实地存在，其中……", "……在 19 个
 * 国家设有国别办事处……。此外……实地存在总数为 92 个。"). Built from the figures already read, so
 * it cites their spans. Parts that do not add up to the total are kept as stated, with a warning.
 */
export function findOfficeBreakdown(
  tagged: readonly TaggedParagraph[],
  figures: readonly Figure[],
  officeTypes: readonly OfficeType[],
): BreakdownResult {
  const texts = new Map(tagged.map(({ paragraph }) => [paragraph.number, paragraph.text]));
  let best: { breakdown: OfficeBreakdown; score: number } | null = null;
  for (const { paragraph, sentences } of tagged) {
    const inParagraph = figures.filter((figure) => figure.paragraph === paragraph.number);
    for (const sentence of sentences) {
      // Up to three sentences: "……18 个、……13 个，并……设有 11 个人权部门。……39 名，另有……8 个。
      // 以上共计 89 个实地存在。" A wider window must add up to win (see the score below).
      const window = inParagraph.filter(
        (figure) => figure.sentence >= sentence.index && figure.sentence <= sentence.index + 2,
      );
      const candidate = breakdownOf(window, texts.get(paragraph.number) ?? '', officeTypes);
      if (!candidate) continue;
      const parts = (candidate.sources?.length ?? 1) - 1;
      const score = (candidate.reconciles ? 100 : 0) + parts;
      if (!best || score > best.score) best = { breakdown: candidate, score };
    }
  }
  const warnings: BreakdownWarning[] = [];
  if (!best) {
    warnings.push({
      paragraph: null,
      code: 'no-office-breakdown',
      message:
        'no field-presence breakdown (a total of field presences and its parts by office type) found: the field-presence table stays empty for this report',
    });
    return { breakdown: null, warnings };
  }
  const { breakdown } = best;
  if (!breakdown.reconciles) {
    const sum = sumOfBreakdownParts(breakdown);
    warnings.push({
      paragraph: breakdown.paragraph,
      code: 'office-breakdown-does-not-add-up',
      message: `paragraph ${breakdown.paragraph}: the field presences by type add up to ${sum}, but the text states ${breakdown.total}; the parts are shown as stated`,
    });
  }
  return { breakdown, warnings };
}

function breakdownOf(
  figures: readonly Figure[],
  text: string,
  officeTypes: readonly OfficeType[],
): OfficeBreakdown | null {
  const totals = figures.filter(
    (figure) => figure.counts === 'offices' && PRESENCES.test(figure.countsText),
  );
  const parts: Part[] = figures.flatMap((figure) => {
    const type = officeTypeOf(figure, text, officeTypes);
    return type && type !== 'headquarters' ? [{ figure, type }] : [];
  });
  let chosen: OfficeBreakdown | null = null;
  for (const total of totals) {
    const own = parts.filter((part) => part.figure.id !== total.id);
    if (new Set(own.map((part) => part.type)).size < 2) continue;
    const breakdown: OfficeBreakdown = {
      total: total.value,
      countryOffices: 0,
      peaceMissionComponents: 0,
      regionalOffices: 0,
      humanRightsAdvisers: 0,
      otherPresences: 0,
      report: total.report,
      paragraph: total.paragraph,
      reconciles: false,
      sources: [source('total', total)],
    };
    for (const part of own) {
      const field = FIELDS.get(part.type);
      if (!field) continue;
      breakdown[field] += part.figure.value;
      breakdown.sources?.push(source(field, part.figure));
    }
    const result = { ...breakdown, reconciles: sumOfBreakdownParts(breakdown) === breakdown.total };
    // A total is larger than any of its parts: of two readings that do not add up, the larger
    // total ("以其他形式部署的 5 个实地存在……总计 83 个实地存在" is 83, not 5).
    const better =
      !chosen ||
      (result.reconciles && !chosen.reconciles) ||
      (!result.reconciles && !chosen.reconciles && result.total > chosen.total);
    if (better) chosen = result;
  }
  return chosen;
}

function source(part: OfficeBreakdownSource['part'], figure: Figure): OfficeBreakdownSource {
  return { part, figure: figure.id, start: figure.start, end: figure.end, text: figure.text };
}

/**
 * The office type a figure counts: named in its counted phrase ("17 个国别办事处", "37 名人权顾问",
 * "6 个其他外地存在"), or, where it counts countries or regions, in the clause that follows
 * ("在 19 个国家设有国别办事处或独立办事处").
 */
function officeTypeOf(
  figure: Figure,
  text: string,
  officeTypes: readonly OfficeType[],
): OfficeTypeId | null {
  if (figure.counts === 'offices' || figure.counts === 'advisers') {
    // The type may be named by a modifier before the number: "和平行动中的 15 个人权部门".
    const modifier = /[^，。；：、]*的\s*$/u.exec(text.slice(0, figure.start))?.[0] ?? '';
    const named =
      longestRule(figure.countsText, officeTypes) ??
      longestRule(`${modifier.trim()}${figure.countsText}`, officeTypes);
    if (named) return named;
    if (figure.counts === 'advisers') return 'human-rights-adviser';
    // "11 个设在……维持和平行动和特别政治任务中的人权部门": a human rights component counted among
    // the field presences is one of a mission, however the mission is named.
    if (/人权(?:部门|组成部分)$/u.test(figure.countsText) && !figure.countsText.startsWith('其他'))
      return 'peace-mission-component';
    // "6 个其他外地存在", "以其他形式部署的 5 个实地存在": presences of another kind.
    return figure.countsText.startsWith('其他') || /其他/u.test(modifier) ? 'other-presence' : null;
  }
  if (figure.counts === 'countries' || figure.counts === 'other') {
    const clause = /^[^，。；、]*/u.exec(text.slice(figure.end))?.[0] ?? '';
    return /^\s*(?:设有|设立了?|建有|有)/u.test(clause) ? longestRule(clause, officeTypes) : null;
  }
  return null;
}

/** "维和行动中的人权部门" and "维和行动人权部门" name the same thing: 的, 中的, 内的 are dropped. */
const withoutLinkers = (text: string) => text.replace(/(?:中|内)?的/gu, '');

function longestRule(text: string, officeTypes: readonly OfficeType[]): OfficeTypeId | null {
  let best: { id: OfficeTypeId; length: number } | null = null;
  const plain = withoutLinkers(text);
  for (const type of officeTypes) {
    for (const rule of type.rules.zh) {
      const matches = text.includes(rule) || plain.includes(withoutLinkers(rule));
      if (matches && (!best || rule.length > best.length))
        best = { id: type.id, length: rule.length };
    }
  }
  return best?.id ?? null;
}
