import { describe, expect, it } from 'vitest';
import type { ActivityRecord } from '../../src/domain/index.ts';
import { emptyFilters } from '../../src/lib/filters/filter-state.ts';
import { selectRecords } from '../../src/lib/filters/select-records.ts';
import { reportData } from '../support/report-data.ts';

const { activities, reference } = reportData();
const records = activities.records;

const search = (q: string) => selectRecords(records, { ...emptyFilters, q }, reference);
const keys = (selected: readonly ActivityRecord[]) =>
  new Set(selected.map((record) => `${record.paragraph}:${record.sentence}:${record.country}`));
/** The records of the sentences given as "paragraph:sentence" (sentence from 0), or "paragraph". */
const recordsOf = (...sentences: string[]) =>
  keys(
    records.filter((record) =>
      sentences.some(
        (at) => at === String(record.paragraph) || at === `${record.paragraph}:${record.sentence}`,
      ),
    ),
  );

describe('search in Chinese and English', () => {
  // Read in the report: ¶33 is about Liberia (利比里亚 opens it and governs every sentence);
  // the first sentence of ¶39 and the third of ¶52 list it among other countries.
  const liberia = recordsOf('33', '39:0', '52:2');

  it('finds a country by its English name: its own records and the sentences naming it', () => {
    expect(liberia.size).toBeGreaterThan(0);
    expect(keys(search('Liberia'))).toEqual(liberia);
    expect(keys(search('  liberia '))).toEqual(liberia);
  });

  it('finds the same records by the Chinese name', () => {
    expect(keys(search('利比里亚'))).toEqual(liberia);
  });

  it('finds a partner by its acronym, in any case or width', () => {
    // Read in the report: UNDP is 联合国开发计划署 (开发署) in the second sentence of ¶46 and 开发署
    // in the second sentence of ¶55.
    const undp = recordsOf('46:1', '55:1');
    expect(undp.size).toBe(2);
    expect(keys(search('UNDP'))).toEqual(undp);
    expect(keys(search('undp'))).toEqual(undp);
    expect(keys(search('ＵＮＤＰ'))).toEqual(undp);
  });

  it('finds "justice" by the theme and the partners the reference names so in English', () => {
    // Read in data/reference: "justice" is in the theme "Justice and the rule of law", the
    // generic "Ministry of Justice" (and its per-country instances) and an English alias of the
    // Global Focal Point for the Rule of Law ("… for Police, Justice and Corrections"), and the
    // ECOWAS Community Court of Justice (no record of the seed names it).
    const english = [
      ...reference.themes.map((theme) => ({ id: theme.id, names: [theme.labels.en] })),
      ...reference.partners.map((partner) => ({
        id: partner.id,
        names: [partner.names.en, ...partner.acronyms, ...partner.aliases],
      })),
      ...reference.officeTypes.map((type) => ({ id: type.id, names: [type.labels.en] })),
      ...reference.countries.map((country) => ({ id: country.iso3, names: [country.names.en] })),
    ];
    const named = english
      .filter((entry) => entry.names.some((name) => /justice/iu.test(name)))
      .map((entry) => entry.id.replace(/--[a-z]{3}$/u, ''));
    expect(new Set(named)).toEqual(
      new Set([
        'justice-and-rule-of-law',
        'ministry-of-justice',
        'global-focal-point-rule-of-law',
        'ecowas-court',
      ]),
    );
    const expected = keys(
      records.filter(
        (record) =>
          record.themes.includes('justice-and-rule-of-law') ||
          record.partners.some(
            (id) =>
              id.startsWith('ministry-of-justice') ||
              id === 'global-focal-point-rule-of-law' ||
              id === 'ecowas-court',
          ),
      ),
    );
    expect(expected.size).toBeGreaterThan(0);
    expect(keys(search('justice'))).toEqual(expected);
    expect(keys(search('Justice'))).toEqual(expected);
  });

  it('still finds a fragment of the Chinese sentence', () => {
    // ¶46, second sentence: "该中心由维持和平行动部和联合国开发计划署(开发署)牵头".
    expect(keys(search('维持和平行动部和联合国开发计划署'))).toEqual(recordsOf('46:1'));
    expect(search('no such words anywhere')).toEqual([]);
  });

  it('combines the search with the other filters', () => {
    const selected = selectRecords(
      records,
      { ...emptyFilters, q: 'Liberia', country: 'LBR' },
      reference,
    );
    expect(keys(selected)).toEqual(keys(records.filter((record) => record.country === 'LBR')));
  });
});
