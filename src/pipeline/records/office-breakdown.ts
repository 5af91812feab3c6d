import { officeBreakdownParts } from '../../domain/figures.ts';
import type { OfficeBreakdown, OfficeBreakdownField } from '../../domain/figures.ts';
import type { OfficeType, OfficeTypeId } from '../../domain/reference.ts';
import type { TaggedParagraph } from '../tag/tag-paragraph.ts';

export class BreakdownError extends Error {}

const TOTAL = /(\d+)\s*个(?:办事机构|外地存在|外地办事处)[^。；]{0,6}?包括/u;

const FIELDS = new Map<OfficeTypeId, OfficeBreakdownField>(
  officeBreakdownParts.map(([field, type]) => [type, field]),
);

/**
 * The field-presence breakdown as the report states it ("84 个办事机构，包括 17 个国别办事处、
 * ..."): each part's office type comes from the office-type rules, and the parts must add up to
 * the stated total.
 */
export function findOfficeBreakdown(
  tagged: readonly TaggedParagraph[],
  officeTypes: readonly OfficeType[],
): OfficeBreakdown | null {
  for (const { paragraph, sentences } of tagged) {
    for (const sentence of sentences) {
      const total = TOTAL.exec(sentence.text);
      if (!total) continue;
      const listStart = sentence.start + total.index + total[0].length;
      const parts = new Map<OfficeTypeId, number>();
      for (const figure of sentence.figures.filter((f) => f.start >= listStart)) {
        const upTo = paragraph.text.slice(figure.start).search(/[、，；。]|以及/u);
        const item = paragraph.text.slice(figure.start, upTo < 0 ? undefined : figure.start + upTo);
        const type = officeTypeOf(item, officeTypes);
        if (!type || type === 'headquarters') continue;
        parts.set(type, (parts.get(type) ?? 0) + figure.value);
      }
      if (parts.size < 2) continue;
      const breakdown: OfficeBreakdown = {
        total: Number(total[1]),
        countryOffices: 0,
        peaceMissionComponents: 0,
        regionalOffices: 0,
        humanRightsAdvisers: 0,
        otherPresences: 0,
        report: paragraph.report,
        paragraph: paragraph.number,
        reconciles: false,
      };
      for (const [type, value] of parts) {
        const field = FIELDS.get(type);
        if (field) breakdown[field] = value;
      }
      const sum = [...parts.values()].reduce((a, b) => a + b, 0);
      if (sum !== breakdown.total) {
        throw new BreakdownError(
          `paragraph ${paragraph.number}: the field presences by type add up to ${sum}, but the text states ${breakdown.total}`,
        );
      }
      return { ...breakdown, reconciles: true };
    }
  }
  return null;
}

function officeTypeOf(item: string, officeTypes: readonly OfficeType[]): OfficeTypeId | null {
  let best: { id: OfficeTypeId; length: number } | null = null;
  for (const type of officeTypes) {
    for (const rule of type.rules.zh) {
      if (item.includes(rule) && (!best || rule.length > best.length))
        best = { id: type.id, length: rule.length };
    }
  }
  return best?.id ?? null;
}
