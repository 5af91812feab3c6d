import { describe, expect, it } from 'vitest';
import { printedRecords } from '../../src/features/tables/print-records-state.ts';
import { appDataFixture } from '../fixtures/app-data.ts';

describe('printedRecords', () => {
  const records = appDataFixture().activities.records;

  it('prints every record in the report’s order when they fit', () => {
    const printed = printedRecords(records.toReversed());
    expect(printed.cut).toBe(false);
    expect(printed.total).toBe(6);
    // ¶24 (two sentences), ¶25 (global, then France before Mexico in its second sentence), ¶26.
    expect(printed.shown.map((r) => `${r.paragraph}:${r.sentence}:${r.country ?? '-'}`)).toEqual([
      '24:0:COL',
      '24:1:COL',
      '25:0:-',
      '25:1:FRA',
      '25:1:MEX',
      '26:0:-',
    ]);
  });

  it('past the limit, prints the first ones and says how many there are', () => {
    const printed = printedRecords(records, 4);
    expect(printed).toMatchObject({ total: 6, cut: true });
    expect(printed.shown).toHaveLength(4);
    expect(printed.shown.at(-1)?.country).toBe('FRA');
  });
});
