import { mkdir } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import { useBrowserSession } from './browser.ts';
import { servedCounts } from './served-data.ts';

const baseUrl = inject('baseUrl');
const session = useBrowserSession(baseUrl, inject('chromiumPath'));

const digits = (text: string | null) => Number(text?.replace(/\D/g, ''));

describe('built app', () => {
  it('shows the report and counts that match the served data, without leaving the origin', async () => {
    const { page } = session;
    await page.addInitScript(`window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        window.cspViolations.push(event.violatedDirective + ' ' + event.blockedURI));`);
    await page.goto(`${baseUrl}?lang=en`);
    const heading = page.getByRole('heading', { level: 1 });
    await heading.waitFor();

    expect(await heading.textContent()).toContain('A/HRC/44/28');
    const banner = page.getByRole('banner');
    expect(await banner.textContent()).toContain('As of 2020');

    const expected = await servedCounts(baseUrl);
    const stat = (label: string) => banner.locator(`dl.stats dt:text-is("${label}") + dd`);
    expect(digits(await stat('Records').textContent())).toBe(expected.records);
    expect(digits(await stat('Paragraphs').textContent())).toBe(expected.paragraphs);
    expect(digits(await stat('Countries').textContent())).toBe(expected.countries);
    expect(expected.records).toBeGreaterThan(0);

    // The first screen holds the interim map and chart views, filled from the data.
    await page.getByRole('region', { name: 'Countries with records' }).waitFor();
    await page.getByRole('region', { name: 'Records by theme' }).waitFor();

    await mkdir('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/smoke.png' });

    expect(session.foreignRequests).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
    // Nothing the page does is refused by its own Content-Security-Policy (zod's eval probe was).
    await page.locator('[data-chart] svg').first().waitFor({ state: 'attached' });
    expect(
      await page.evaluate(() => (window as { cspViolations?: string[] }).cspViolations),
    ).toEqual([]);
  });
});
