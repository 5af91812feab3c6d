import { mkdir } from 'node:fs/promises';
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

describe('built app', () => {
  it('shows the report, its counts and its paragraphs without leaving the origin', async () => {
    const { page } = session;
    await page.goto(baseUrl);
    await page.getByRole('list', { name: 'Paragraphs' }).waitFor();

    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('A/HRC/44/28');

    const response = await fetch(new URL('data/paragraphs.json', baseUrl));
    const data = (await response.json()) as { paragraphs: unknown[] };
    const shown = await page.locator('dt:text-is("Paragraphs") + dd').textContent();
    expect(Number(shown?.replace(/\D/g, ''))).toBe(data.paragraphs.length);

    expect(await page.getByText('¶ 1', { exact: true }).isVisible()).toBe(true);

    await mkdir('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/smoke.png' });

    expect(session.foreignRequests).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });
});
