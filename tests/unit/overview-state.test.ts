import { describe, expect, it } from 'vitest';
import {
  countWithout,
  countryRows,
  themeRows,
} from '../../src/features/overview/overview-state.ts';
import { appDataFixture } from '../fixtures/app-data.ts';

const data = appDataFixture();
const records = data.activities.records;
const english = new Map(
  data.reference.countries.map((country) => [country.iso3, country.names.en]),
);
const nameOf = (iso3: string) => english.get(iso3) ?? iso3;

describe('countryRows', () => {
  it('counts records per country and role, most first, ties by name', () => {
    const rows = countryRows(records, nameOf);
    expect(rows.map((row) => [row.iso3, row.total])).toEqual([
      ['COL', 2],
      ['FRA', 1],
      ['MEX', 1],
    ]);
    expect(rows[0]?.byRole).toEqual({
      activity: 2,
      participant: 0,
      venue: 0,
      mechanism: 0,
      lead: 0,
      mention: 0,
    });
    expect(rows[1]?.byRole.mention).toBe(1);
    expect(rows[0]?.records.map((record) => record.sentence)).toEqual([0, 1]);
  });

  it('sorts ties by the name it is given (the chosen language)', () => {
    const reversed = countryRows(records, (iso3) => (iso3 === 'MEX' ? 'A' : 'Z'));
    expect(reversed.map((row) => row.iso3)).toEqual(['COL', 'MEX', 'FRA']);
  });

  it('leaves out records without a country', () => {
    expect(countWithout(records, (record) => record.country !== null)).toBe(2);
    expect(
      countryRows(
        records.filter((record) => record.country === null),
        nameOf,
      ),
    ).toEqual([]);
  });
});

describe('themeRows', () => {
  it('lists every pillar in plan order with its themes, themes without records left out', () => {
    const rows = themeRows(records, data.reference.themes);
    expect(rows.map((row) => [row.theme.id, row.records.length])).toEqual([
      ['mechanisms', 1],
      ['development', 2],
      ['peace-and-security', 0],
      ['non-discrimination', 1],
      ['accountability', 0],
      ['participation', 1],
    ]);
    expect(rows[1]?.themes.map((row) => [row.theme.id, row.records.length])).toEqual([['sdgs', 2]]);
    expect(rows[2]?.themes).toEqual([]);
  });

  it('counts a record once per theme even when the theme repeats', () => {
    const doubled = records.map((record) => ({
      ...record,
      themes: [...record.themes, ...record.themes],
    }));
    expect(themeRows(doubled, data.reference.themes)[1]?.records).toHaveLength(2);
  });
});
