import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  RecordsLookupError,
  compactRecords,
  countryRoles,
  expandRecords,
  recordsFileSchema,
  tagKinds,
} from '../../src/domain/index.ts';
import type { ActivityRecord, ExpandLookups } from '../../src/domain/index.ts';
import { expandRecordsFile } from '../../src/lib/data/expand-records-file.ts';
import { DataFileError } from '../../src/lib/data/data-file-error.ts';
import { goldenPath } from '../support/report-text.ts';

const golden = <T>(name: string) => JSON.parse(readFileSync(goldenPath(name), 'utf8')) as T;
// Reviewed goldens of the seed: the one-record-per-country file and the per-sentence one are
// written by two builders; the per-sentence file must give back the other exactly.
const activities = golden<{ records: ActivityRecord[] }>('A_HRC_44_28.activities.json');
const records = recordsFileSchema.parse(golden('A_HRC_44_28.records.json'));
const paragraphs = golden<Parameters<typeof expandRecordsFile>[1]>('A_HRC_44_28.paragraphs.json');
const reference = golden<Parameters<typeof expandRecordsFile>[2]>('A_HRC_44_28.reference.json');

describe('records.json: the records once per sentence', () => {
  it('expands to exactly the records of activities.json', () => {
    const expanded = expandRecordsFile(records, paragraphs, reference, 'data/records.json');
    if (expanded instanceof Error) throw expanded;
    expect(expanded.records).toEqual(activities.records);
  });

  it('holds one row per sentence with a record, a place per record', () => {
    const sentences = new Set(activities.records.map((r) => `${r.paragraph}:${r.sentence}`));
    expect(records.sentences).toHaveLength(sentences.size);
    expect(records.sentences.flatMap((row) => row.places)).toHaveLength(activities.records.length);
    // A/HRC/44/28 ¶39: one sentence naming the countries whose civil society took part.
    const many = records.sentences.reduce((a, b) => (b.places.length > a.places.length ? b : a));
    expect(many.places.length).toBeGreaterThan(10);
  });

  it('is several times smaller than activities.json', () => {
    const compact = readFileSync(goldenPath('A_HRC_44_28.records.json')).length;
    const verbose = readFileSync(goldenPath('A_HRC_44_28.activities.json')).length;
    expect(compact * 4).toBeLessThan(verbose);
  });

  it('names the row that does not fit the paragraphs or the countries', () => {
    const row = records.sentences[0]!;
    const lookups: ExpandLookups = {
      paragraphText: () => 'short',
      regionsOf: () => ({ region: null, subregion: null }),
    };
    expect(() => expandRecords([row], lookups)).toThrow(
      new RecordsLookupError(
        `${row.report} ¶${row.paragraph} sentence ${row.sentence}: offsets ${row.start}–${row.end} outside the paragraph`,
      ),
    );
    expect(() =>
      expandRecords([{ ...row, places: [['ZZZ', 'activity', null, null, false, null, null]] }], {
        paragraphText: () => 'x'.repeat(row.end + 100),
        regionsOf: () => undefined,
      }),
    ).toThrow(/unknown country ZZZ/u);
    const missing = expandRecordsFile(
      { ...records, sentences: [{ ...row, paragraph: 999 }] },
      paragraphs,
      reference,
      'data/records.json',
    );
    expect(missing).toBeInstanceOf(DataFileError);
    expect((missing as DataFileError).message).toContain('data/records.json');
    expect((missing as DataFileError).message).toContain('¶999 sentence');
  });

  it('gives back any records whose sentence and spans are slices of their paragraph', () => {
    const text = '人权高专办在哥伦比亚和秘鲁举办了讲习班。该项目还支持了民间社会。';
    const place = fc.record({
      country: fc.constantFrom<string | null>('COL', 'PER', null),
      role: fc.constantFrom(...countryRoles, null),
      placeInherited: fc.boolean(),
      // A reviewed correction may change one record of a sentence.
      corrected: fc.boolean(),
    });
    const sentence = fc.record({
      paragraph: fc.integer({ min: 1, max: 3 }),
      sentence: fc.integer({ min: 0, max: 2 }),
      start: fc.integer({ min: 0, max: 10 }),
      length: fc.integer({ min: 1, max: 20 }),
      themes: fc.uniqueArray(fc.constantFrom('civic-space', 'development', 'elections')),
      spans: fc.array(
        fc.record({
          kind: fc.constantFrom(...tagKinds),
          start: fc.nat(20),
          length: fc.integer({ min: 1, max: 5 }),
        }),
      ),
      places: fc.uniqueArray(place, { minLength: 1, maxLength: 3, selector: (p) => p.country }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(sentence, { selector: (s) => `${s.paragraph}:${s.sentence}` }),
        (rows) => {
          const input: ActivityRecord[] = rows.flatMap((row) =>
            [...row.places]
              .sort((a, b) => Number(a.corrected) - Number(b.corrected))
              .map((p) => ({
                id: `R:${row.paragraph}:${row.sentence}:${p.country ?? 'none'}`,
                report: 'R',
                paragraph: row.paragraph,
                sentence: row.sentence,
                country: p.country,
                role: p.role,
                region: p.country ? '019' : null,
                subregion: p.country ? '419' : null,
                officeType: null,
                themes: row.themes,
                partners: [],
                mechanisms: [],
                placeInherited: p.placeInherited,
                workRule: 'work:actor-named',
                officeRule: null,
                placeFrom: p.placeInherited ? 0 : null,
                topicFrom: null,
                evidence: {
                  sentence: text.slice(row.start, row.start + row.length),
                  sentenceStart: row.start,
                  spans: row.spans.map((span) => ({
                    kind: span.kind,
                    start: span.start,
                    end: span.start + span.length,
                    text: text.slice(span.start, span.start + span.length),
                    ref: null,
                    rule: 'test',
                    role: null,
                  })),
                },
              })),
          );
          const back = expandRecords(compactRecords(input), {
            paragraphText: () => text,
            regionsOf: () => ({ region: '019', subregion: '419' }),
          });
          expect(back).toEqual(input);
        },
      ),
      { numRuns: 200 },
    );
  });
});
