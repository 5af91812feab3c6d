import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/domain/meta.ts';
import type { Meta } from '../../src/domain/meta.ts';
import {
  buildActivitiesFile,
  buildFiguresFile,
  buildRecordsFile,
  buildReferenceFile,
} from '../../src/pipeline/outputs/data-files.ts';
import { rowsJson, stableJson } from '../../src/pipeline/outputs/stable-json.ts';
import { tagAndBuildRecords } from '../../src/pipeline/run-tagging.ts';
import { segment } from '../../src/pipeline/segment/segment.ts';
import { loadReference } from '../../scripts/prep/load-reference.ts';
import { expectGolden } from '../support/golden.ts';
import { REPORT_SYMBOL, goldenPath, readReportText } from '../support/report-text.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const META: Meta = {
  schemaVersion: SCHEMA_VERSION,
  generatedBy: 'tests/pipeline/outputs-golden.test.ts',
  generatedAt: '2020-01-01T00:00:00.000Z',
  sources: [{ symbol: REPORT_SYMBOL, sha256: '0'.repeat(64) }],
};

describe('tag and records: the whole report', async () => {
  const { reference, corrections } = await loadReference(root);
  const { paragraphs } = segment(readReportText(), REPORT_SYMBOL);
  // The report's year as data/reports.json states it, as prep passes it.
  const registry = JSON.parse(readFileSync(`${root}/data/reports.json`, 'utf8')) as {
    reports: { symbol: string; year: number }[];
  };
  const year = registry.reports.find((entry) => entry.symbol === REPORT_SYMBOL)?.year ?? null;
  const result = tagAndBuildRecords(paragraphs, reference, corrections, year);

  it('matches the golden activities.json', () => {
    expectGolden(
      goldenPath('A_HRC_44_28.activities.json'),
      stableJson(buildActivitiesFile(META, result)),
    );
  });

  it('matches the golden records.json (the same records once per sentence)', () => {
    expectGolden(
      goldenPath('A_HRC_44_28.records.json'),
      rowsJson(buildRecordsFile(META, result), 'sentences'),
    );
  });

  it('matches the golden figures.json', () => {
    expectGolden(
      goldenPath('A_HRC_44_28.figures.json'),
      stableJson(buildFiguresFile(META, result)),
    );
  });

  it('matches the golden reference.json', () => {
    expectGolden(
      goldenPath('A_HRC_44_28.reference.json'),
      stableJson(buildReferenceFile(META, reference, result.derivedPartners)),
    );
  });

  it('states the 84 field presences by type from ¶24, and they reconcile', () => {
    expect(result.officeBreakdown).toEqual({
      total: 84,
      countryOffices: 17,
      peaceMissionComponents: 12,
      regionalOffices: 12,
      humanRightsAdvisers: 37,
      otherPresences: 6,
      report: REPORT_SYMBOL,
      paragraph: 24,
      reconciles: true,
      sources: [
        expect.objectContaining({ part: 'total', text: '84 个办事机构' }),
        expect.objectContaining({ part: 'countryOffices', text: '17 个国别办事处' }),
        expect.objectContaining({
          part: 'peaceMissionComponents',
          text: '12 个参与和平行动的人权部门',
        }),
        expect.objectContaining({ part: 'regionalOffices', text: '12 个区域办事处' }),
        expect.objectContaining({ part: 'humanRightsAdvisers', text: '37 名人权顾问' }),
        expect.objectContaining({ part: 'otherPresences', text: '6 个其他办事机构' }),
      ],
    });
  });

  it('ties the voluntary-fund figures to their fund and year', () => {
    const fundFigures = result.figures.filter((figure) => figure.fund !== null);
    expect(
      fundFigures.map((f) => `¶${f.paragraph} ${f.value} ${f.counts} ${f.year ?? '-'} ${f.fund}`),
    ).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^¶54 26 countries 2019 /u),
        expect.stringMatching(/^¶56 132 /u),
      ]),
    );
  });

  it('gives every record a paragraph that exists and spans inside its paragraph', () => {
    const byNumber = new Map(paragraphs.map((p) => [p.number, p]));
    for (const record of result.records) {
      const paragraph = byNumber.get(record.paragraph);
      expect(paragraph).toBeDefined();
      for (const span of record.evidence.spans) {
        expect(paragraph?.text.slice(span.start, span.end)).toBe(span.text);
      }
    }
  });
});
