import { z } from './zod.ts';
import { metaSchema } from './meta.ts';
import type { OfficeTypeId } from './reference.ts';

export const qualifiers = ['more than', 'about', 'at least', 'up to'] as const;

export const figureSchema = z.object({
  id: z.string().min(1),
  report: z.string(),
  paragraph: z.number().int().positive(),
  sentence: z.number().int().nonnegative(),
  value: z.number().nonnegative(),
  qualifier: z.enum(qualifiers).nullable(),
  /** What is counted, normalised: "people", "countries", "offices", "projects", ... */
  counts: z.string().min(1),
  /** The counted noun phrase as the text has it, e.g. "受益者", "司法人员和警员". */
  countsText: z.string(),
  fund: z.string().nullable(),
  year: z.number().int().nullable(),
  /** The figure's span in the paragraph text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  text: z.string(),
});

/** Which office type each part of the stated breakdown counts, in the report's order. */
export const officeBreakdownParts = [
  ['countryOffices', 'country-office'],
  ['peaceMissionComponents', 'peace-mission-component'],
  ['regionalOffices', 'regional-office'],
  ['humanRightsAdvisers', 'human-rights-adviser'],
  ['otherPresences', 'other-presence'],
] as const satisfies readonly (readonly [string, OfficeTypeId])[];

export type OfficeBreakdownField = (typeof officeBreakdownParts)[number][0];

const partFields = officeBreakdownParts.map(([field]) => field) as [
  OfficeBreakdownField,
  ...OfficeBreakdownField[],
];

/** A figure the breakdown was built from: which part it gives, and its span in the paragraph. */
export const officeBreakdownSourceSchema = z.object({
  part: z.enum(['total', ...partFields]),
  /** The figure's id in `figures[]`. */
  figure: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  text: z.string(),
});

export const officeBreakdownSchema = z.object({
  total: z.number().int().positive(),
  countryOffices: z.number().int().nonnegative(),
  peaceMissionComponents: z.number().int().nonnegative(),
  regionalOffices: z.number().int().nonnegative(),
  humanRightsAdvisers: z.number().int().nonnegative(),
  otherPresences: z.number().int().nonnegative(),
  report: z.string(),
  paragraph: z.number().int().positive(),
  /** Whether the parts add up to the stated total (prep warns when they do not). */
  reconciles: z.boolean(),
  /** The figures it was read from (optional: files written before it have none). */
  sources: z.array(officeBreakdownSourceSchema).optional(),
});

/** The sum of the parts, to set beside the stated total. */
export function sumOfBreakdownParts(breakdown: OfficeBreakdown): number {
  return officeBreakdownParts.reduce((sum, [field]) => sum + breakdown[field], 0);
}

export const figuresFileSchema = z.object({
  meta: metaSchema,
  /** The first report's breakdown, as before several reports were read. */
  officeBreakdown: officeBreakdownSchema.nullable(),
  /** Each report's breakdown, in the order of data/reports.json (optional: older files have only officeBreakdown). */
  officeBreakdowns: z.array(officeBreakdownSchema).optional(),
  figures: z.array(figureSchema),
});

export type Qualifier = (typeof qualifiers)[number];
export type Figure = z.infer<typeof figureSchema>;
export type OfficeBreakdown = z.infer<typeof officeBreakdownSchema>;
export type OfficeBreakdownSource = z.infer<typeof officeBreakdownSourceSchema>;
export type FiguresFile = z.infer<typeof figuresFileSchema>;
