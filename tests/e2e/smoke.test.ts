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
    const stat = (label: string) =>
      banner.locator(`dl.stats dt:text-is("${label}") + dd .stat-value`);
    expect(digits(await stat('Records (sentence × country)').textContent())).toBe(expected.records);
    expect(digits(await stat('Sentences').textContent())).toBe(expected.sentences);
    expect(digits(await stat('Paragraphs with records').textContent())).toBe(expected.paragraphs);
    expect(await banner.textContent()).toContain(`of the report’s ${expected.reportParagraphs}`);
    expect(digits(await stat('Countries named').textContent())).toBe(expected.countries);
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

  it('is served with a Content-Security-Policy that forbids framing, nosniff and no referrer', async () => {
    const response = await fetch(baseUrl);
    expect(response.status).toBe(200);
    const policy = response.headers.get('content-security-policy') ?? '';
    const directives = new Map(
      policy.split(';').map((part) => {
        const [name = '', ...values] = part.trim().split(/\s+/u);
        return [name, values.join(' ')] as const;
      }),
    );
    expect(directives.get('frame-ancestors')).toBe("'self'");
    expect(directives.get('default-src')).toBe("'self'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('style-src')).toBe("'self'");
    // Only style attributes (ECharts' SVG renderer writes them), never inline <style> elements.
    expect(directives.get('style-src-attr')).toBe("'unsafe-inline'");
    expect(directives.get('style-src-elem')).toBeUndefined();
    expect(policy).not.toContain('unsafe-eval');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    const html = await response.text();
    const icon = /<link rel="icon"[^>]*href="([^"]+)"/u.exec(html)?.[1] ?? '';
    expect(icon).toBe('/favicon.svg');
    const favicon = await fetch(new URL(icon, baseUrl));
    expect(favicon.status).toBe(200);
    expect(favicon.headers.get('content-type')).toContain('image/svg+xml');
  });
});
