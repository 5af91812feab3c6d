import type { City, Country, Fund, OfficeType, Partner, Theme } from '../../domain/reference.ts';

/** A word that contains a country name but is not that country (发展中国家, 印度洋), or a region. */
export interface Lookalike {
  readonly text: string;
  readonly lang: 'zh' | 'en';
  readonly kind: 'region' | 'word';
}

/** OHCHR itself: the actor whose work the records describe, never a partner. */
export interface Actor {
  readonly id: string;
  readonly names: { readonly zh: string; readonly en: string };
  readonly aliases: readonly string[];
}

/** The reviewed reference data the tagger reads (data/reference/), passed in by the prep script. */
export interface ReferenceInput {
  readonly countries: readonly Country[];
  readonly cities: readonly City[];
  readonly partners: readonly Partner[];
  readonly actor: Actor;
  readonly themes: readonly Theme[];
  /** Longer words inside which a theme's rule word does not count (议会 inside 建议会员国). */
  readonly themeBlockers?: readonly string[];
  readonly officeTypes: readonly OfficeType[];
  readonly funds: readonly Fund[];
  readonly lookalikes: readonly Lookalike[];
  /** Reviewed OHCHR presences by year (data/reference/field-presences.json). */
  readonly fieldPresences?: readonly FieldPresence[];
}

/** An OHCHR presence in a country in a year, from a reviewed public list. */
export interface FieldPresence {
  readonly year: number;
  readonly officeType: OfficeType['id'];
  readonly iso3: string;
  readonly asListed: string;
  readonly source: string;
  readonly note: string | null;
}
