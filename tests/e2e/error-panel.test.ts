import { describe, expect, inject, it } from 'vitest';
import { useBrowserSession } from './browser.ts';

const baseUrl = inject('baseUrl');
const session = useBrowserSession(baseUrl, inject('chromiumPath'), { ignoreErrors: /404/u });

describe('built app without one of its data files', () => {
  it('names data/activities.json when it answers 404, and recovers on Retry', async () => {
    const { page } = session;
    let missing = true;
    await page.route('**/data/activities.json', (route) =>
      missing
        ? route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' })
        : route.continue(),
    );
    await page.goto(`${baseUrl}?lang=en`);

    const panel = page.getByRole('alert');
    await panel.waitFor();
    const text = await panel.textContent();
    expect(text).toContain('data/activities.json');
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
  });
});
