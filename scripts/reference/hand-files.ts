import * as z from 'zod';

/** Schemas of the hand-reviewed files in data/reference/: every entry says why it is there. */
const iso3 = z.string().regex(/^[A-Z]{3}$/);
const lang = z.enum(['zh', 'en']);
const reason = z.string().min(10);

const aliasEntrySchema = z.strictObject({ iso3, text: z.string().min(1), lang, reason });

export const countryAliasesFileSchema = z.strictObject({
  note: z.string(),
  /** Forms that occur in UN texts or common usage but in none of the sources. */
  aliases: z.array(aliasEntrySchema),
  /** Source or generated forms that are wrong or ambiguous for this country. */
  exclusions: z.array(aliasEntrySchema),
});

export const countryOverridesFileSchema = z.strictObject({
  note: z.string(),
  overrides: z.array(
    z.strictObject({
      iso3,
      reason,
      status: z.enum(['member', 'observer', 'area']).optional(),
      names: z
        .strictObject({
          zh: z.string().min(1).optional(),
          en: z.string().min(1).optional(),
          zhFormal: z.string().min(1).optional(),
          enFormal: z.string().min(1).optional(),
        })
        .optional(),
      capital: z.string().min(1).nullable().optional(),
    }),
  ),
});

export const cityAdditionsFileSchema = z.strictObject({
  note: z.string(),
  cities: z.array(
    z.strictObject({
      zh: z.string().min(2),
      en: z.string().min(2),
      country: iso3,
      capital: z.boolean(),
      aliases: z.array(z.string().min(2)).optional(),
      reason,
    }),
  ),
  /** CLDR exemplar cities left out, by Chinese name. */
  exclusions: z.array(z.strictObject({ zh: z.string().min(1), reason })),
});

export const lookalikesFileSchema = z.strictObject({
  note: z.string(),
  lookalikes: z.array(
    z.strictObject({
      text: z.string().min(2),
      lang,
      /** region: a world region the tagger may tag as such; word: only blocks the country inside. */
      kind: z.enum(['region', 'word']),
      /** The country name or alias inside the text, or null for a region that contains none. */
      contains: z.string().min(2).nullable(),
      reason,
    }),
  ),
});

export type CountryAliasesFile = z.infer<typeof countryAliasesFileSchema>;
export type CountryOverridesFile = z.infer<typeof countryOverridesFileSchema>;
export type CityAdditionsFile = z.infer<typeof cityAdditionsFileSchema>;
export type LookalikesFile = z.infer<typeof lookalikesFileSchema>;
export type Lookalike = LookalikesFile['lookalikes'][number];
