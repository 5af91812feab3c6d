import { activitiesFileSchema } from '../../domain/activities.ts';
import type { ActivitiesFile } from '../../domain/activities.ts';
import { figuresFileSchema } from '../../domain/figures.ts';
import type { FiguresFile } from '../../domain/figures.ts';
import type { Meta } from '../../domain/meta.ts';
import { RECORDS_FORMAT, compactRecords, recordsFileSchema } from '../../domain/records.ts';
import type { RecordsFile } from '../../domain/records.ts';
import { referenceFileSchema } from '../../domain/reference.ts';
import type { Partner, ReferenceFile } from '../../domain/reference.ts';
import type { TaggingResult } from '../run-tagging.ts';
import type { ReferenceInput } from '../tag/reference-input.ts';

/** activities.json, records.json, figures.json and reference.json, each validated before it is written. */
export function buildActivitiesFile(meta: Meta, result: TaggingResult): ActivitiesFile {
  return activitiesFileSchema.parse({ meta, records: result.records });
}

/** records.json: the same records stored once per sentence (src/domain/records.ts). */
export function buildRecordsFile(meta: Meta, result: TaggingResult): RecordsFile {
  return recordsFileSchema.parse({
    meta,
    format: RECORDS_FORMAT,
    sentences: compactRecords(result.records),
  });
}

export function buildFiguresFile(
  meta: Meta,
  result: TaggingResult,
  perReport: readonly TaggingResult[] = [result],
): FiguresFile {
  return figuresFileSchema.parse({
    meta,
    officeBreakdown: result.officeBreakdown,
    officeBreakdowns: perReport.flatMap((report) =>
      report.officeBreakdown ? [report.officeBreakdown] : [],
    ),
    figures: result.figures,
  });
}

export function buildReferenceFile(
  meta: Meta,
  reference: ReferenceInput,
  derivedPartners: readonly Partner[] = [],
): ReferenceFile {
  return referenceFileSchema.parse({
    meta,
    countries: reference.countries,
    cities: reference.cities,
    partners: [...reference.partners, ...derivedPartners],
    themes: reference.themes,
    officeTypes: reference.officeTypes,
    funds: reference.funds,
  });
}
