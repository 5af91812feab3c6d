import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import {
  citySchema,
  correctionsFileSchema,
  countrySchema,
  fundSchema,
  officeTypeIds,
  officeTypeSchema,
  partnerSchema,
  themeSchema,
} from '../../src/domain/index.ts';
import type { Correction } from '../../src/domain/index.ts';
import type { ReferenceInput } from '../../src/pipeline/tag/reference-input.ts';
import { PrepError } from './prep-error.ts';

const lookalikeSchema = z.object({
  text: z.string().min(1),
  lang: z.enum(['zh', 'en']),
  kind: z.enum(['region', 'word']),
});

const actorSchema = z.object({
  id: z.string(),
  names: z.object({ zh: z.string(), en: z.string() }),
  aliases: z.array(z.string()),
});

/** Each reference file, the key that holds its list, and the schema of one entry. */
const FILES = {
  countries: ['data/reference/countries.json', z.object({ countries: z.array(countrySchema) })],
  cities: ['data/reference/cities.json', z.object({ cities: z.array(citySchema) })],
  lookalikes: [
    'data/reference/lookalikes.json',
    z.object({ lookalikes: z.array(lookalikeSchema) }),
  ],
  partners: [
    'data/reference/partners.json',
    z.object({ partners: z.array(partnerSchema), actor: actorSchema }),
  ],
  themes: [
    'data/reference/themes.json',
    z.object({ themes: z.array(themeSchema), notInside: z.array(z.string().min(2)).default([]) }),
  ],
  officeTypes: [
    'data/reference/office-types.json',
    z.object({ officeTypes: z.array(officeTypeSchema) }),
  ],
  funds: ['data/reference/funds.json', z.object({ funds: z.array(fundSchema) })],
  fieldPresences: [
    'data/reference/field-presences.json',
    z.object({
      presences: z.array(
        z.object({
          year: z.number().int().min(1993),
          officeType: z.enum(officeTypeIds),
          iso3: z.string().regex(/^[A-Z]{3}$/u),
          asListed: z.string().min(1),
          source: z.string().min(1),
          note: z.string().min(1).nullable(),
        }),
      ),
    }),
  ],
  corrections: ['data/review/corrections.json', correctionsFileSchema],
} as const;

async function readJson<T>(root: string, path: string, schema: z.ZodType<T>): Promise<T> {
  let text: string;
  try {
    text = readFileSync(join(root, path), 'utf8');
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    throw new PrepError(path, code === 'ENOENT' ? 'file not found' : message);
  }
  return parseJsonFile(path, text, schema);
}

/** JSON text checked against its schema; a failure is one PrepError naming the file. */
export function parseJsonFile<T>(path: string, text: string, schema: z.ZodType<T>): T {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new PrepError(path, `not valid JSON (${(error as Error).message})`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new PrepError(path, `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

export async function loadReference(
  root: string,
): Promise<{ reference: ReferenceInput; corrections: Correction[] }> {
  const [
    countries,
    cities,
    lookalikes,
    partners,
    themes,
    officeTypes,
    funds,
    corrections,
    fieldPresences,
  ] = await Promise.all([
    readJson(root, ...FILES.countries),
    readJson(root, ...FILES.cities),
    readJson(root, ...FILES.lookalikes),
    readJson(root, ...FILES.partners),
    readJson(root, ...FILES.themes),
    readJson(root, ...FILES.officeTypes),
    readJson(root, ...FILES.funds),
    readJson(root, ...FILES.corrections),
    readJson(root, ...FILES.fieldPresences),
  ]);
  return {
    reference: {
      countries: countries.countries,
      cities: cities.cities,
      lookalikes: lookalikes.lookalikes,
      partners: partners.partners,
      actor: partners.actor,
      themes: themes.themes,
      themeBlockers: themes.notInside,
      officeTypes: officeTypes.officeTypes,
      funds: funds.funds,
      fieldPresences: fieldPresences.presences,
    },
    corrections: corrections.corrections,
  };
}
