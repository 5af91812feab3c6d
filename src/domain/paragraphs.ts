import { z } from './zod.ts';
import { metaSchema } from './meta.ts';

export const sectionLevels = ['chapter', 'subsection', 'subsubsection'] as const;

export const sectionSchema = z.object({
  report: z.string(),
  /** Path-like id: "IV", "IV.A", "IV.A.1". */
  id: z.string().min(1),
  level: z.enum(sectionLevels),
  /** The label as printed: "四.", "A.", "1.". */
  label: z.string(),
  title: z.string().min(1),
  parent: z.string().nullable(),
});

export const footnoteSchema = z.object({
  number: z.number().int().positive(),
  text: z.string().min(1),
});

export const footnoteRefSchema = z.object({
  number: z.number().int().positive(),
  /** UTF-16 offsets of the marker digits in the paragraph text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
});

export const lineRangeSchema = z.object({
  first: z.number().int().positive(),
  last: z.number().int().positive(),
});

export const paragraphSchema = z.object({
  report: z.string(),
  number: z.number().int().positive(),
  /** Section ids from chapter down, e.g. ["IV", "IV.A", "IV.A.1"]. */
  section: z.array(z.string()),
  text: z.string().min(1),
  footnotes: z.array(footnoteSchema),
  footnoteRefs: z.array(footnoteRefSchema),
  /** "printed" when the number survived extraction, "recovered" when counted. */
  numberSource: z.enum(['printed', 'recovered']),
  /** 1-based line numbers in the raw text this paragraph was joined from. */
  lines: lineRangeSchema,
});

export const crossReferenceSchema = z.object({
  paragraph: z.number().int().positive(),
  text: z.string(),
  from: z.number().int().positive(),
  to: z.number().int().positive(),
});

export const reportMetadataSchema = z.object({
  symbol: z.string(),
  /** What data/reports.json says of the report (null for a text prepared with --input alone). */
  registry: z
    .object({
      language: z.string(),
      session: z.number().int(),
      year: z.number().int(),
      title: z.object({ zh: z.string(), en: z.string() }),
    })
    .nullable(),
  /** Title block lines as printed above the summary. */
  titleBlock: z.array(z.string()),
  title: z.string().nullable(),
  summary: z.string().nullable(),
  paragraphCount: z.number().int().nonnegative(),
  footnoteCount: z.number().int().nonnegative(),
  crossReferences: z.array(crossReferenceSchema),
});

export const paragraphsFileSchema = z.object({
  meta: metaSchema,
  reports: z.array(reportMetadataSchema),
  sections: z.array(sectionSchema),
  paragraphs: z.array(paragraphSchema),
});

export type Section = z.infer<typeof sectionSchema>;
export type Footnote = z.infer<typeof footnoteSchema>;
export type FootnoteRef = z.infer<typeof footnoteRefSchema>;
export type Paragraph = z.infer<typeof paragraphSchema>;
export type CrossReference = z.infer<typeof crossReferenceSchema>;
export type ReportMetadata = z.infer<typeof reportMetadataSchema>;
export type ParagraphsFile = z.infer<typeof paragraphsFileSchema>;
