import { queryOptions, useQueries } from '@tanstack/react-query';
import {
  activitiesFileSchema,
  figuresFileSchema,
  paragraphsFileSchema,
  referenceFileSchema,
} from '../../domain/index.ts';
import type {
  ActivitiesFile,
  FiguresFile,
  ParagraphsFile,
  ReferenceFile,
} from '../../domain/index.ts';
import { fetchDataFile } from './fetch-data-file.ts';

export const DATA_FILES = {
  paragraphs: 'data/paragraphs.json',
  activities: 'data/activities.json',
  figures: 'data/figures.json',
  reference: 'data/reference.json',
} as const;

const staticFile = <T>(file: string, fetcher: () => Promise<T>) =>
  queryOptions({ queryKey: ['data', file], queryFn: fetcher, staleTime: Infinity, retry: false });

export const paragraphsQuery = staticFile(DATA_FILES.paragraphs, () =>
  fetchDataFile<ParagraphsFile>(DATA_FILES.paragraphs, paragraphsFileSchema),
);
export const activitiesQuery = staticFile(DATA_FILES.activities, () =>
  fetchDataFile<ActivitiesFile>(DATA_FILES.activities, activitiesFileSchema),
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

/** All four files; `data` only once every one has loaded and validated. */
export function useDashboardData() {
  return useQueries({
    queries: [paragraphsQuery, activitiesQuery, figuresQuery, referenceQuery],
    combine: (results) => {
      const [paragraphs, activities, figures, reference] = results;
      const errors = results.flatMap((result) => (result.error ? [result.error] : []));
      const data: DashboardData | undefined =
        paragraphs.data && activities.data && figures.data && reference.data
          ? {
              paragraphs: paragraphs.data,
              activities: activities.data,
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
        },
      };
    },
  });
}
