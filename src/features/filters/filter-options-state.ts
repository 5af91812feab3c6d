import { countryRoles, partnerTypes } from '../../domain/index.ts';
import type { ActivityRecord, ReferenceFile } from '../../domain/index.ts';
import type { FilterKey, FilterState } from '../../lib/filters/filter-state.ts';
import { forEachFacet } from '../../lib/filters/select-records.ts';
import type { Language } from '../../lib/i18n/messages.ts';
import { collatorFor, labeller } from './filter-labels-state.ts';
import type { Translate } from './filter-labels-state.ts';

export interface FilterOption {
  readonly value: string;
  readonly label: string;
  /** Records the filters would give with this value (the key's own current value ignored). */
  readonly count: number;
}

export interface OptionGroup {
  readonly id: string;
  readonly label: string;
  readonly options: readonly FilterOption[];
}

export type SelectKey = Exclude<FilterKey, 'q' | 'theme'>;

export interface FilterOptions extends Record<SelectKey, readonly FilterOption[]> {
  /** Themes grouped under their pillar. */
  readonly theme: readonly OptionGroup[];
}

type ValuesOf = (record: ActivityRecord) => readonly (string | null)[];

function valuesOf(reference: ReferenceFile): Record<Exclude<FilterKey, 'q'>, ValuesOf> {
  const pillarIds = new Set(reference.themes.filter((t) => t.parent === null).map((t) => t.id));
  const partnerType = new Map(reference.partners.map((partner) => [partner.id, partner.type]));
  return {
    pillar: (record) => record.themes.filter((id) => pillarIds.has(id)),
    theme: (record) => record.themes.filter((id) => !pillarIds.has(id)),
    partnerType: (record) => record.partners.map((id) => partnerType.get(id) ?? null),
    partner: (record) => record.partners,
    region: (record) => [record.region],
    subregion: (record) => [record.subregion],
    country: (record) => [record.country],
    role: (record) => [record.role],
    officeType: (record) => [record.officeType],
  };
}

const occurringCache = new WeakMap<
  readonly ActivityRecord[],
  { reference: ReferenceFile; values: Map<FilterKey, Set<string>> }
>();

/** The values of each key that occur in the records, in first-seen order; once per data set. */
function occurringValues(
  records: readonly ActivityRecord[],
  reference: ReferenceFile,
  values: Record<Exclude<FilterKey, 'q'>, ValuesOf>,
): Map<FilterKey, Set<string>> {
  const cached = occurringCache.get(records);
  if (cached && cached.reference === reference) return cached.values;
  const result = new Map<FilterKey, Set<string>>();
  for (const [key, valuesOf] of Object.entries(values) as [FilterKey, ValuesOf][]) {
    const seen = new Set<string>();
    for (const record of records)
      for (const value of valuesOf(record)) if (value !== null) seen.add(value);
    result.set(key, seen);
  }
  occurringCache.set(records, { reference, values: result });
  return result;
}

/** Order of values: a fixed order where the domain has one, else by name in the language. */
function fixedOrder(reference: ReferenceFile): Partial<Record<FilterKey, readonly string[]>> {
  return {
    pillar: reference.themes.filter((t) => t.parent === null).map((t) => t.id),
    partnerType: partnerTypes,
    role: countryRoles,
    officeType: reference.officeTypes.map((office) => office.id),
  };
}

/**
 * The values each filter offers: only values that occur in the records, each with how many
 * records it would give under the other filters. Values that would give none are left out,
 * except the one currently chosen.
 */
export function filterOptions(
  records: readonly ActivityRecord[],
  filters: FilterState,
  reference: ReferenceFile,
  language: Language,
  t: Translate,
): FilterOptions {
  const label = labeller(reference, language, t);
  const collator = collatorFor(language);
  const values = valuesOf(reference);
  const order = fixedOrder(reference);

  const keys = Object.keys(values) as Exclude<FilterKey, 'q'>[];
  const occurring = occurringValues(records, reference, values);
  // Facet counts of every key in one pass over the records.
  const facets = new Map(keys.map((key) => [key, new Map<string, number>()]));
  const add = (key: Exclude<FilterKey, 'q'>, record: ActivityRecord) => {
    const counts = facets.get(key);
    if (!counts) return;
    for (const value of new Set(values[key](record)))
      if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
  };
  forEachFacet(records, filters, reference, (record, key) => {
    if (key === null) for (const each of keys) add(each, record);
    else if (key !== 'q') add(key, record);
  });

  const optionsFor = (key: Exclude<FilterKey, 'q'>): FilterOption[] => {
    const counts = facets.get(key) ?? new Map<string, number>();
    const options = [...(occurring.get(key) ?? [])]
      .map((value) => ({ value, label: label(key, value), count: counts.get(value) ?? 0 }))
      .filter((option) => option.count > 0 || filters[key] === option.value);
    const fixed = order[key];
    return fixed
      ? options.sort((a, b) => fixed.indexOf(a.value) - fixed.indexOf(b.value))
      : options.sort((a, b) => collator.compare(a.label, b.label));
  };

  const themes = optionsFor('theme');
  const pillarOf = new Map(reference.themes.map((theme) => [theme.id, theme.pillar as string]));
  const theme = (order.pillar ?? [])
    .map((pillar) => ({
      id: pillar,
      label: label('pillar', pillar),
      options: themes.filter((option) => pillarOf.get(option.value) === pillar),
    }))
    .filter((group) => group.options.length > 0);

  return {
    pillar: optionsFor('pillar'),
    theme,
    partnerType: optionsFor('partnerType'),
    partner: optionsFor('partner'),
    region: optionsFor('region'),
    subregion: optionsFor('subregion'),
    country: optionsFor('country'),
    role: optionsFor('role'),
    officeType: optionsFor('officeType'),
  };
}

/** Partners whose names (both languages), acronyms or aliases contain the query. */
export function matchPartners(
  options: readonly FilterOption[],
  reference: ReferenceFile,
  query: string,
  selected: string | null,
): FilterOption[] {
  const needle = query.trim().toLowerCase();
  if (needle === '') return [...options];
  const haystacks = new Map(
    reference.partners.map((partner) => [
      partner.id,
      [partner.names.zh, partner.names.en, ...partner.acronyms, ...partner.aliases]
        .join('\n')
        .toLowerCase(),
    ]),
  );
  return options.filter(
    (option) => option.value === selected || (haystacks.get(option.value) ?? '').includes(needle),
  );
}
