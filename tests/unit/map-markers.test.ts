import { describe, expect, it } from 'vitest';
import { emptyFilters } from '../../src/lib/filters/filter-state.ts';
import { selectRecords } from '../../src/lib/filters/select-records.ts';
import { projectedMap } from '../../src/features/map/map-geometry.ts';
import {
  SMALL_AREA_SHARE,
  buildMapModel,
  countByCountry,
  joinFeatures,
  smallStateMarkers,
} from '../../src/features/map/map-state.ts';
import { reportData } from '../support/report-data.ts';

const data = reportData();
const { reference } = data;
const records = data.activities.records;

function markersAt(width: number, height: number, shown = records) {
  const map = projectedMap(width, height);
  return smallStateMarkers(map, joinFeatures(map, reference), countByCountry(shown), reference);
}

describe('small-state markers', () => {
  it('marks the island states of the report that the 110m atlas drops', () => {
    const markers = markersAt(1000, 488);
    const missing = markers.filter((m) => m.reason === 'missing').map((m) => m.iso3);
    expect(missing.sort()).toEqual(['BRB', 'MDV', 'MHL', 'MUS', 'STP', 'WSM']);
  });

  it('marks countries drawn as a speck, and only countries with records', () => {
    const markers = markersAt(1000, 488);
    const small = markers.filter((m) => m.reason === 'small').map((m) => m.iso3);
    expect(small).toEqual(expect.arrayContaining(['PSE', 'VUT', 'LBN']));
    expect(small).not.toContain('COL');
    const counts = countByCountry(records);
    expect(markers.every((m) => (counts.get(m.iso3)?.total ?? 0) > 0)).toBe(true);
    // Luxembourg is a speck too, but the report has no record for it.
    expect(markers.map((m) => m.iso3)).not.toContain('LUX');
  });

  it('places a marker at the reference centroid, projected', () => {
    const map = projectedMap(1000, 488);
    const maldives = markersAt(1000, 488).find((m) => m.iso3 === 'MDV');
    const centroid = reference.countries.find((c) => c.iso3 === 'MDV')?.centroid;
    expect(centroid).toEqual([73, 3.25]);
    expect(maldives).toMatchObject({
      x: map.project(centroid!)?.[0],
      y: map.project(centroid!)?.[1],
    });
    // Samoa (172° W) sits at the right edge, beside Fiji, not at the far left.
    expect(markersAt(1000, 488).find((m) => m.iso3 === 'WSM')?.x).toBeGreaterThan(950);
  });

  it('scales the speck threshold with the map, so the same countries get markers at any size', () => {
    const iso3 = (markers: ReturnType<typeof markersAt>) => markers.map((m) => m.iso3).sort();
    expect(iso3(markersAt(1400, 683))).toEqual(iso3(markersAt(1000, 488)));
    expect(SMALL_AREA_SHARE * 1000 * 1000).toBe(20);
  });

  it('follows the filters: a state without records under them has no marker', () => {
    const filters = { ...emptyFilters, region: '002' };
    const markers = markersAt(1000, 488, selectRecords(records, filters, reference));
    expect(markers.map((m) => m.iso3).sort()).toEqual(['DJI', 'MUS', 'STP', 'SWZ']);
  });

  it('makes the marker, not the speck, the country’s button', () => {
    const model = buildMapModel(projectedMap(1000, 488), records, reference);
    const lebanon = model.shapes.find((s) => s.iso3 === 'LBN');
    expect(lebanon).toMatchObject({ interactive: false });
    expect(model.markers.map((m) => m.iso3)).toContain('LBN');
  });
});
