import { describe, expect, it } from 'vitest';
import {
  activitiesFileSchema,
  figuresFileSchema,
  paragraphsFileSchema,
  referenceFileSchema,
} from '../../src/domain/index.ts';
import { describeTag, ruleText, tagNames } from '../../src/features/provenance/describe-tag.ts';
import {
  indexSources,
  kindsShown,
  paragraphDomId,
  sourceParagraphs,
} from '../../src/features/provenance/provenance-state.ts';
import { translate } from '../../src/lib/i18n/messages.ts';
import type { Language } from '../../src/lib/i18n/messages.ts';
import { sourcesRequestFor } from '../../src/lib/provenance/sources-request.ts';
import { appDataFixture } from '../fixtures/app-data.ts';

const data = appDataFixture();
const report = 'A/HRC/44/28';

describe('the app fixture', () => {
  it('is valid against the domain schemas', () => {
    expect(paragraphsFileSchema.safeParse(data.paragraphs).error).toBeUndefined();
    expect(activitiesFileSchema.safeParse(data.activities).error).toBeUndefined();
    expect(figuresFileSchema.safeParse(data.figures).error).toBeUndefined();
    expect(referenceFileSchema.safeParse(data.reference).error).toBeUndefined();
  });
});

describe('sourcesRequestFor', () => {
  it('lists each paragraph once, in report order', () => {
    const records = data.activities.records.toReversed();
    expect(sourcesRequestFor('all', records)).toEqual({
      title: 'all',
      refs: [24, 25, 26].map((paragraph) => ({ report, paragraph })),
    });
  });
});

describe('sourceParagraphs', () => {
  const index = indexSources(data);

  it('finds each paragraph with its section path and the union of its tags and figures', () => {
    const [entry] = sourceParagraphs(index, { title: '', refs: [{ report, paragraph: 25 }] });
    expect(entry?.paragraph?.number).toBe(25);
    expect(entry?.sections.map((section) => section.id)).toEqual(['IV', 'IV.A', 'IV.A.1']);
    expect(entry?.spans.map((span) => span.kind).sort()).toEqual(
      ['country', 'country', 'figure', 'fund', 'partner', 'theme', 'title'].sort(),
    );
  });

  it('keeps a paragraph the data lacks, so the panel can say so', () => {
    const [entry] = sourceParagraphs(index, { title: '', refs: [{ report, paragraph: 99 }] });
    expect(entry).toMatchObject({ paragraph: null, sections: [], spans: [] });
  });

  it('lists the kinds shown in legend order', () => {
    const entries = sourceParagraphs(index, sourcesRequestFor('', data.activities.records));
    expect(kindsShown(entries)).toEqual([
      'country',
      'city',
      'partner',
      'fund',
      'theme',
      'figure',
      'actor',
      'title',
    ]);
  });

  it('makes DOM ids from the symbol and number', () => {
    expect(paragraphDomId({ report, paragraph: 24 })).toBe('src-A-HRC-44-28-p24');
  });
});

describe('describeTag', () => {
  const names = tagNames(data);
  const i18n = (language: Language) => ({
    language,
    t: (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) =>
      translate(language, key, values),
    pick: (bilingual: { zh: string; en: string }) => bilingual[language],
    formatNumber: (value: number) => String(value),
  });
  const spans = indexSources(data).spans;
  const of = (paragraph: number, kind: string) =>
    spans.get(`${report}\u0000${paragraph}`)?.find((span) => span.kind === kind);

  it('names countries with their role, and partners, themes, funds, cities in the chosen language', () => {
    expect(describeTag(of(25, 'country')!, names, i18n('en'))).toBe(
      'Country: Mexico · Participant (found by test:country)',
    );
    expect(describeTag(of(25, 'country')!, names, i18n('zh'))).toBe(
      '国家：墨西哥 · 参与方（依据 test:country）',
    );
    expect(describeTag(of(25, 'partner')!, names, i18n('en'))).toBe(
      'Partner: United Nations Development Programme (found by test:partner)',
    );
    expect(describeTag(of(25, 'fund')!, names, i18n('en'))).toBe(
      'Fund: Voluntary Fund for Technical Cooperation (found by test:fund)',
    );
    expect(describeTag(of(24, 'city')!, names, i18n('en'))).toBe(
      'City: 波哥大 (Colombia) (found by test:city)',
    );
    expect(describeTag(of(24, 'theme')!, names, i18n('zh'))).toBe('主题：性别（依据 test:theme）');
  });

  it('describes figures with what they count', () => {
    expect(describeTag(of(25, 'figure')!, names, i18n('en'))).toBe('Figure: 15 countries');
    expect(describeTag(of(25, 'figure')!, names, i18n('zh'))).toBe('数字：15 个国家');
  });

  it('falls back to the words when the reference lacks the id', () => {
    expect(describeTag(of(26, 'actor')!, names, i18n('en'))).toBe(
      'OHCHR: 人权高专办 (found by test:actor)',
    );
  });

  it('names a theme tag by its trigger word, other tags by their rule', () => {
    expect(ruleText('theme:研讨会', i18n('en'))).toBe('the word “研讨会”');
    expect(ruleText('theme:研讨会', i18n('zh'))).toBe('词语“研讨会”');
    expect(ruleText('role:venue-held-in-x', i18n('en'))).toBe('role:venue-held-in-x');
  });

  it('names a theme of work with a body by the body, in either language', () => {
    const bodies = {
      partners: new Map([['iachr', { zh: '美洲人权委员会', en: 'Inter-American Commission' }]]),
      offices: new Map<string, { zh: string; en: string }>(),
    };
    expect(ruleText('theme:work-with:iachr', i18n('en'), bodies)).toBe(
      'work with Inter-American Commission, which is about this theme by what it is',
    );
    expect(ruleText('theme:work-with:iachr', i18n('zh'), bodies)).toBe(
      '与美洲人权委员会的合作（该机构本身即属此主题）',
    );
  });
});
