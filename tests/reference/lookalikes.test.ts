import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { citySchema, countrySchema } from '../../src/domain/reference.ts';
import { lookalikesFileSchema } from '../../scripts/reference/hand-files.ts';
import { lookalikeProblems } from '../../scripts/reference/lookalikes.ts';

function read(name: string): unknown {
  const path = fileURLToPath(new URL(`../../data/reference/${name}`, import.meta.url));
  return JSON.parse(readFileSync(path, 'utf8'));
}

const { lookalikes } = lookalikesFileSchema.parse(read('lookalikes.json'));
const countries = z
  .object({ countries: z.array(countrySchema) })
  .parse(read('countries.json')).countries;
const cities = z.object({ cities: z.array(citySchema) }).parse(read('cities.json')).cities;
const countryNames = new Set(
  countries.flatMap((c) => [c.names.zh, c.names.en, ...c.aliases.map((a) => a.text)]),
);

describe('look-alikes', () => {
  it('each contains the country name or alias it says, and none is a country or city name', () => {
    expect(lookalikeProblems(lookalikes, countries, cities)).toEqual([]);
  });

  it('names a contained country for every word, and checks it', () => {
    for (const entry of lookalikes.filter((l) => l.kind === 'word')) {
      expect(entry.contains, entry.text).not.toBeNull();
      expect(entry.text).toContain(entry.contains);
      expect(countryNames.has(entry.contains ?? ''), entry.text).toBe(true);
    }
  });

  it('blocks the traps of Chinese UN texts', () => {
    const texts = lookalikes.map((l) => l.text);
    expect(texts).toEqual(expect.arrayContaining(['发展中国家', '印度洋', '几内亚湾', '西班牙语']));
    expect(lookalikes.find((l) => l.text === '东南亚')?.kind).toBe('region');
  });

  it('flags a look-alike that is a country alias or does not contain its country', () => {
    const bad = [
      {
        text: '伊朗',
        lang: 'zh' as const,
        kind: 'word' as const,
        contains: '伊朗',
        reason: 'x'.repeat(10),
      },
      {
        text: '印度洋',
        lang: 'zh' as const,
        kind: 'word' as const,
        contains: '印尼',
        reason: 'x'.repeat(10),
      },
    ];
    const problems = lookalikeProblems(bad, countries, cities);
    expect(problems).toContain('lookalike "伊朗" is a country name or alias');
    expect(problems).toContain('lookalike "印度洋" does not contain "印尼"');
  });
});
