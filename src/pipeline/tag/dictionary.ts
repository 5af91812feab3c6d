import { selectLongest, type PatternHit } from './bounded-search.ts';
import type { ReferenceInput } from './reference-input.ts';

export type EntryKind =
  'country' | 'city' | 'partner' | 'actor' | 'fund' | 'office' | 'lookalike' | 'region';

export interface DictionaryEntry {
  readonly kind: EntryKind;
  /** ISO3 for countries and cities, else the id in its registry; null for look-alike words. */
  readonly ref: string | null;
  /** Which list the pattern came from, e.g. "country:name-zh", "partner:acronym". */
  readonly source: string;
}

export interface DictionaryMatch {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly entry: DictionaryEntry;
}

/** Earlier kinds win when two lists share a string: an organisation beats a place of the same name. */
const PRECEDENCE: readonly EntryKind[] = [
  'actor',
  'fund',
  'partner',
  'office',
  'lookalike',
  'region',
  'country',
  'city',
];

export class EntityDictionary {
  /** Every name with what it stands for; the tagger finds them in one scan with the theme words. */
  readonly entries: readonly { pattern: string; data: DictionaryEntry }[];
  readonly conflicts: string[] = [];

  constructor(reference: ReferenceInput) {
    const entries = new Map<string, DictionaryEntry>();
    const add = (pattern: string, entry: DictionaryEntry) => {
      const text = pattern.trim();
      if ([...text].length < 2) return;
      const existing = entries.get(text);
      if (existing && existing.ref !== entry.ref) {
        const keep =
          PRECEDENCE.indexOf(existing.kind) <= PRECEDENCE.indexOf(entry.kind) ? existing : entry;
        if (existing.kind === entry.kind)
          this.conflicts.push(`"${text}": ${existing.ref} / ${entry.ref}`);
        entries.set(text, keep);
        return;
      }
      entries.set(text, entry);
    };
    const { actor } = reference;
    for (const name of [actor.names.zh, actor.names.en, ...actor.aliases]) {
      add(name, { kind: 'actor', ref: actor.id, source: 'actor' });
    }
    for (const fund of reference.funds) {
      for (const name of [fund.names.zh, fund.names.en, ...fund.aliases]) {
        add(name, { kind: 'fund', ref: fund.id, source: 'fund:name' });
      }
    }
    for (const partner of reference.partners) {
      add(partner.names.zh, { kind: 'partner', ref: partner.id, source: 'partner:name-zh' });
      add(partner.names.en, { kind: 'partner', ref: partner.id, source: 'partner:name-en' });
      for (const acronym of partner.acronyms)
        add(acronym, { kind: 'partner', ref: partner.id, source: 'partner:acronym' });
      for (const alias of partner.aliases)
        add(alias, { kind: 'partner', ref: partner.id, source: 'partner:alias' });
    }
    for (const office of reference.officeTypes) {
      for (const rule of [...office.rules.zh, ...office.rules.en]) {
        add(rule, { kind: 'office', ref: office.id, source: 'office-type:rule' });
      }
    }
    for (const word of reference.lookalikes) {
      add(word.text, {
        kind: word.kind === 'region' ? 'region' : 'lookalike',
        ref: null,
        source: `lookalike:${word.kind}`,
      });
    }
    for (const country of reference.countries) {
      add(country.names.zh, { kind: 'country', ref: country.iso3, source: 'country:name-zh' });
      add(country.names.en, { kind: 'country', ref: country.iso3, source: 'country:name-en' });
      for (const alias of country.aliases) {
        add(alias.text, {
          kind: 'country',
          ref: country.iso3,
          source: `country:alias (${alias.source})`,
        });
      }
    }
    for (const city of reference.cities) {
      for (const name of [city.names.zh, city.names.en, ...city.aliases]) {
        add(name, { kind: 'city', ref: city.country, source: `city:${city.id}` });
      }
    }
    this.entries = [...entries].map(([pattern, data]) => ({ pattern, data }));
  }

  /** Among every hit of `entries` in the text: the longest from the left; Latin names as whole words. */
  select(text: string, hits: readonly PatternHit<DictionaryEntry>[]): DictionaryMatch[] {
    // "日本国际协力机构": the 国 of 日本国 opens 国际 (international); the shorter name is the one.
    const words = hits.filter(
      (hit) => !(text[hit.end - 1] === '国' && text[hit.end] === '际' && hit.end - hit.start > 2),
    );
    return selectLongest(words, text.length)
      .filter((hit) => standsAlone(text, hit.start, hit.end))
      .map((hit) => ({
        start: hit.start,
        end: hit.end,
        text: text.slice(hit.start, hit.end),
        entry: hit.data,
      }));
  }
}

const LATIN = /[A-Za-z0-9\u00C0-\u024F]/u;

function standsAlone(text: string, start: number, end: number): boolean {
  const first = text[start] ?? '';
  const last = text[end - 1] ?? '';
  if (LATIN.test(first) && LATIN.test(text[start - 1] ?? '')) return false;
  if (LATIN.test(last) && LATIN.test(text[end] ?? '')) return false;
  return true;
}
