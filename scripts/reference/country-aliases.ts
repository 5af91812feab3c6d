import type { Country } from '../../src/domain/reference.ts';
import type { CountryBase } from './country-records.ts';
import { compareText } from './country-records.ts';
import type { CsvRow } from './csv.ts';
import type { CountryAliasesFile } from './hand-files.ts';
import {
  apostropheVariants,
  bracketWidthVariants,
  cleanSourceName,
  codePointLength,
  enBracketVariants,
  splitBrackets,
  withoutArticle,
  zhBracketedForm,
  zhBracketVariants,
} from './names.ts';
import type { LocaleNames } from './reference-inputs.ts';

export type Alias = Country['aliases'][number];
type Lang = Alias['lang'];

export interface AliasSources {
  readonly countryCodes: readonly CsvRow[];
  readonly m49Zh: readonly CsvRow[];
  readonly m49En: readonly CsvRow[];
  readonly i18nZh: LocaleNames;
  readonly i18nEn: LocaleNames;
  readonly reviewed: CountryAliasesFile;
  readonly toTraditional: (text: string) => string;
}

/** Adds every alias to its country; throws when an alias would name two countries. */
export function withAliases(bases: readonly CountryBase[], sources: AliasSources): Country[] {
  const exclusions = new Exclusions(sources.reviewed.exclusions, sources.toTraditional);
  const countries = bases.map((base) => {
    const candidates = expand(sourceForms(base, sources), base, sources.toTraditional);
    return { ...base, aliases: finish(base, exclusions.apply(base.iso3, candidates)) };
  });
  exclusions.assertAllUsed();
  const unknown = sources.reviewed.aliases.filter((a) => !bases.some((b) => b.iso3 === a.iso3));
  if (unknown.length > 0) {
    throw new Error(
      `country-aliases.json names unknown countries: ${unknown.map((a) => `${a.iso3} ${a.text}`).join(', ')}`,
    );
  }
  assertNoConflicts(countries);
  return countries;
}

function sourceForms(base: CountryBase, sources: AliasSources): Alias[] {
  const row = sources.countryCodes.find((r) => r['ISO3166-1-Alpha-3'] === base.iso3);
  const m49Zh = sources.m49Zh.find((r) => r['ISO-alpha3 Code'] === base.iso3);
  const m49En = sources.m49En.find((r) => r['ISO-alpha3 Code'] === base.iso3);
  const iso2 = base.iso2 ?? '';
  const forms: Alias[] = [];
  const add = (text: string | undefined, lang: Lang, source: string) => {
    const clean = cleanSourceName(text ?? '');
    if (clean) forms.push({ text: lang === 'en' ? withoutArticle(clean) : clean, lang, source });
  };
  add(base.names.zh, 'zh', 'country-overrides');
  add(base.names.en, 'en', 'country-overrides');
  add(row?.['UNTERM Chinese Short'], 'zh', 'unterm-short');
  add(row?.['UNTERM English Short'], 'en', 'unterm-short');
  add(row?.['UNTERM Chinese Formal'], 'zh', 'unterm-formal');
  add(row?.['UNTERM English Formal'], 'en', 'unterm-formal');
  add(base.names.zhFormal ?? '', 'zh', 'country-overrides');
  add(base.names.enFormal ?? '', 'en', 'country-overrides');
  add(m49Zh?.['Country or Area'], 'zh', 'm49');
  add(m49En?.['Country or Area'], 'en', 'm49');
  for (const name of variantsOf(sources.i18nZh[iso2])) add(name, 'zh', 'i18n-iso-countries');
  for (const name of variantsOf(sources.i18nEn[iso2])) add(name, 'en', 'i18n-iso-countries');
  for (const alias of sources.reviewed.aliases.filter((a) => a.iso3 === base.iso3)) {
    add(alias.text, alias.lang, 'reviewed');
  }
  return forms;
}

