import type { ReferenceFile } from '../../domain/index.ts';
import type { FilterKey } from '../../lib/filters/filter-state.ts';
import { collatorOf, formatList } from '../../lib/i18n/locale.ts';
import type { Language, MessageKey, Translate } from '../../lib/i18n/messages.ts';

export type { Translate };

export function collatorFor(language: Language): Intl.Collator {
  return collatorOf(language);
}

/** M49 region and sub-region names as the reference countries give them. */
export function areaNames(
  reference: ReferenceFile,
): Map<string, { readonly zh: string; readonly en: string }> {
  const names = new Map<string, { zh: string; en: string }>();
  for (const country of reference.countries) {
    for (const area of [country.region, country.subregion]) {
      if (area && !names.has(area.code)) names.set(area.code, { zh: area.zh, en: area.en });
    }
  }
  return names;
}

export function partnerLabel(partner: ReferenceFile['partners'][number], language: Language) {
  const acronym = partner.acronyms[0];
  const name = partner.names[language];
  return acronym && acronym !== name ? `${name} (${acronym})` : name;
}

/** Resolves a filter value to its name in the chosen language (the value itself if unknown). */
export function labeller(reference: ReferenceFile, language: Language, t: Translate) {
  const themes = new Map(reference.themes.map((theme) => [theme.id, theme.labels[language]]));
  const partners = new Map(
    reference.partners.map((partner) => [partner.id, partnerLabel(partner, language)]),
  );
  const areas = areaNames(reference);
  const countries = new Map(
    reference.countries.map((country) => [country.iso3, country.names[language]]),
  );
  const offices = new Map(
    reference.officeTypes.map((office) => [office.id as string, office.labels[language]]),
  );
  return (key: FilterKey, value: string): string => {
    switch (key) {
      case 'pillar':
      case 'theme':
        return themes.get(value) ?? value;
      case 'partnerType':
        return t(`partnerType.${value}` as MessageKey);
      case 'partner':
        return partners.get(value) ?? value;
      case 'region':
      case 'subregion':
        return areas.get(value)?.[language] ?? value;
      case 'country':
        return countries.get(value) ?? value;
      case 'role':
        return t(`role.${value}` as MessageKey);
      case 'officeType':
        return offices.get(value) ?? value;
      case 'q':
        return `“${value}”`;
    }
  };
}

export interface Chip {
  readonly key: FilterKey;
  readonly value: string;
  /** "Theme: Gender equality", in the chosen language. */
  readonly label: string;
}

export function chipsFor(
  active: readonly { key: FilterKey; value: string }[],
  label: (key: FilterKey, value: string) => string,
  t: Translate,
): Chip[] {
  return active.map(({ key, value }) => ({
    key,
    value,
    label: t('filters.chip', { name: t(`filters.${key}`), value: label(key, value) }),
  }));
}

/** "Country “XXX”, Country role “boss”": the URL values that were dropped, for the notice. */
export function droppedText(
  dropped: readonly { key: string; value: string }[],
  t: Translate,
  language: Language,
): string {
  return formatList(
    language,

    dropped.map(({ key, value }) => {
      const name = `filters.${key}` as MessageKey;
      return t('filters.droppedValue', { name: t(name), value });
    }),
  );
}
