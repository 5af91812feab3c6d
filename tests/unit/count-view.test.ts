import { describe, expect, it } from 'vitest';
import { countOf, countView, parseCountUnit } from '../../src/lib/filters/count-view.ts';
import { appDataFixture } from '../fixtures/app-data.ts';

describe('countView: the one count model', () => {
  it('counts records, distinct sentences and paragraphs, and countries whatever their role', () => {
    // The fixture, read by hand: ¶24 has two sentences on Colombia (work); ¶25 one sentence of
    // global work and one naming Mexico (participant) and France (mention); ¶26 one global sentence.
    expect(countView(appDataFixture().activities.records)).toEqual({
      records: 6,
      sentences: 5,
      paragraphs: 3,
      countries: 3,
      countriesWithWork: 1,
      withoutCountry: 2,
    });
  });

  it('counts one sentence once however many countries it names', () => {
    const records = appDataFixture().activities.records.filter((r) => r.paragraph === 25);
    expect(countView(records)).toMatchObject({ records: 3, sentences: 2, paragraphs: 1 });
  });

  it('keeps paragraphs of two reports apart even when their numbers are the same', () => {
    const records = appDataFixture().activities.records.filter((r) => r.paragraph === 26);
    const other = records.map((r) => ({ ...r, report: 'A/HRC/47/99', id: `${r.id}:other` }));
    expect(countView([...records, ...other])).toMatchObject({ sentences: 2, paragraphs: 2 });
  });

  it('is all zeros for no records', () => {
    expect(countView([])).toEqual({
      records: 0,
      sentences: 0,
      paragraphs: 0,
      countries: 0,
      countriesWithWork: 0,
      withoutCountry: 0,
    });
  });
});

describe('countOf and the count unit in the URL', () => {
  it('counts a unit as the fixture reads by hand: ¶25 is three records, two sentences, one paragraph', () => {
    const records = appDataFixture().activities.records.filter((r) => r.paragraph === 25);
    expect(countOf(records, 'records')).toBe(3);
    expect(countOf(records, 'sentences')).toBe(2);
    expect(countOf(records, 'paragraphs')).toBe(1);
    expect(countOf([], 'sentences')).toBe(0);
  });

  it('reads records for an absent or unknown value', () => {
    expect(parseCountUnit(null)).toBe('records');
    expect(parseCountUnit('lines')).toBe('records');
    expect(parseCountUnit('paragraphs')).toBe('paragraphs');
  });
});
