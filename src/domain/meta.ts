import { z } from './zod.ts';

/** Bumped whenever a generated file changes shape; the app refuses files of another version. */
export const SCHEMA_VERSION = 1;

export const sourceRefSchema = z.object({
  symbol: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export const metaSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  generatedBy: z.string().min(1),
  generatedAt: z.iso.datetime(),
  sources: z.array(sourceRefSchema).min(1),
});

export type SourceRef = z.infer<typeof sourceRefSchema>;
export type Meta = z.infer<typeof metaSchema>;
