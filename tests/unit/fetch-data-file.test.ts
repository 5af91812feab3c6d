import { afterEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod';
import { DataFileError } from '../../src/lib/data/data-file-error.ts';
import { DATA_TIMEOUT_MS, fetchDataFile } from '../../src/lib/data/fetch-data-file.ts';

const schema = z.object({ ok: z.literal(true) });

/** A server that never answers: the request ends only when its signal aborts it. */
function silentFetch(_url: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  return new Promise((_resolve, reject) => {
    init?.signal?.addEventListener('abort', () =>
      reject(new DOMException('The operation was aborted.', 'AbortError')),
    );
  });
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('fetchDataFile', () => {
  it('gives up on a file that never answers, naming it and saying it timed out', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('fetch', vi.fn(silentFetch));
    const pending = fetchDataFile('data/figures.json', schema, '/data/figures.json');
    const outcome = pending.catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(DATA_TIMEOUT_MS - 1);
    let settled = false;
    void outcome.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const error = await outcome;
    expect(error).toBeInstanceOf(DataFileError);
    expect((error as DataFileError).file).toBe('data/figures.json');
    expect((error as DataFileError).problems).toEqual([
      `timed out: no complete answer within ${DATA_TIMEOUT_MS / 1000} s`,
    ]);
  });

  it('a file that answers in time is read and its timer cleared', async () => {
    vi.useFakeTimers();
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Response.json({ ok: true })),
    );
    await expect(
      fetchDataFile('data/figures.json', schema, '/data/figures.json', 5),
    ).resolves.toEqual({ ok: true });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a network failure is not called a timeout', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    await expect(fetchDataFile('data/figures.json', schema, '/data/figures.json')).rejects.toThrow(
      'data/figures.json: could not be fetched (Failed to fetch)',
    );
  });
});
