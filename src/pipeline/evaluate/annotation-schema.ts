import * as z from 'zod';
import { countryRoles } from '../../domain/activities.ts';
import { qualifiers } from '../../domain/figures.ts';
import { partnerTypes } from '../../domain/reference.ts';
import { countedCategories } from '../tag/counted-nouns.ts';

/** What a hand-annotated figure counts: the categories the tagger gives `Figure.counts`. */
export const annotatedFigureCounts = countedCategories;

const note = z.string().min(1).optional();
const surface = z.string().min(1);

export const annotatedCountrySchema = z.object({
  iso3: z.string().regex(/^[A-Z]{3}$/),
  role: z.enum(countryRoles),
  /** The exact Chinese text naming the country (a city counts as its country). */
  surface,
  note,
});

export const annotatedPartnerSchema = z.object({
  surface,
  en: z.string().min(1),
  type: z.enum(partnerTypes),
  /** Other forms of the same organisation in the paragraph (short names, acronyms). */
  otherSurfaces: z.array(surface).optional(),
  note,
});

export const annotatedFigureSchema = z.object({
  value: z.number().nonnegative(),
  qualifier: z.enum(qualifiers).nullable(),
  counts: z.enum(annotatedFigureCounts),
  /** Number and counted noun as the text has them, e.g. "1,453 名受益者". */
  surface,
  /** The whole counted noun phrase after the measure word, e.g. "司法人员和警员". */
  counted: z.string().min(1).optional(),
  year: z.number().int().nullable(),
  /** The voluntary fund the figure belongs to (funds.json id), when the annotation says. */
  fund: z.string().nullable().optional(),
  note,
});

export const annotatedParagraphSchema = z
  .object({
    number: z.number().int().positive(),
    countries: z.array(annotatedCountrySchema),
    partners: z.array(annotatedPartnerSchema),
    figures: z.array(annotatedFigureSchema),
    /** Theme and pillar ids (themes.json) the paragraph is about, by meaning. */
    themes: z.array(z.string().regex(/^[a-z0-9-]+$/)).optional(),
    notes: z.string(),
  })
  .refine(
    (paragraph) => {
      const pairs = paragraph.countries.map((country) => `${country.iso3}|${country.role}`);
      return new Set(pairs).size === pairs.length;
    },
    { message: 'a (country, role) pair is listed twice', path: ['countries'] },
  );

/** The field-presence breakdown as the report states it (a part it does not state is 0). */
export const annotatedBreakdownSchema = z.object({
  paragraph: z.number().int().positive(),
  total: z.number().int().positive(),
  countryOffices: z.number().int().nonnegative(),
  peaceMissionComponents: z.number().int().nonnegative(),
  regionalOffices: z.number().int().nonnegative(),
  humanRightsAdvisers: z.number().int().nonnegative(),
  otherPresences: z.number().int().nonnegative(),
});

export const annotationSchema = z.object({
  about: z.string().min(1),
  report: z.string().min(1),
  /** A report written for the development corpus, not a UN document. */
  fictional: z.boolean().optional(),
  /** Absent: not annotated; null: the report states no breakdown. */
  breakdown: annotatedBreakdownSchema.nullable().optional(),
  paragraphs: z
    .array(annotatedParagraphSchema)
    .refine(
      (paragraphs) =>
        new Set(paragraphs.map((paragraph) => paragraph.number)).size === paragraphs.length,
      { message: 'a paragraph is annotated twice' },
    ),
});

export type AnnotatedFigureCounts = (typeof annotatedFigureCounts)[number];
export type AnnotatedCountry = z.infer<typeof annotatedCountrySchema>;
export type AnnotatedPartner = z.infer<typeof annotatedPartnerSchema>;
export type AnnotatedFigure = z.infer<typeof annotatedFigureSchema>;
export type AnnotatedParagraph = z.infer<typeof annotatedParagraphSchema>;
export type AnnotatedBreakdown = z.infer<typeof annotatedBreakdownSchema>;
export type Annotation = z.infer<typeof annotationSchema>;
