import type { Route } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowserSession } from './browser.ts';

const baseUrl = inject('baseUrl');
const session = useBrowserSession(baseUrl, inject('chromiumPath'), { ignoreErrors: /404/u });

describe('built app without one of its data files', () => {
  it('names data/records.json when it answers 404, and recovers on Retry', async () => {
    const { page } = session;
    let missing = true;
    await page.route('**/data/records.json', (route) =>
      missing
        ? route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' })
        : route.continue(),
    );
    await page.goto(`${baseUrl}?lang=en`);

    const panel = page.getByRole('alert');
    await panel.waitFor();
    const text = await panel.textContent();
    expect(text).toContain('data/records.json');
    expect(text).toContain('HTTP 404');
    expect(text).toContain('npm run prep');
    for (const other of ['paragraphs', 'figures', 'reference'])
      expect(text).not.toContain(`data/${other}.json`);

    missing = false;
    await page.getByRole('button', { name: 'Retry' }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);

    expect(session.foreignRequests).toEqual([]);
    // Chromium logs the 404 itself; anything else is a real error.
    expect(session.consoleErrors.filter((message) => !message.includes('404'))).toEqual([]);
    await page.unrouteAll({ behavior: 'ignoreErrors' });
  });

  it('gives up on data/figures.json when it never answers, says so, and recovers on Retry', async () => {
    const { page } = session;
    const held: Route[] = [];
    let holding = true;
    await page.route('**/data/figures.json', (route) =>
      holding ? void held.push(route) : route.continue(),
    );
    // The app's own timer (60 s), moved on by the fake clock instead of waited for.
    await page.clock.install();
    await page.goto(`${baseUrl}?lang=en`);
    await page.getByText('Loading the data…').waitFor();
    await expect.poll(() => held.length).toBe(1);
    await page.clock.fastForward(59_000);
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.clock.fastForward(2_000);

    const panel = page.getByRole('alert');
    await panel.waitFor();
    const text = await panel.textContent();
    expect(text).toContain('data/figures.json');
    expect(text).toContain('timed out');
    for (const other of ['paragraphs', 'records', 'reference'])
      expect(text).not.toContain(`data/${other}.json`);

    holding = false;
    await page.getByRole('button', { name: 'Retry' }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(session.foreignRequests).toEqual([]);
    await page.unrouteAll({ behavior: 'ignoreErrors' });
  });
});
