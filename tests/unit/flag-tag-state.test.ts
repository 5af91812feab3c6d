import { describe, expect, it } from 'vitest';
import { correctionsFileSchema } from '../../src/domain/index.ts';
import type { ActivityRecord, Country } from '../../src/domain/index.ts';
import {
  correctionFileName,
  correctionFileText,
  flagChoices,
  flagCorrection,
} from '../../src/features/provenance/flag-tag-state.ts';
import type { RecordReason } from '../../src/features/provenance/provenance-state.ts';
import { applyCorrections } from '../../src/pipeline/records/apply-corrections.ts';
import { appDataFixture } from '../fixtures/app-data.ts';

const reason: RecordReason = {
  sentence: 1,
  text: '在波哥大举办了讲习班。',
  textStart: 31,
  workRule: 'work:refers-back',
  places: [
    {
      iso3: 'COL',
      role: 'activity',
      from: 0,
      fromParagraph: null,
      officeType: null,
      officeRule: null,
    },
    { iso3: null, role: null, from: null, fromParagraph: null, officeType: null, officeRule: null },
  ],
  themes: ['gender'],
  topicFrom: null,
  partners: ['col-ombudsman'],
};

const base = {
  report: 'A/HRC/44/28',
  paragraph: 24,
  sentence: 1,
  reason: 'The workshop is not about gender: the sentence names no group.',
  reviewer: 'A. Reader',
  date: '2026-12-02',
};

describe('flag a tag', () => {
  it('offers each country (remove, or its role), each theme and each partner of the sentence', () => {
    expect(flagChoices(reason)).toEqual([
      { action: 'remove-country', country: 'COL' },
      { action: 'set-role', country: 'COL', role: null },
      { action: 'remove-theme', theme: 'gender' },
      { action: 'remove-partner', partner: 'col-ombudsman' },
    ]);
  });

  it('makes a correction the corrections file schema accepts, named for what it changes', () => {
    const result = flagCorrection({ ...base, choice: { action: 'remove-theme', theme: 'gender' } });
    if (!('correction' in result)) throw new Error('expected a correction');
    expect(result.correction).toEqual({
      id: 'A-HRC-44-28-p24-s1-remove-theme-gender',
      report: 'A/HRC/44/28',
      paragraph: 24,
      sentence: 1,
      action: 'remove-theme',
      theme: 'gender',
      reason: base.reason,
      reviewer: 'A. Reader',
      date: '2026-12-02',
    });
    const file = correctionsFileSchema.parse(JSON.parse(correctionFileText(result.correction)));
    expect(file.corrections).toEqual([result.correction]);
    expect(file.about).toContain('data/review/corrections.json');
    expect(correctionFileName(result.correction)).toBe(
      'correction-A-HRC-44-28-p24-s1-remove-theme-gender.json',
    );
  });

  it('says what is missing: a reason of 10 characters, a reviewer, a role to set', () => {
    expect(
      flagCorrection({
        ...base,
        reason: ' too short ',
        reviewer: '  ',
        choice: { action: 'set-role', country: 'COL', role: null },
      }),
    ).toEqual({ problems: ['reason', 'reviewer', 'role'] });
    // Ten characters of Chinese are ten characters.
    const chinese = flagCorrection({
      ...base,
      reason: '该句未提及妇女或性别',
      choice: { action: 'set-role', country: 'COL', role: 'venue' },
    });
    expect('correction' in chinese && chinese.correction.role).toBe('venue');
  });

  it('is applied by prep: the flagged sentence loses the tag, the others keep it', () => {
    const data = appDataFixture();
    const records: ActivityRecord[] = data.activities.records;
    // ¶24's first sentence: "在哥伦比亚，人权高专办……支持妇女权利。" (themes gender, non-discrimination).
    const result = flagCorrection({
      ...base,
      sentence: 0,
      choice: { action: 'remove-theme', theme: 'gender' },
    });
    if (!('correction' in result)) throw new Error('expected a correction');
    const countries = new Map<string, Country>(data.reference.countries.map((c) => [c.iso3, c]));
    const before = records.filter((r) => r.paragraph === 24 && r.themes.includes('gender'));
    const { records: after, outcomes } = applyCorrections(records, [result.correction], countries);
    const flagged = (r: ActivityRecord) => r.paragraph === 24 && r.sentence === 0;
    expect(before.filter(flagged).length).toBeGreaterThan(0);
    expect(outcomes[0]?.changed).toBe(before.filter(flagged).length);
    expect(after.filter(flagged).every((r) => !r.themes.includes('gender'))).toBe(true);
    expect(after.filter(flagged).every((r) => r.themes.includes('non-discrimination'))).toBe(true);
    expect(after.filter((r) => !flagged(r))).toEqual(records.filter((r) => !flagged(r)));
  });
});
