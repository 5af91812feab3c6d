import { queryOptions, useQueries } from '@tanstack/react-query';
import {
  figuresFileSchema,
  paragraphsFileSchema,
  recordsFileSchema,
  referenceFileSchema,
} from '../../domain/index.ts';
import type {
  ActivitiesFile,
  FiguresFile,
  ParagraphsFile,
  RecordsFile,
  ReferenceFile,
} from '../../domain/index.ts';
import { expandRecordsFile } from './expand-records-file.ts';
import { fetchDataFile } from './fetch-data-file.ts';

export const DATA_FILES = {
  paragraphs: 'data/paragraphs.json',
  // The records stored once per sentence; activities.json holds the same records one by one for
  // other readers, and the app does not fetch it.
  records: 'data/records.json',
  figures: 'data/figures.json',
  reference: 'data/reference.json',
} as const;

const staticFile = <T>(file: string, fetcher: () => Promise<T>) =>
  queryOptions({ queryKey: ['data', file], queryFn: fetcher, staleTime: Infinity, retry: false });

export const paragraphsQuery = staticFile(DATA_FILES.paragraphs, () =>
  fetchDataFile<ParagraphsFile>(DATA_FILES.paragraphs, paragraphsFileSchema),
);
export const recordsQuery = staticFile(DATA_FILES.records, () =>
  fetchDataFile<RecordsFile>(DATA_FILES.records, recordsFileSchema),
);
export const figuresQuery = staticFile(DATA_FILES.figures, () =>
  fetchDataFile<FiguresFile>(DATA_FILES.figures, figuresFileSchema),
);
export const referenceQuery = staticFile(DATA_FILES.reference, () =>
  fetchDataFile<ReferenceFile>(DATA_FILES.reference, referenceFileSchema),
);

export interface DashboardData {
  readonly paragraphs: ParagraphsFile;
  readonly activities: ActivitiesFile;
  readonly figures: FiguresFile;
  readonly reference: ReferenceFile;
}

/**
 * All four files; `data` only once every one has loaded and validated, with the records of
 * records.json expanded to one per (sentence, country) against the paragraphs and countries.
 */
export function useDashboardData() {
  return useQueries({
    queries: [paragraphsQuery, recordsQuery, figuresQuery, referenceQuery],
    combine: (results) => {
      const [paragraphs, records, figures, reference] = results;
      const errors: Error[] = results.flatMap((result) => (result.error ? [result.error] : []));
      let activities: ActivitiesFile | undefined;
      let expansionFailed = false;
      if (paragraphs.data && records.data && reference.data) {
        const expanded = expandRecordsFile(
          records.data,
          paragraphs.data,
          reference.data,
          DATA_FILES.records,
        );
        if (expanded instanceof Error) {
          errors.push(expanded);
          expansionFailed = true;
        } else activities = expanded;
      }
      const data: DashboardData | undefined =
        paragraphs.data && activities && figures.data && reference.data
          ? {
              paragraphs: paragraphs.data,
              activities,
              figures: figures.data,
              reference: reference.data,
            }
          : undefined;
      return {
        data,
        errors,
        isPending: results.some((result) => result.isPending) && errors.length === 0,
        refetchFailed: () => {
          for (const result of results) if (result.error) void result.refetch();
          // Records that do not fit the paragraphs: both may have been prepared apart.
          if (expansionFailed) for (const result of [paragraphs, records]) void result.refetch();
        },
      };
    },
  });
}
