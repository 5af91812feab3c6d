import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type BrowserSession } from './browser.ts';

const baseUrl = inject('baseUrl');
let session: BrowserSession;

beforeAll(async () => {
  session = await openBrowser(baseUrl, inject('chromiumPath'));
});

afterAll(async () => {
  await session?.close();
});

describe('built app without its data', () => {
  it('shows the error panel when data/paragraphs.json answers 404', async () => {
    const { page } = session;
    await page.route('**/data/paragraphs.json', (route) =>
      route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' }),
    );
    await page.goto(baseUrl);

    const panel = page.getByRole('alert');
    await panel.waitFor();
    const text = await panel.textContent();
    expect(text).toContain('data/paragraphs.json');
    expect(text).toContain('HTTP 404');
    expect(text).toContain('npm run prep');
    expect(await page.getByRole('button', { name: 'Retry' }).isEnabled()).toBe(true);

    expect(session.foreignRequests).toEqual([]);
    // Chromium logs the 404 itself; anything else is a real error.
    expect(session.consoleErrors.filter((message) => !message.includes('404'))).toEqual([]);
  });
});
