import { z } from './zod.ts';
import { metaSchema } from './meta.ts';

export const bilingualSchema = z.object({ zh: z.string().min(1), en: z.string().min(1) });

export const countrySchema = z.object({
  /** ISO 3166-1 alpha-3, the key every record uses. */
  iso3: z.string().regex(/^[A-Z]{3}$/),
  iso2: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable(),
  /** ISO 3166-1 numeric as three digits (world-atlas joins on it). */
  isoNumeric: z
    .string()
    .regex(/^\d{3}$/)
    .nullable(),
  m49: z.string().regex(/^\d{3}$/),
  names: z.object({
    zh: z.string().min(1),
    en: z.string().min(1),
    zhFormal: z.string().nullable(),
    enFormal: z.string().nullable(),
  }),
  /** Other spellings the tagger recognises, each with where it comes from. */
  aliases: z.array(
    z.object({ text: z.string().min(1), lang: z.enum(['zh', 'en']), source: z.string() }),
  ),
  region: z.object({ code: z.string(), zh: z.string(), en: z.string() }).nullable(),
  subregion: z.object({ code: z.string(), zh: z.string(), en: z.string() }).nullable(),
  ldc: z.boolean(),
  lldc: z.boolean(),
  sids: z.boolean(),
  /** UN member state, observer state, or another area. */
  status: z.enum(['member', 'observer', 'area']),
  capital: z.string().nullable(),
  /** A point for a map marker, [longitude, latitude] in degrees (world-countries `latlng`), or null. */
  centroid: z.tuple([z.number(), z.number()]).nullable(),
});

export const citySchema = z.object({
  id: z.string().min(1),
  names: bilingualSchema,
  aliases: z.array(z.string()),
  country: z.string().regex(/^[A-Z]{3}$/),
  capital: z.boolean(),
  source: z.string(),
});

export const partnerTypes = [
  'un-entity',
  'regional-organisation',
  'intergovernmental-body',
  'financial-institution',
  'national-human-rights-institution',
  'government-body',
  'parliament',
  'civil-society',
  'private-sector',
  'academic',
  'human-rights-mechanism',
  'other',
] as const;

export const partnerSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  type: z.enum(partnerTypes),
  names: bilingualSchema,
  acronyms: z.array(z.string()),
  /** Other Chinese or English forms found in UN texts (short names, older names). */
  aliases: z.array(z.string()),
  /** Country the organisation belongs to, for national bodies. */
  country: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .nullable(),
  /**
   * A generic body every State has (司法部, 国家统计局): records name it per country, as
   * `${id}--${iso3 in lower case}`, with the country that governs the sentence.
   */
  perCountry: z.boolean().optional(),
  /** For such a per-country partner: the generic entry it is an instance of. */
  instanceOf: z.string().optional(),
  /**
   * Themes that work with this body is about by what the body is (a regional human rights
   * commission or court: regional-mechanisms), not by a word of its name.
   */
  workThemes: z.array(z.string()).optional(),
});

export const pillars = [
  'mechanisms',
  'development',
  'peace-and-security',
  'non-discrimination',
  'accountability',
  'participation',
] as const;

export const themeSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  pillar: z.enum(pillars),
  /** Null for a pillar itself, else the pillar's id. */
  parent: z.string().nullable(),
  labels: bilingualSchema,
  /** Words that trigger the theme, per language; every tag shows which one fired. */
  rules: z.object({ zh: z.array(z.string()), en: z.array(z.string()) }),
});

export const officeTypeIds = [
  'country-office',
  'peace-mission-component',
  'regional-office',
  'human-rights-adviser',
  'other-presence',
  'headquarters',
] as const;

export const officeTypeSchema = z.object({
  id: z.enum(officeTypeIds),
  labels: bilingualSchema,
  rules: z.object({ zh: z.array(z.string()), en: z.array(z.string()) }),
  /** Themes that work through this kind of presence is about (a mission's component: peace operations). */
  workThemes: z.array(z.string()).optional(),
});

export const fundSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  names: bilingualSchema,
  aliases: z.array(z.string()),
});

export const referenceFileSchema = z.object({
  meta: metaSchema,
  countries: z.array(countrySchema),
  cities: z.array(citySchema),
  partners: z.array(partnerSchema),
  themes: z.array(themeSchema),
  officeTypes: z.array(officeTypeSchema),
  funds: z.array(fundSchema),
});

export type Country = z.infer<typeof countrySchema>;
export type City = z.infer<typeof citySchema>;
export type Partner = z.infer<typeof partnerSchema>;
export type PartnerType = (typeof partnerTypes)[number];
export type Theme = z.infer<typeof themeSchema>;
export type Pillar = (typeof pillars)[number];
export type OfficeType = z.infer<typeof officeTypeSchema>;
export type OfficeTypeId = (typeof officeTypeIds)[number];
export type Fund = z.infer<typeof fundSchema>;
export type ReferenceFile = z.infer<typeof referenceFileSchema>;
