import type * as z from 'zod';
import { DataFileError, describeIssues } from './data-file-error.ts';

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Fetches one generated file from the app's own origin and validates it against its schema. */
export async function fetchDataFile<T>(
  file: string,
  schema: z.ZodType<T>,
  url = `${import.meta.env.BASE_URL}${file}`,
): Promise<T> {
  const fail = (problem: string) => new DataFileError(file, [problem]);
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
    // Parsed from the bytes: no copy of a large file as one JavaScript string.
    json = await response.json();
  } catch (error) {
    throw fail(`not valid JSON (${errorMessage(error)})`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new DataFileError(file, describeIssues(parsed.error.issues, json));
  return parsed.data;
}
