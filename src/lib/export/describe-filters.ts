import type { ReferenceFile } from '../../domain/index.ts';
import { activeFilters, emptyFilters } from '../filters/filter-state.ts';
import type { FilterKey, FilterState } from '../filters/filter-state.ts';
import type { FilterScope } from './chart-export-api.ts';
import { translate } from '../i18n/messages.ts';
import type { Language, MessageKey } from '../i18n/messages.ts';

function valueName(
  reference: ReferenceFile,
  language: Language,
  key: FilterKey,
  value: string,
): string {
  switch (key) {
    case 'pillar':
    case 'theme':
      return reference.themes.find((theme) => theme.id === value)?.labels[language] ?? value;
    case 'partnerType':
    case 'role':
      return translate(language, `${key}.${value}` as MessageKey);
    case 'partner': {
      const partner = reference.partners.find((candidate) => candidate.id === value);
      if (!partner) return value;
      const acronym = partner.acronyms[0];
      const name = partner.names[language];
      return acronym && acronym !== name ? `${name} (${acronym})` : name;
    }
    case 'region':
    case 'subregion': {
      for (const country of reference.countries) {
        const area = key === 'region' ? country.region : country.subregion;
        if (area?.code === value) return area[language];
      }
      return value;
    }
    case 'country':
      return (
        reference.countries.find((country) => country.iso3 === value)?.names[language] ?? value
      );
    case 'officeType':
      return reference.officeTypes.find((office) => office.id === value)?.labels[language] ?? value;
    case 'q':
      return `“${value}”`;
  }
}

/** The active filters in words, e.g. "Theme: Gender equality; Region: Africa", or "All records". */
export function describeFilters(
  filters: FilterState,
  reference: ReferenceFile,
  language: Language,
): string {
  const active = activeFilters(filters);
  if (active.length === 0) return translate(language, 'export.noFilters');
  const parts = active.map(({ key, value }) =>
    translate(language, 'filters.chip', {
      name: translate(language, `filters.${key}`),
      value: valueName(reference, language, key, value),
    }),
  );
  return parts.join(language === 'zh' ? '；' : '; ');
}

/**
 * The filters line of a picture, true to what it shows: the filters it follows; for a chart that
 * ignores its own dimension, those set on it named apart; for the stated figures, "not filtered".
 */
export function describeScope(
  filters: FilterState,
  scope: FilterScope,
  reference: ReferenceFile,
  language: Language,
): string {
  if (scope.follows === 'none') return translate(language, 'export.scope.none');
  const ignored = scope.follows === 'others' ? scope.ignores : [];
  const followed = { ...filters };
  const own = { ...emptyFilters };
  for (const key of ignored) {
    (own as Record<FilterKey, unknown>)[key] = filters[key];
    (followed as Record<FilterKey, unknown>)[key] = null;
  }
  const line = translate(language, 'export.filtersLabel', {
    filters: describeFilters(followed, reference, language),
  });
  if (activeFilters(own).length === 0) return line;
  return translate(language, 'export.scope.others', {
    line,
    own: describeFilters(own, reference, language),
  });
}
