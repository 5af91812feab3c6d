import { describe, expect, it } from 'vitest';
import type { ActivityRecord } from '../../src/domain/index.ts';
import { projectedMap } from '../../src/features/map/map-geometry.ts';
import {
  CHANGE_FILLS,
  comparableReports,
  mapComparison,
} from '../../src/features/map/map-change-state.ts';
import { mapLegend } from '../../src/features/map/map-legend-items.ts';
import { buildMapModel } from '../../src/features/map/map-state.ts';
import { NEUTRAL_FILL } from '../../src/features/map/map-scale-state.ts';
import { translatorOf } from '../../src/lib/i18n/messages.ts';
import { reportData } from '../support/report-data.ts';

const data = reportData();
const template = data.activities.records.find((record) => record.role === 'activity');
if (!template) throw new Error('the seed has activity records');
const map = projectedMap(1000, 488);

// Written for the test: how many records each country has in an earlier and a later report.
const EARLIER = 'A/HRC/90/1';
const LATER = 'A/HRC/93/1';
const plan: Record<string, readonly [number, number]> = {
  COL: [1, 3], // more
  KEN: [2, 0], // gone
  PER: [0, 1], // new
  NPL: [2, 2], // same
  UGA: [3, 1], // fewer
};
const records: ActivityRecord[] = Object.entries(plan).flatMap(([country, [before, after]]) =>
  [
    ...Array.from({ length: before }, () => EARLIER),
    ...Array.from({ length: after }, () => LATER),
  ].map((report, index) => ({ ...template, id: `${report}:${country}:${index}`, report, country })),
);

const fillOf = (model: ReturnType<typeof buildMapModel>, iso3: string) =>
  model.shapes.find((shape) => shape.iso3 === iso3)?.fill;

describe('the map comparing two reports', () => {
  const comparison = mapComparison(records, [EARLIER, LATER], data, 'en');
  const model = buildMapModel(map, records, data.reference, comparison);

  it('colours each country by its change from the earlier report to the later one', () => {
    expect(fillOf(model, 'PER')).toBe(CHANGE_FILLS.new);
    expect(fillOf(model, 'COL')).toBe(CHANGE_FILLS.more);
    expect(fillOf(model, 'NPL')).toBe(CHANGE_FILLS.same);
    expect(fillOf(model, 'UGA')).toBe(CHANGE_FILLS.fewer);
    // Gone: records only in the earlier report, still on the map and clickable.
    expect(fillOf(model, 'KEN')).toBe(CHANGE_FILLS.gone);
    expect(model.shapes.find((shape) => shape.iso3 === 'KEN')?.interactive).toBe(true);
    // A country with records in neither stays neutral, and nothing is hatched.
    expect(
      model.shapes.filter((shape) => shape.iso3 === null).every((s) => s.fill === NEUTRAL_FILL),
    ).toBe(true);
    expect(model.shapes.some((shape) => shape.hatched)).toBe(false);
  });

  it('gives every status a colour of its own, none the neutral grey of land without records', () => {
    const colours = Object.values(CHANGE_FILLS);
    expect(new Set(colours).size).toBe(5);
    expect(colours).not.toContain(NEUTRAL_FILL);
  });

  it('says in its legend how many countries have each status, in the order gained to lost', () => {
    const legend = mapLegend(model, translatorOf('en'), String);
    expect(legend.title).toContain(`from ${EARLIER} to ${LATER}`);
    expect(legend.items.map((item) => item.label)).toEqual([
      'No records',
      'new (1)',
      'more records (1)',
      'as many records (1)',
      'fewer records (1)',
      'gone (1)',
      'Small state (marker)',
    ]);
  });

  it('colours by records when not comparing, with hatching for countries without work', () => {
    const plain = buildMapModel(map, records, data.reference);
    expect(plain.comparison).toBeNull();
    // COL has 4 records, KEN 2: the count scale gives them different classes.
    expect(fillOf(plain, 'COL')).not.toBe(fillOf(plain, 'KEN'));
    expect(
      mapLegend(plain, translatorOf('en'), String).items.some((item) => item.kind === 'hatch'),
    ).toBe(true);
  });

  it('compares only with exactly two reports in view', () => {
    expect(comparableReports(data)).toBeNull();
    const [report] = data.paragraphs.reports;
    if (!report) throw new Error('the seed has a report');
    const registry = { language: 'zh', session: 90, year: 0, title: { zh: '', en: '' } };
    const two = {
      paragraphs: {
        ...data.paragraphs,
        reports: [
          { ...report, symbol: LATER, registry: { ...registry, year: 2033 } },
          { ...report, symbol: EARLIER, registry: { ...registry, year: 2030 } },
        ],
      },
    };
    // Oldest first, whatever the order of the file.
    expect(comparableReports(two)).toEqual([EARLIER, LATER]);
  });
});
