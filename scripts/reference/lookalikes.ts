import type { City, Country } from '../../src/domain/reference.ts';
import { nameIndex } from './country-aliases.ts';
import type { Lookalike } from './hand-files.ts';

/**
 * What is wrong with the reviewed look-alikes: each must contain the country name it says it
 * contains (a word must name one), and none may itself be a country or city name, or the
 * tagger would block the place it should find.
 */
export function lookalikeProblems(
  lookalikes: readonly Lookalike[],
  countries: readonly Country[],
  cities: readonly City[],
): string[] {
  const countryNames = nameIndex(countries);
  const cityNames = new Set(cities.flatMap((c) => [c.names.zh, c.names.en, ...c.aliases]));
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const entry of lookalikes) {
    const label = `lookalike "${entry.text}"`;
    if (seen.has(entry.text)) problems.push(`${label} is listed twice`);
    seen.add(entry.text);
    if (countryNames.has(entry.text)) problems.push(`${label} is a country name or alias`);
    if (cityNames.has(entry.text)) problems.push(`${label} is a city name`);
    if (entry.kind === 'word' && entry.contains === null) {
      problems.push(`${label} is a word but names no country it contains`);
    }
    if (entry.contains !== null) {
      if (!entry.text.includes(entry.contains))
        problems.push(`${label} does not contain "${entry.contains}"`);
      if (!countryNames.has(entry.contains)) {
        problems.push(`${label}: "${entry.contains}" is not a country name or alias`);
      }
    }
  }
  return problems;
}
