import { queryOptions, useQuery } from '@tanstack/react-query';
import { paragraphsFileSchema, type ParagraphsFile } from '../../../domain/index.ts';
import { DataFileError, describeIssues } from './data-file-error.ts';

export const PARAGRAPHS_FILE = 'data/paragraphs.json';

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function fetchParagraphs(
  url = `${import.meta.env.BASE_URL}${PARAGRAPHS_FILE}`,
): Promise<ParagraphsFile> {
  const fail = (problem: string) => new DataFileError(PARAGRAPHS_FILE, [problem]);
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw fail(`could not be fetched (${errorMessage(error)})`);
  }
  if (!response.ok) {
    throw fail(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  }
  // A dev server's SPA fallback answers a missing file with index.html and status 200.
  if (response.headers.get('content-type')?.includes('text/html')) {
    throw fail('not found (the server answered with an HTML page)');
  }
  let json: unknown;
  try {
    json = JSON.parse(await response.text());
  } catch (error) {
    throw fail(`not valid JSON (${errorMessage(error)})`);
  }
  const parsed = paragraphsFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new DataFileError(PARAGRAPHS_FILE, describeIssues(parsed.error.issues, json));
  }
  return parsed.data;
}

export const paragraphsQueryOptions = queryOptions({
  queryKey: ['data', PARAGRAPHS_FILE],
  queryFn: () => fetchParagraphs(),
  staleTime: Infinity,
  retry: false,
});

export function useParagraphs() {
  return useQuery(paragraphsQueryOptions);
}
