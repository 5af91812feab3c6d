import * as z from 'zod';
import { partnerTypes } from '../../domain/reference.ts';

/**
 * An independent reading of a report, sentence by sentence (tests/fixtures/annotation/READING.md):
 * whether each sentence reports work, what each paragraph is about, and the partners as the text
 * names them. Written by reading the sentences before any output of the pipeline was seen; the
 * pipeline's records, themes and partners are scored against it.
 */
export const sentenceKinds = [
  'ohchr',
  'mechanism',
  'supported',
  'continues',
  'normative',
  'mandate',
  'other-actor',
  'context',
  'meta',
] as const;

const WORK_KINDS = new Set(['ohchr', 'mechanism', 'supported', 'continues']);

const note = z.string().min(1).optional();

export const readingSentenceSchema = z
  .object({
    sentence: z.number().int().nonnegative(),
    work: z.boolean(),
    kind: z.enum(sentenceKinds),
    themes: z.array(z.string()).optional(),
    note,
  })
  .refine((sentence) => WORK_KINDS.has(sentence.kind) === sentence.work, {
    message: 'work must be true exactly for the kinds ohchr, mechanism, supported, continues',
  });

export const readingPartnerSchema = z.object({
  surface: z.string().min(1),
  en: z.string().min(1),
  type: z.enum(partnerTypes),
  /** A counterpart works with, hosts, funds or is supported by OHCHR; a subject is what the work is about. */
  role: z.enum(['counterpart', 'subject']),
  otherSurfaces: z.array(z.string().min(1)).optional(),
  note,
});

export const readingSchema = z.object({
  text: z.string().min(1),
  about: z.string().min(1),
  paragraphs: z.array(
    z.object({
      paragraph: z.number().int().positive(),
      themes: z.array(z.string()),
      partners: z.array(readingPartnerSchema),
      sentences: z.array(readingSentenceSchema),
      notes: z.string().optional(),
    }),
  ),
});

export type Reading = z.infer<typeof readingSchema>;
