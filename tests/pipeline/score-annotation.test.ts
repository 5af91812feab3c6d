import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CountryRole } from '../../src/domain/activities.ts';
import { paragraphsFileSchema } from '../../src/domain/paragraphs.ts';
import { annotationSchema } from '../../src/pipeline/evaluate/annotation-schema.ts';
import type {
  AnnotatedParagraph,
  Annotation,
} from '../../src/pipeline/evaluate/annotation-schema.ts';
import { scoreAnnotation } from '../../src/pipeline/evaluate/score-annotation.ts';
import type { ScoredFigure, ScoredRecord } from '../../src/pipeline/evaluate/score-annotation.ts';
import { goldenPath } from '../support/report-text.ts';

const REPORT = 'A/HRC/44/28';

const partnerIds: Record<string, string> = {
  联合国环境规划署: 'unep',
  环境署: 'unep',
  法语国家国际组织: 'oif',
  各国议会联盟: 'ipu',
};
const partnerIdForSurface = (surface: string) => partnerIds[surface] ?? null;

function paragraph(number: number, parts: Partial<AnnotatedParagraph> = {}): AnnotatedParagraph {
  return { number, countries: [], partners: [], figures: [], notes: '', ...parts };
}

function annotation(...paragraphs: AnnotatedParagraph[]): Annotation {
  return { about: 'test', report: REPORT, paragraphs };
}

function record(
  paragraph: number,
  country: string | null,
  role: CountryRole | null,
  partners: string[] = [],
): ScoredRecord {
  return { report: REPORT, paragraph, country, role, partners };
}

function figure(paragraph: number, value: number, counts: string): ScoredFigure {
  return { report: REPORT, paragraph, value, counts, qualifier: null, text: `${value}` };
}

const gold = annotation(
  paragraph(43, {
    countries: [
      { iso3: 'BFA', role: 'participant', surface: '布基纳法索' },
      { iso3: 'FRA', role: 'participant', surface: '法国' },
    ],
    partners: [{ surface: '法语国家国际组织', en: 'OIF', type: 'intergovernmental-body' }],
    figures: [
      { value: 14, qualifier: null, counts: 'parliamentarians', surface: '14 名议员', year: null },
    ],
  }),
  paragraph(44, {
    countries: [{ iso3: 'CHE', role: 'venue', surface: '日内瓦' }],
    partners: [{ surface: '各国议会联盟', en: 'IPU', type: 'intergovernmental-body' }],
    figures: [
      {
        value: 90,
        qualifier: 'more than',
        counts: 'parliamentarians',
        surface: '90 多名议员',
        year: null,
      },
      { value: 36, qualifier: null, counts: 'countries', surface: '36 个国家', year: null },
    ],
  }),
);

const perfectRecords = [
  record(43, 'BFA', 'participant', ['oif']),
  record(43, 'FRA', 'participant', ['oif']),
  record(44, 'CHE', 'venue', ['ipu']),
];
const perfectFigures = [
  figure(43, 14, 'parliamentarians'),
  figure(44, 90, 'parliamentarians'),
  figure(44, 36, 'countries'),
];

