import { z } from './zod.ts';

/** One entry of data/reports.json: a source text the pipeline reads. */
export const reportEntrySchema = z.object({
  symbol: z.string().regex(/^[A-Z]+(\/[A-Z0-9.]+)+$/, 'a UN document symbol such as A/HRC/44/28'),
  language: z.enum(['zh', 'en']),
  session: z.number().int().positive(),
  year: z.number().int().min(1946),
  title: z.object({ zh: z.string().min(1), en: z.string().min(1) }),
  path: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export const reportsFileSchema = z.object({ reports: z.array(reportEntrySchema).min(1) });

export type ReportEntry = z.infer<typeof reportEntrySchema>;
