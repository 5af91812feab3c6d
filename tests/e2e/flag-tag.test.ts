import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { correctionsFileSchema } from '../../src/domain/index.ts';
import { prep } from '../support/prep-in-process.ts';
import { useBrowserSession } from './browser.ts';

const baseUrl = inject('baseUrl');
const session = useBrowserSession(baseUrl, inject('chromiumPath'), {
  viewport: { width: 1400, height: 1000 },
});
const root = fileURLToPath(new URL('../..', import.meta.url));
let work: string | undefined;

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

interface ServedRecord {
  paragraph: number;
  sentence: number;
  themes: string[];
}

/** The first sentence's flag form in the sources panel opened from Colombia on the map. */
async function openFlagForm(lang: 'en' | 'zh'): Promise<Locator> {
  const { page } = session;
  await page.goto(`${baseUrl}?lang=${lang}`);
  await page.locator('.map-svg path[data-iso3="COL"]').click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  const article = dialog.getByRole('article').first();
  await article.locator('details.record-reasons > summary').click();
  const flag = article.locator('details.flag-tag').first();
  await flag.locator('summary').click();
  return flag.locator('form');
}

describe('flag a tag', () => {
  it('downloads a correction that prep applies and lists in prep-report.md', async () => {
    const { page } = session;
    const form = await openFlagForm('en');
    const what = form.getByLabel('What is wrong');
    const themeOption = await what
      .locator('option')
      .evaluateAll(
        (options) =>
          (options as HTMLOptionElement[]).find((option) =>
            option.value.startsWith('remove-theme:'),
          )?.value ?? null,
      );
    expect(themeOption).not.toBeNull();
    await what.selectOption(themeOption ?? '');

    // Without a reason and a name nothing is downloaded, and the form says what is missing.
    let downloads = 0;
    const count = () => (downloads += 1);
    page.on('download', count);
    await form.getByRole('button', { name: 'Download correction (JSON)' }).click();
    await expect
      .poll(() => form.locator('output').textContent())
      .toContain('Say why in at least 10 characters.');
    expect(await form.locator('output').textContent()).toContain('Give your name as reviewer.');
    expect(downloads).toBe(0);
    page.off('download', count);

    await form.getByLabel(/^Why/u).fill('The sentence is about the office, not about this theme.');
    await form.getByLabel('Your name (reviewer)').fill('E2E Reviewer');
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      form.getByRole('button', { name: 'Download correction (JSON)' }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/^correction-A-HRC-44-28-p\d+-s\d+-remove-theme-/u);
    const flagged = correctionsFileSchema.parse(
      JSON.parse(await readFile(await file.path(), 'utf8')),
    );
    const [correction] = flagged.corrections;
    if (!correction) throw new Error('no correction in the file');
    expect(correction.theme).toBe(themeOption?.replace('remove-theme:', ''));
    expect(await form.locator('output').textContent()).toContain(file.suggestedFilename());

    // Added to the reviewed corrections of a scratch copy of the project, prep applies it.
    work = await mkdtemp(join(tmpdir(), 'flag-tag-'));
    for (const folder of ['data', 'src/domain', 'src/pipeline', 'scripts/prep'])
      await cp(join(root, folder), join(work, folder), { recursive: true });
    const reviewed = join(work, 'data/review/corrections.json');
    const current = correctionsFileSchema.parse(JSON.parse(await readFile(reviewed, 'utf8')));
    current.corrections.push(correction);
    await writeFile(reviewed, `${JSON.stringify(current, null, 2)}\n`);
    const result = await prep(work);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);

    const readJson = async <T>(name: string) =>
      JSON.parse(await readFile(join(work ?? '', 'public/data', name), 'utf8')) as T;
    const before = (await readJson<{ records: ServedRecord[] }>('activities.json')).records;
    const served = (await (await fetch(`${baseUrl}data/activities.json`)).json()) as {
      records: ServedRecord[];
    };
    const inSentence = (r: ServedRecord) =>
      r.paragraph === correction.paragraph && r.sentence === correction.sentence;
    const tagged = served.records.filter(
      (r) => inSentence(r) && r.themes.includes(correction.theme ?? ''),
    ).length;
    expect(tagged).toBeGreaterThan(0);
    expect(
      before.filter((r) => inSentence(r) && r.themes.includes(correction.theme ?? '')),
    ).toEqual([]);
    const report = await readFile(join(work, 'public/data/prep-report.md'), 'utf8');
    expect(report).toContain(
      `- ${correction.id} (¶${correction.paragraph}, remove-theme): ${tagged} record(s) changed.`,
    );
    expect(session.consoleErrors).toEqual([]);
  });

  it('is in Chinese on the Chinese page', async () => {
    const form = await openFlagForm('zh');
    expect(await form.getByLabel('错在哪里').count()).toBe(1);
    expect(await form.getByRole('button', { name: '下载更正（JSON）' }).count()).toBe(1);
  });
});
