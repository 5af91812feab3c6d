import { mkdir } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import { useBrowserSession } from './browser.ts';

const baseUrl = inject('baseUrl');
const session = useBrowserSession(baseUrl, inject('chromiumPath'), {
  viewport: { width: 1400, height: 1000 },
});

describe('language switch', () => {
  it('switches labels and country names to English, in the URL, and keeps them on reload', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}?lang=zh`);
    const countriesZh = page.getByRole('region', { name: '有记录的国家' });
    await countriesZh.waitFor();
    const firstZh = await countriesZh.getByRole('rowheader').first().textContent();
    expect(firstZh).toMatch(/\p{Script=Han}/u);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');

    await mkdir('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/main-zh.png' });

    await page
      .getByRole('group', { name: '语言' })
      .getByRole('button', { name: 'English' })
      .click();
    const countriesEn = page.getByRole('region', { name: 'Countries with records' });
    await countriesEn.waitFor();
    await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('en');
    const firstEn = await countriesEn.getByRole('rowheader').first().textContent();
    expect(firstEn).toMatch(/^[\p{Script=Latin} ,.'()-]+$/u);
    expect(firstEn).not.toBe(firstZh);
    expect(await page.getByRole('banner').textContent()).toContain('As of 2020');

    await page.reload();
    await page.getByRole('region', { name: 'Countries with records' }).waitFor();
    expect(
      await page
        .getByRole('group', { name: 'Language' })
        .getByRole('button', { name: 'English' })
        .getAttribute('aria-pressed'),
    ).toBe('true');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-GB');
    await page.screenshot({ path: 'test-results/main-en.png' });

    expect(session.foreignRequests).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });
});
