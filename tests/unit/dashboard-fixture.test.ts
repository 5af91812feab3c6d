import { describe, expect, it } from 'vitest';
import {
  activitiesFileSchema,
  figuresFileSchema,
  paragraphsFileSchema,
  referenceFileSchema,
} from '../../src/domain/index.ts';
import { dashboardFixture } from '../fixtures/dashboard-data.ts';

describe('dashboard fixture', () => {
  const data = dashboardFixture();

  it.each([
    ['paragraphs', paragraphsFileSchema, data.paragraphs],
    ['activities', activitiesFileSchema, data.activities],
    ['figures', figuresFileSchema, data.figures],
    ['reference', referenceFileSchema, data.reference],
  ] as const)('%s is valid against its schema', (_name, schema, value) => {
    const result = schema.safeParse(value);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('has every tag span on the words it names, in the paragraph text', () => {
    const texts = new Map(data.paragraphs.paragraphs.map((p) => [p.number, p.text]));
    for (const record of data.activities.records) {
      const text = texts.get(record.paragraph) ?? '';
      const { sentence, sentenceStart, spans } = record.evidence;
      expect(text.slice(sentenceStart, sentenceStart + sentence.length)).toBe(sentence);
      for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
    }
  });

  it('refers only to ids the reference knows', () => {
    const themes = new Set(data.reference.themes.map((theme) => theme.id));
    const partners = new Set(data.reference.partners.map((partner) => partner.id));
    const countries = new Set(data.reference.countries.map((country) => country.iso3));
    for (const record of data.activities.records) {
      expect(record.themes.every((id) => themes.has(id))).toBe(true);
      expect(record.partners.every((id) => partners.has(id))).toBe(true);
      if (record.country) expect(countries.has(record.country)).toBe(true);
    }
  });
});
