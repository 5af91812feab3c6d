import { describe, expect, it } from 'vitest';
import { emptyFilters } from '../../src/lib/filters/filter-state.ts';
import { selectRecords } from '../../src/lib/filters/select-records.ts';
import { aggregateByRegion, regionViewRecords } from '../../src/features/map/region-state.ts';
import { reportData } from '../support/report-data.ts';

const data = reportData();
const { reference } = data;
const records = data.activities.records;

describe('aggregation by M49 region and sub-region', () => {
  const aggregation = aggregateByRegion(records, reference);

  it('lists the five M49 regions, most records first, with their names', () => {
    expect(aggregation.regions.map((r) => r.code).sort()).toEqual([
      '002',
      '009',
      '019',
      '142',
      '150',
    ]);
    const counts = aggregation.regions.map((r) => r.records);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(aggregation.regions[0]).toMatchObject({
      code: '002',
      names: { en: 'Africa', zh: '非洲' },
    });
  });

  it('adds up: every placed record once per region and once per sub-region', () => {
    // One count model: every record, whatever the country's role, is in a region or global.
    expect(aggregation.global).toBe(records.filter((r) => r.country === null).length);
    expect(aggregation.placed + aggregation.global).toBe(records.length);
    expect(aggregation.regions.reduce((sum, r) => sum + r.records, 0)).toBe(aggregation.placed);
    for (const region of aggregation.regions) {
      expect(region.subregions.reduce((sum, s) => sum + s.records, 0)).toBe(region.records);
      expect(region.subregions.every((s) => s.records > 0)).toBe(true);
    }
  });

  it('counts the same records as the map: Colombia’s ten in Latin America and the Caribbean', () => {
    const americas = aggregation.regions.find((r) => r.code === '019');
    const latin = americas?.subregions.find((s) => s.code === '419');
    expect(latin?.names.en).toBe('Latin America and the Caribbean');
    const expected = records.filter((r) => r.subregion === '419' && r.role !== 'mention');
    expect(latin?.records).toBe(expected.length);
    expect(latin?.countries).toBe(new Set(expected.map((r) => r.country)).size);
    expect(latin?.records).toBeGreaterThanOrEqual(10);
  });

  it('ignores the region filters, so that another region can be chosen from the table', () => {
    const filters = { ...emptyFilters, region: '002', theme: 'gender' };
    const filtered = selectRecords(records, filters, reference);
    const view = regionViewRecords(filtered, records, filters, reference);
    expect(view.every((r) => r.themes.includes('gender'))).toBe(true);
    expect(view.some((r) => r.region !== '002')).toBe(true);
    expect(regionViewRecords(records, records, emptyFilters, reference)).toBe(records);
  });
});
