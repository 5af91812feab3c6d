import { RecordsLookupError, expandRecords } from '../../domain/index.ts';
import type {
  ActivitiesFile,
  ParagraphsFile,
  RecordsFile,
  ReferenceFile,
} from '../../domain/index.ts';
import { DataFileError } from './data-file-error.ts';

interface Expansion {
  readonly paragraphs: ParagraphsFile;
  readonly reference: ReferenceFile;
  readonly result: ActivitiesFile | DataFileError;
}

// The hook's combine runs on every render; the files are immutable once loaded, so one expansion
// per records file (and the paragraphs and reference it was expanded against) is enough.
const expansions = new WeakMap<RecordsFile, Expansion>();

/**
 * The records of activities.json from records.json, or a DataFileError naming records.json when a
 * row does not fit the paragraphs or countries (the files were prepared apart).
 */
export function expandRecordsFile(
  records: RecordsFile,
  paragraphs: ParagraphsFile,
  reference: ReferenceFile,
  file: string,
): ActivitiesFile | DataFileError {
  const cached = expansions.get(records);
  if (cached && cached.paragraphs === paragraphs && cached.reference === reference) {
    return cached.result;
  }
  const texts = new Map<string, string>();
  for (const paragraph of paragraphs.paragraphs) {
    texts.set(`${paragraph.report}\u0000${paragraph.number}`, paragraph.text);
  }
  const countries = new Map(
    reference.countries.map((country) => [
      country.iso3,
      { region: country.region?.code ?? null, subregion: country.subregion?.code ?? null },
    ]),
  );
  let result: ActivitiesFile | DataFileError;
  try {
    result = {
      meta: records.meta,
      records: expandRecords(records.sentences, {
        paragraphText: (report, number) => texts.get(`${report}\u0000${number}`),
        regionsOf: (iso3) => countries.get(iso3),
      }),
    };
  } catch (error) {
    if (!(error instanceof RecordsLookupError)) throw error;
    result = new DataFileError(file, [
      `${error.message}: it does not fit data/paragraphs.json and data/reference.json (prepare them together with npm run prep)`,
    ]);
  }
  expansions.set(records, { paragraphs, reference, result });
  return result;
}