describe('scoreAnnotation', () => {
  it('scores a perfect match 1.0 in every family', () => {
    const score = scoreAnnotation(gold, perfectRecords, perfectFigures, partnerIdForSurface);
    for (const family of [score.countryRoles, score.countries, score.partners, score.figures]) {
      expect(family).toMatchObject({ precision: 1, recall: 1, f1: 1 });
      expect(family.misses).toEqual([]);
      expect(family.falsePositives).toEqual([]);
    }
    expect(score.paragraphs).toEqual([43, 44]);
  });

  it('counts a missing pair against recall only, and lists it', () => {
    const score = scoreAnnotation(
      gold,
      perfectRecords.filter((r) => r.country !== 'FRA'),
      perfectFigures,
      partnerIdForSurface,
    );
    expect(score.countryRoles).toMatchObject({ gold: 3, predicted: 2, matched: 2, precision: 1 });
    expect(score.countryRoles.recall).toBeCloseTo(2 / 3);
    expect(score.countryRoles.f1).toBeCloseTo(0.8);
    expect(score.countryRoles.misses).toEqual([
      { paragraph: 43, country: 'FRA', role: 'participant' },
    ]);
    expect(score.countries.misses).toEqual([{ paragraph: 43, country: 'FRA' }]);
  });

  it('penalises a wrong role when role-aware but not when role-blind', () => {
    const records = [...perfectRecords.slice(0, 2), record(44, 'CHE', 'activity', ['ipu'])];
    const score = scoreAnnotation(gold, records, perfectFigures, partnerIdForSurface);
    expect(score.countryRoles.precision).toBeCloseTo(2 / 3);
    expect(score.countryRoles.recall).toBeCloseTo(2 / 3);
    expect(score.countryRoles.falsePositives).toEqual([
      { paragraph: 44, country: 'CHE', role: 'activity' },
    ]);
    expect(score.countryRoles.misses).toEqual([{ paragraph: 44, country: 'CHE', role: 'venue' }]);
    expect(score.countries).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });

  it('counts distinct pairs, ignores placeless records and paragraphs outside the annotation', () => {
    const records = [
      ...perfectRecords,
      record(43, 'BFA', 'participant'),
      record(43, null, null, ['oif']),
      record(12, 'TUR', 'mention'),
      { ...record(43, 'MLI', 'participant'), report: 'A/HRC/45/1' },
    ];
    const score = scoreAnnotation(gold, records, perfectFigures, partnerIdForSurface);
    expect(score.countryRoles).toMatchObject({ gold: 3, predicted: 3, f1: 1 });
    expect(score.partners).toMatchObject({ gold: 2, predicted: 2, f1: 1 });
  });

  it('matches figures on value and counts, as a multiset', () => {
    const figures = [
      figure(43, 14, 'people'),
      figure(44, 90, 'parliamentarians'),
      figure(44, 36, 'countries'),
      figure(44, 36, 'countries'),
      { ...figure(44, 90, 'parliamentarians'), qualifier: 'about' as const },
    ];
    const score = scoreAnnotation(gold, perfectRecords, figures, partnerIdForSurface);
    expect(score.figures).toMatchObject({ gold: 3, predicted: 5, matched: 2 });
    expect(score.figures.misses).toEqual([
      {
        paragraph: 43,
        value: 14,
        counts: 'parliamentarians',
        qualifier: null,
        text: '14 名议员',
      },
    ]);
    expect(score.figures.falsePositives.map((f) => [f.paragraph, f.value, f.counts])).toEqual([
      [43, 14, 'people'],
      [44, 36, 'countries'],
      [44, 90, 'parliamentarians'],
    ]);
  });

  it('lists an unmapped gold partner as a miss, and maps other surfaces', () => {
    const withPartners = annotation(
      paragraph(25, {
        partners: [
          {
            surface: '环境规划署', // not in the map: found through otherSurfaces
            otherSurfaces: ['环境署'],
            en: 'UNEP',
            type: 'un-entity',
          },
          { surface: '东南亚国家联盟政府间人权委员会', en: 'AICHR', type: 'regional-organisation' },
        ],
      }),
    );
    const score = scoreAnnotation(
      withPartners,
      [record(25, 'THA', 'venue', ['unep', 'asean'])],
      [],
      partnerIdForSurface,
    );
    expect(score.partners).toMatchObject({ gold: 2, predicted: 2, matched: 1 });
    expect(score.partners.precision).toBeCloseTo(0.5);
    expect(score.partners.recall).toBeCloseTo(0.5);
    expect(score.partners.unmappedGold).toEqual([
      { paragraph: 25, id: null, surface: '东南亚国家联盟政府间人权委员会' },
    ]);
    expect(score.partners.misses).toEqual(score.partners.unmappedGold);
    expect(score.partners.falsePositives).toEqual([{ paragraph: 25, id: 'asean', surface: null }]);
  });

  it('scores empty against empty as 1 and nothing predicted as 0', () => {
    const empty = scoreAnnotation(annotation(paragraph(2)), [], [], partnerIdForSurface);
    expect(empty.countries).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    const none = scoreAnnotation(gold, [], [], partnerIdForSurface);
    expect(none.countryRoles).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('the A/HRC/44/28 annotation fixture', () => {
  const fixturePath = fileURLToPath(
    new URL('../fixtures/annotation/A_HRC_44_28.annotation.json', import.meta.url),
  );
  const fixture = annotationSchema.parse(JSON.parse(readFileSync(fixturePath, 'utf8')));
  const paragraphs = paragraphsFileSchema.parse(
    JSON.parse(readFileSync(goldenPath('A_HRC_44_28.paragraphs.json'), 'utf8')),
  ).paragraphs;

  it('parses with the schema and covers at least 24 paragraphs of the report', () => {
    expect(fixture.report).toBe(REPORT);
    expect(fixture.paragraphs.length).toBeGreaterThanOrEqual(24);
    const numbers = fixture.paragraphs.map((p) => p.number);
    for (const required of [2, 12, 16, 24, 37, 39, 43, 50, 55, 61, 62]) {
      expect(numbers).toContain(required);
    }
  });

  it('quotes every surface exactly from its paragraph', () => {
    const textOf = new Map(paragraphs.map((p) => [p.number, p.text]));
    const absent = fixture.paragraphs.flatMap((p) => {
      const text = textOf.get(p.number) ?? '';
      const surfaces = [
        ...p.countries.map((c) => c.surface),
        ...p.partners.flatMap((partner) => [partner.surface, ...(partner.otherSurfaces ?? [])]),
        ...p.figures.map((f) => f.surface),
      ];
      return surfaces.filter((s) => !text.includes(s)).map((s) => `¶${p.number}: ${s}`);
    });
    expect(absent).toEqual([]);
  });
});
