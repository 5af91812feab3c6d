import { render } from '@testing-library/react';
import { vi } from 'vitest';
import { App } from '../../src/app/app.tsx';
import { AppProviders } from '../../src/app/providers.tsx';
import { createQueryClient } from '../../src/app/query-client.ts';
import type { DashboardData } from '../../src/lib/data/queries.ts';
import { RECORDS_FORMAT, compactRecords } from '../../src/domain/index.ts';

export type FakeResponse = { status: number; body: string; contentType?: string };

/** Stubs `fetch` to answer each call with the next response (the last one repeats). */
export function stubFetch(...responses: FakeResponse[]) {
  let call = 0;
  const fetchMock = vi.fn(async (_url: string | URL | Request) => {
    const next = responses[Math.min(call, responses.length - 1)];
    call += 1;
    if (!next) throw new Error('stubFetch needs at least one response');
    return new Response(next.body, {
      status: next.status,
      headers: { 'content-type': next.contentType ?? 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

export function json(value: unknown): FakeResponse {
  return { status: 200, body: JSON.stringify(value) };
}

/** The files the app fetches: records.json holds the fixture's records once per sentence. */
export type DataFileName = 'paragraphs' | 'records' | 'figures' | 'reference';

export function servedFiles(data: DashboardData): Record<DataFileName, unknown> {
  return {
    paragraphs: data.paragraphs,
    records: {
      meta: data.activities.meta,
      format: RECORDS_FORMAT,
      sentences: compactRecords(data.activities.records),
    },
    figures: data.figures,
    reference: data.reference,
  };
}

/**
 * Stubs `fetch` per data file: each file answers from `data`, unless `overrides` gives it a
 * list of responses (used in turn, the last one repeating).
 */
export function stubDataFiles(
  data: DashboardData,
  overrides: Partial<Record<DataFileName, FakeResponse[]>> = {},
) {
  const files = servedFiles(data);
  const calls = new Map<string, number>();
  const fetchMock = vi.fn(async (url: string | URL | Request) => {
    const path = String(url);
    const name = (Object.keys(files) as DataFileName[]).find((file) =>
      path.endsWith(`data/${file}.json`),
    );
    if (!name) return new Response('Not found', { status: 404 });
    const call = calls.get(name) ?? 0;
    calls.set(name, call + 1);
    const list = overrides[name];
    const next = list ? list[Math.min(call, list.length - 1)] : json(files[name]);
    if (!next) throw new Error(`no response for ${name}`);
    return new Response(next.body, {
      status: next.status,
      headers: { 'content-type': next.contentType ?? 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** Renders the whole app at `search` (the URL holds filters and language). */
export function renderApp(search = '') {
  window.history.replaceState(null, '', `/${search}`);
  return render(
    <AppProviders client={createQueryClient()}>
      <App />
    </AppProviders>,
  );
}
