import { describe, expect, it } from 'vitest';
import { emptyFilters } from '../../src/lib/filters/filter-state.ts';
import { selectRecords } from '../../src/lib/filters/select-records.ts';
import { atlasFeatures, projectedMap } from '../../src/features/map/map-geometry.ts';
import {
  buildMapModel,
  countByCountry,
  countryDetails,
  countryRecords,
  joinFeatures,
  mapLongitude,
  mapRecords,
} from '../../src/features/map/map-state.ts';
import { NEUTRAL_FILL } from '../../src/features/map/map-scale-state.ts';
import { reportData } from '../support/report-data.ts';

const data = reportData();
const { reference } = data;
const records = data.activities.records;
const map = projectedMap(1000, 488);

describe('the world atlas', () => {
  it('has 177 features, all but three with an ISO numeric id', () => {
    const features = atlasFeatures();
    expect(features).toHaveLength(177);
    expect(features.filter((f) => f.id === null).map((f) => f.name)).toEqual([
      'N. Cyprus',
      'Somaliland',
      'Kosovo',
    ]);
  });

  it('projects every feature to a path inside the map, once per size', () => {
    for (const feature of map.features) {
      expect(feature.path.startsWith('M')).toBe(true);
      expect(feature.bounds[0][0]).toBeGreaterThanOrEqual(0);
      expect(feature.bounds[1][0]).toBeLessThanOrEqual(1000);
    }
    expect(projectedMap(1000, 488)).toBe(map);
  });
});

describe('joining records to the atlas', () => {
  it('joins every feature with an id to a reference country by ISO numeric', () => {
    const joined = joinFeatures(map, reference);
    const unmatched = map.features.filter((f, i) => f.atlas.id !== null && joined[i] === null);
    expect(unmatched.map((f) => f.atlas.name)).toEqual([]);
    const byName = (name: string) =>
      joined[map.features.findIndex((f) => f.atlas.name === name)]?.iso3;
    expect(byName('Colombia')).toBe('COL');
    expect(byName('Kosovo')).toBeUndefined();
  });

  it('counts every record of a country, whatever its role, and hatches those without work', () => {
    const counts = countByCountry(records);
    expect(counts.get('COL')).toMatchObject({ total: 10, hasActivity: true });
    // South Africa: work in ¶19 and ¶39, the venue of ¶19's meeting, and ¶49 only names it: four
    // records, as the records table counts them.
    expect(counts.get('ZAF')?.byRole).toMatchObject({ activity: 2, venue: 1, mention: 1 });
    expect(counts.get('ZAF')?.total).toBe(4);
    // Japan is only named (a G20 meeting in Osaka, ¶18): one record, hatched as no work there.
    expect(counts.get('JPN')).toMatchObject({
      total: 1,
      hasActivity: false,
      byRole: { mention: 1 },
    });
    // Fiji and the Marshall Islands only sent participants: hatched, not solid.
    expect(counts.get('FJI')).toMatchObject({ total: 1, hasActivity: false });
    const placed = records.filter((r) => r.country !== null).length;
    expect([...counts.values()].reduce((sum, c) => sum + c.total, 0)).toBe(placed);
  });

  it('draws countries with records coloured and focusable, the rest neutral', () => {
    const model = buildMapModel(map, records, reference);
    expect(model.shapes).toHaveLength(177);
    const colombia = model.shapes.find((s) => s.iso3 === 'COL');
    expect(colombia).toMatchObject({ count: 10, interactive: true, hatched: false });
    expect(colombia?.fill).not.toBe(NEUTRAL_FILL);
    expect(model.shapes.filter((s) => s.count === 0).every((s) => s.fill === NEUTRAL_FILL)).toBe(
      true,
    );
    // Japan is only named (¶18): drawn hatched, with its one record, as the table counts it.
    expect(model.shapes.find((s) => s.iso3 === 'JPN')).toMatchObject({ count: 1, hatched: true });
    expect(model.shapes.find((s) => s.iso3 === 'RUS')).toMatchObject({ hatched: true });
    // Neutral land first, then the countries with records from west to east (the tab order).
    const firstColoured = model.shapes.findIndex((s) => s.count > 0);
    expect(model.shapes.slice(firstColoured).every((s) => s.count > 0)).toBe(true);
    const longitudes = model.shapes
      .slice(firstColoured)
      .map((s) => mapLongitude(model.countries.get(s.iso3 ?? '')!));
    expect(longitudes).toEqual([...longitudes].sort((a, b) => a - b));
  });

  it('keeps the other countries coloured when a country filter is on', () => {
    const filters = { ...emptyFilters, country: 'COL' };
    const filtered = selectRecords(records, filters, reference);
    const shown = mapRecords(filtered, records, filters, reference);
    expect(countByCountry(shown).get('CMR')?.total).toBe(8);
    expect(mapRecords(filtered, records, emptyFilters, reference)).toBe(filtered);
    const themed = { ...emptyFilters, theme: 'gender', country: 'COL' };
    const themedShown = mapRecords(
      selectRecords(records, themed, reference),
      records,
      themed,
      reference,
    );
    expect(themedShown.every((r) => r.themes.includes('gender'))).toBe(true);
  });

  it('describes a country: roles, top themes (not pillars) and partners, and its sources', () => {
    const counts = countByCountry(records).get('ZAF')!;
    const details = countryDetails(records, counts, reference);
    expect(details.roles.map((r) => r.role)).toEqual(['activity', 'venue', 'mention']);
    expect(details.themes.length).toBeLessThanOrEqual(3);
    const pillars = new Set(reference.themes.filter((t) => t.parent === null).map((t) => t.id));
    expect(details.themes.some((t) => pillars.has(t.id))).toBe(false);
    const own = countryRecords(records, 'ZAF');
    expect(own).toHaveLength(4);
    expect(own.filter((r) => r.role === 'mention')).toHaveLength(1);
  });
});
