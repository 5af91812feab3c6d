import { z } from './zod.ts';
import { countryRoles } from './activities.ts';

/** A reviewed correction to the automatic tags, applied after tagging and reported. */
export const correctionSchema = z.object({
  id: z.string().min(1),
  report: z.string(),
  paragraph: z.number().int().positive(),
  /** Sentence index within the paragraph, or null for every sentence of it. */
  sentence: z.number().int().nonnegative().nullable(),
  action: z.enum([
    'remove-country',
    'add-country',
    'set-role',
    'remove-partner',
    'add-partner',
    'remove-theme',
    'add-theme',
  ]),
  country: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  role: z.enum(countryRoles).optional(),
  partner: z.string().optional(),
  theme: z.string().optional(),
  reason: z.string().min(10),
  reviewer: z.string().min(1),
  date: z.iso.date(),
});

export const correctionsFileSchema = z.object({
  about: z.string(),
  corrections: z.array(correctionSchema),
});

export type Correction = z.infer<typeof correctionSchema>;
