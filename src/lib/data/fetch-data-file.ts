import type * as z from 'zod';
import { DataFileError, describeIssues } from './data-file-error.ts';

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * How long one file may take, headers and body together. The four files load at once, about
 * 1.4 MB uncompressed, which a slow 3G connection (50 kB/s) brings in about 30 s: twice that.
 */
export const DATA_TIMEOUT_MS = 60_000;

/** Fetches one generated file from the app's own origin and validates it against its schema. */
export async function fetchDataFile<T>(
  file: string,
  schema: z.ZodType<T>,
  url = `${import.meta.env.BASE_URL}${file}`,
  timeoutMs = DATA_TIMEOUT_MS,
): Promise<T> {
  // A plain timer rather than AbortSignal.timeout: fake clocks in tests can move it.
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    return await fetchAndParse(file, schema, url, controller.signal, timeoutMs);
  } finally {
    clearTimeout(timer);
  }
}

async function fetchAndParse<T>(
  file: string,
  schema: z.ZodType<T>,
  url: string,
  signal: AbortSignal,
  timeoutMs: number,
): Promise<T> {
  const fail = (problem: string) => new DataFileError(file, [problem]);
  const timedOut = () =>
    fail(`timed out: no complete answer within ${Math.round(timeoutMs / 1000)} s`);
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if (signal.aborted) throw timedOut();
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
    if (signal.aborted) throw timedOut();
    throw fail(`not valid JSON (${errorMessage(error)})`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new DataFileError(file, describeIssues(parsed.error.issues, json));
  return parsed.data;
}