/** The rule-made variants: brackets both ways and both widths, apostrophes, traditional characters. */
function expand(
  forms: readonly Alias[],
  base: CountryBase,
  toTraditional: (text: string) => string,
): Alias[] {
  const out = [...forms];
  const zhForms = () => out.filter((a) => a.lang === 'zh').map((a) => a.text);
  if (splitBrackets(base.names.en)) {
    for (const short of zhForms()) {
      for (const long of zhForms()) {
        const bracketed = zhBracketedForm(short, long);
        if (bracketed) out.push({ text: bracketed, lang: 'zh', source: 'rule:brackets' });
      }
    }
  }
  for (const text of zhForms()) {
    for (const width of bracketWidthVariants(text)) {
      out.push({ text: width, lang: 'zh', source: 'rule:brackets' });
      for (const variant of zhBracketVariants(width)) {
        out.push({ text: variant, lang: 'zh', source: 'rule:brackets' });
      }
    }
  }
  for (const alias of out.filter((a) => a.lang === 'en')) {
    for (const variant of enBracketVariants(alias.text)) {
      out.push({ text: withoutArticle(variant), lang: 'en', source: 'rule:brackets' });
    }
  }
  for (const alias of out.filter((a) => a.lang === 'en')) {
    for (const variant of apostropheVariants(alias.text)) {
      out.push({ text: variant, lang: 'en', source: 'rule:apostrophe' });
    }
  }
  for (const text of zhForms()) {
    const traditional = toTraditional(text);
    if (traditional !== text) out.push({ text: traditional, lang: 'zh', source: 'opencc:cn2tw' });
  }
  return out;
}

/** Drops short and repeated forms and the names themselves; sorts by language, then text. */
function finish(base: CountryBase, candidates: readonly Alias[]): Alias[] {
  const seen = new Set([base.names.zh, base.names.en]);
  const aliases: Alias[] = [];
  for (const alias of candidates) {
    const text = alias.text.trim();
    if (codePointLength(text) < 2 || seen.has(text)) continue;
    seen.add(text);
    aliases.push({ ...alias, text });
  }
  return aliases.sort((a, b) => compareText(a.lang, b.lang) || compareText(a.text, b.text));
}

class Exclusions {
  private readonly used = new Set<number>();

  constructor(
    private readonly entries: CountryAliasesFile['exclusions'],
    private readonly toTraditional: (text: string) => string,
  ) {}

  apply(iso3: string, candidates: readonly Alias[]): Alias[] {
    return candidates.filter((alias) => {
      const index = this.entries.findIndex(
        (e) =>
          e.iso3 === iso3 &&
          e.lang === alias.lang &&
          (e.text === alias.text || (e.lang === 'zh' && this.toTraditional(e.text) === alias.text)),
      );
      if (index >= 0 && this.entries[index]?.text === alias.text) this.used.add(index);
      return index < 0;
    });
  }

  assertAllUsed(): void {
    const stale = this.entries.filter((_, index) => !this.used.has(index));
    if (stale.length > 0) {
      throw new Error(
        `country-aliases.json excludes forms no source produces: ${stale.map((e) => `${e.iso3} "${e.text}"`).join(', ')}`,
      );
    }
  }
}

/** Every name and alias → the countries it names; more than one is a build error. */
export function nameIndex(countries: readonly Country[]): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  for (const country of countries) {
    for (const text of [
      country.names.zh,
      country.names.en,
      ...country.aliases.map((a) => a.text),
    ]) {
      const owners = index.get(text) ?? new Set<string>();
      owners.add(country.iso3);
      index.set(text, owners);
    }
  }
  return index;
}

function assertNoConflicts(countries: readonly Country[]): void {
  const conflicts = [...nameIndex(countries)]
    .filter(([, owners]) => owners.size > 1)
    .map(
      ([text, owners]) =>
        `"${text}" → ${[...owners].sort().join(' + ')}${describe(countries, text)}`,
    );
  if (conflicts.length > 0) {
    throw new Error(
      `aliases naming more than one country (add an exclusion with a reason to data/reference/country-aliases.json):\n  ${conflicts.join('\n  ')}`,
    );
  }
}

function describe(countries: readonly Country[], text: string): string {
  const sources = countries.flatMap((c) =>
    c.aliases.filter((a) => a.text === text).map((a) => `${c.iso3}:${a.source}`),
  );
  return sources.length > 0 ? ` (${sources.join(', ')})` : '';
}

function variantsOf(names: string | readonly string[] | undefined): readonly string[] {
  if (names === undefined) return [];
  return typeof names === 'string' ? [names] : names;
}
