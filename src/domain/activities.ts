import { z } from './zod.ts';
import { metaSchema } from './meta.ts';
import { officeTypeIds } from './reference.ts';

export const countryRoles = [
  'activity',
  'participant',
  'venue',
  'mechanism',
  'lead',
  'mention',
] as const;

export const tagKinds = [
  'country',
  'city',
  'partner',
  'office',
  'fund',
  'theme',
  'figure',
  'actor',
  'title',
] as const;

/** One tagged span of a paragraph, with what produced it. */
export const tagSchema = z.object({
  kind: z.enum(tagKinds),
  /** UTF-16 offsets into the paragraph text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  text: z.string(),
  /** The id it resolves to: ISO3 for countries and cities, partner/theme/fund/office ids. */
  ref: z.string().nullable(),
  /** The rule or dictionary entry that produced it, e.g. "dictionary:country-alias" or "role:venue-held-in". */
  rule: z.string(),
  role: z.enum(countryRoles).nullable(),
});

export const sentenceSpanSchema = z.object({
  index: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
});

export const activityRecordSchema = z.object({
  id: z.string().min(1),
  report: z.string(),
  paragraph: z.number().int().positive(),
  /** Sentence index within the paragraph, from 0. */
  sentence: z.number().int().nonnegative(),
  country: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .nullable(),
  role: z.enum(countryRoles).nullable(),
  /** M49 codes. */
  region: z.string().nullable(),
  subregion: z.string().nullable(),
  officeType: z.enum(officeTypeIds).nullable(),
  themes: z.array(z.string()),
  partners: z.array(z.string()),
  /** Human rights mechanisms (treaty bodies, special procedures, the Council, the UPR) at work in the sentence. */
  mechanisms: z.array(z.string()),
  /** Whether the place came from an earlier sentence of the paragraph ("在哥伦比亚，..."). */
  placeInherited: z.boolean(),
  /**
   * Why the sentence is a record: the rule that found it reports work, e.g. "work:actor-named",
   * "work:refers-back" (it goes on with the sentence before), "work:who-took-part-or-where".
   */
  workRule: z.string().optional(),
  /**
   * Why the office type: "office:named-in-sentence", "office:named-earlier-in-paragraph",
   * "office:named-in-paragraph-before" (the office a paragraph opening on 该办事处 goes on with),
   * "office:ohchr-with-no-place" (headquarters), "office:reviewed-list-YYYY" (the country hosted
   * that presence that year, data/reference/field-presences.json); null when not stated.
   */
  officeRule: z.string().nullable().optional(),
  /** The sentence (index in the paragraph) an inherited place comes from; null when not inherited. */
  placeFrom: z.number().int().nonnegative().nullable().optional(),
  /**
   * The paragraph (its number) an inherited place comes from when the paragraph goes on with the
   * office the one before it named ("该办事处……" after "人权高专办洪都拉斯办事处……"), in one section.
   */
  placeFromParagraph: z.number().int().positive().nullable().optional(),
  /**
   * The sentence (index in the paragraph) whose themes and partners a sentence that refers back
   * ("这次研讨会……") took, having none of its own; null when the topic is the sentence's own.
   */
  topicFrom: z.number().int().nonnegative().nullable().optional(),
  evidence: z.object({
    sentence: z.string(),
    /** Offset of the sentence in the paragraph text; spans below are paragraph offsets. */
    sentenceStart: z.number().int().nonnegative(),
    spans: z.array(tagSchema),
  }),
});

export const activitiesFileSchema = z.object({
  meta: metaSchema,
  records: z.array(activityRecordSchema),
});

export type CountryRole = (typeof countryRoles)[number];
export type TagKind = (typeof tagKinds)[number];
export type Tag = z.infer<typeof tagSchema>;
export type ActivityRecord = z.infer<typeof activityRecordSchema>;
export type ActivitiesFile = z.infer<typeof activitiesFileSchema>;
