import { describe, expect, it } from 'vitest';
import type { ActivityRecord } from '../../src/domain/activities.ts';
import type { Correction } from '../../src/domain/corrections.ts';
import { applyCorrections } from '../../src/pipeline/records/apply-corrections.ts';
import { miniReference } from '../support/mini-reference.ts';

const countries = new Map(miniReference.countries.map((c) => [c.iso3, c]));

function record(
  paragraph: number,
  sentence: number,
  country: string | null,
  partners: string[] = [],
): ActivityRecord {
  return {
    id: `T/1:${paragraph}:${sentence}:${country ?? 'none'}`,
    report: 'T/1',
    paragraph,
    sentence,
    country,
    role: country ? 'activity' : null,
    region: null,
    subregion: null,
    officeType: null,
    themes: [],
    partners,
    mechanisms: [],
    placeInherited: false,
    evidence: { sentence: '句子。', sentenceStart: 0, spans: [] },
  };
}

function correction(change: Partial<Correction> & Pick<Correction, 'action'>): Correction {
  return {
    id: 'c1',
    report: 'T/1',
    paragraph: 5,
    sentence: null,
    reason: 'reviewed against the English original',
    reviewer: 'test',
    date: '2026-11-25',
    ...change,
  };
}

describe('applyCorrections', () => {
  const records = [record(5, 0, 'CMR', ['undp']), record(5, 1, 'CMR'), record(6, 0, 'THA')];

  it('removes a country from one paragraph only and counts what changed', () => {
    const { records: out, outcomes } = applyCorrections(
      records,
      [correction({ action: 'remove-country', country: 'CMR' })],
      countries,
    );
    expect(out.map((r) => r.id)).toEqual(['T/1:6:0:THA']);
    expect(outcomes[0]?.changed).toBe(2);
  });

  it('sets a role in one sentence', () => {
    const { records: out } = applyCorrections(
      records,
      [correction({ action: 'set-role', country: 'CMR', sentence: 1, role: 'venue' })],
      countries,
    );
    expect(out.map((r) => r.role)).toEqual(['activity', 'venue', 'activity']);
  });

  it('adds a country with its M49 region, and a partner', () => {
    const { records: out } = applyCorrections(
      records,
      [
        correction({ action: 'add-country', country: 'FJI', sentence: 0, role: 'participant' }),
        correction({ action: 'add-partner', partner: 'european-union' }),
      ],
      countries,
    );
    const fiji = out.find((r) => r.country === 'FJI');
    expect(fiji).toMatchObject({ paragraph: 5, sentence: 0, role: 'participant', region: '009' });
    expect(
      out.filter((r) => r.paragraph === 5).every((r) => r.partners.includes('european-union')),
    ).toBe(true);
  });

  it('reports a correction that matches nothing as stale (0 changed)', () => {
    const { outcomes } = applyCorrections(
      records,
      [correction({ action: 'remove-partner', paragraph: 9, partner: 'undp' })],
      countries,
    );
    expect(outcomes[0]?.changed).toBe(0);
  });
});
