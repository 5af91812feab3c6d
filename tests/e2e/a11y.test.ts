import { mkdir, writeFile } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowserSession } from './browser.ts';

const baseUrl = inject('baseUrl');
const session = useBrowserSession(baseUrl, inject('chromiumPath'), {
  viewport: { width: 1400, height: 1000 },
});

/** Every axe violation, of any impact (WCAG 2.x A and AA, best practices), one line each. */
async function audit(page: Page, name: string, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags([
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
    'wcag22aa',
    'best-practice',
  ]);
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  await mkdir('test-results', { recursive: true });
  await writeFile(`test-results/axe-${name}.json`, JSON.stringify(results.violations, null, 2));
  return results.violations.map(
    (violation) =>
      `${violation.impact} ${violation.id}: ${violation.help} (${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join(', ')}${violation.nodes.length > 3 ? `, +${violation.nodes.length - 3}` : ''})`,
  );
}

async function openMain(page: Page, lang: 'zh' | 'en'): Promise<void> {
  await page.goto(`${baseUrl}?lang=${lang}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.locator('.briefing-bar').waitFor();
  await page.locator('svg.map-svg').waitFor();
}

// The main screen is audited at 360, 768 and 1440 px in both languages by layout.test.ts.
describe.each(['zh', 'en'] as const)('axe-core audit (%s)', (lang) => {
  it('the sources (provenance) panel has none', async () => {
    const { page } = session;
    await openMain(page, lang);
    const countries = page.getByRole('region', {
      name: lang === 'en' ? 'Countries with records' : '有记录的国家',
    });
    await countries.getByRole('rowheader').first().getByRole('button').click();
    await page.getByRole('dialog').waitFor();
    expect(await audit(page, `provenance-${lang}`, 'dialog')).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it('the export and briefing controls have none', async () => {
    const { page } = session;
    await openMain(page, lang);
    await page.locator('.briefing-bar').scrollIntoViewIfNeeded();
    expect(await audit(page, `export-${lang}`, '.export-menu')).toEqual([]);
  });
});

describe('the audit itself', () => {
  it('catches a planted violation (so an empty list means something)', async () => {
    const { page } = session;
    await openMain(page, 'en');
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.id = 'axe-planted';
      document.querySelector('main')?.append(input);
    });
    const found = await audit(page, 'planted', '#axe-planted');
    expect(found.join('\n')).toMatch(/^critical label:/mu);
  });
});
