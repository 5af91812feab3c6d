import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Theme } from '../../src/domain/reference.ts';
import { BoundedSearch } from '../../src/pipeline/tag/bounded-search.ts';
import { ThemeMatcher } from '../../src/pipeline/tag/themes.ts';

/** What the tagger's shared scan gives the theme matcher, with the theme words alone. */
const findThemes = (matcher: ThemeMatcher, text: string) =>
  matcher.select(text, new BoundedSearch(matcher.entries).all(text));

function theme(id: string, zh: string[]): Theme {
  return {
    id,
    pillar: 'development',
    parent: 'development',
    labels: { zh: id, en: id },
    rules: { zh, en: [] },
  };
}

const themes = [
  theme('parliaments', ['议会']),
  theme('development', ['可持续发展']),
  theme('sdgs-2030-agenda', ['可持续发展合作框架']),
];

describe('ThemeMatcher', () => {
  it('drops a rule word that sits inside a blocking word across a word break', () => {
    const matcher = new ThemeMatcher(themes, ['建议会员国']);
    // 建议 + 会员国: "recommends that Member States", no parliament in it.
    expect(findThemes(matcher, '委员会建议会员国加强合作。')).toEqual([]);
    expect(findThemes(matcher, '人权高专办与议会合作。').map((m) => m.theme)).toEqual([
      'parliaments',
    ]);
  });

  it('keeps a rule word that is the blocking word itself, and overlapping words of other themes', () => {
    const matcher = new ThemeMatcher(themes, ['可持续发展合作框架']);
    const found = findThemes(matcher, '根据可持续发展合作框架。');
    // The blocker stops only what is strictly inside it.
    expect(found.map((m) => [m.theme, m.text])).toEqual([
      ['sdgs-2030-agenda', '可持续发展合作框架'],
    ]);
    const unblocked = findThemes(new ThemeMatcher(themes), '根据可持续发展合作框架。');
    expect(unblocked.map((m) => m.theme)).toEqual(['sdgs-2030-agenda', 'development']);
  });
});

describe('the themes of data/reference/themes.json', () => {
  const file = JSON.parse(
    readFileSync(new URL('../../data/reference/themes.json', import.meta.url), 'utf8'),
  ) as { themes: Theme[]; notInside: string[] };
  const matcher = new ThemeMatcher(file.themes, file.notInside);
  const found = (text: string) => findThemes(matcher, text).map((m) => m.theme);

  // Written for this test: capacity (能力) is capacity-building, legal capacity is not.
  it('reads 加强……的能力 as capacity-building, and 法律行为能力 or 支付能力 as not', () => {
    expect(found('人权高专办加强了检察官调查酷刑案件的能力。')).toContain('capacity-building');
    expect(found('法律承认残疾人的法律行为能力。')).not.toContain('capacity-building');
    expect(found('许多家庭缺乏支付能力。')).not.toContain('capacity-building');
  });
});
