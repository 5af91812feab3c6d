import { render } from '@testing-library/react';
import { vi } from 'vitest';
import { App } from '../../src/app/app.tsx';
import { AppProviders } from '../../src/app/providers.tsx';
import { createQueryClient } from '../../src/app/query-client.ts';

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

export function renderApp() {
  return render(
    <AppProviders client={createQueryClient()}>
      <App />
    </AppProviders>,
  );
}
