import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectOfflineAndQuiet, useBrowserSession } from './browser.ts';

const baseUrl = inject('baseUrl');
const session = useBrowserSession(baseUrl, inject('chromiumPath'), {
  viewport: { width: 1400, height: 1000 },
  ignoreErrors: false,
});
let dialogs: string[];

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>window.__pwned=1</script>';
const HOSTILE = ` ${IMG} ${SCRIPT}`;

beforeAll(async () => {
  dialogs = [];
  session.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
});

afterEach(async () => {
  await session.page.unrouteAll({ behavior: 'ignoreErrors' });
});

/** Serves data/NAME.json changed by `change` (same-origin route interception). */
async function serveChanged(
  page: Page,
  name: string,
  change: (json: Record<string, unknown>) => unknown,
): Promise<void> {
  await page.route(`**/data/${name}.json`, async (route) => {
    const response = await route.fetch();
    const json = (await response.json()) as Record<string, unknown>;
    await route.fulfill({ response, json: change(json) });
  });
}

interface Paragraph {
  report: string;
  number: number;
  text: string;
}
interface SentenceRow {
  report: string;
  paragraph: number;
  end: number;
}

describe('report text is rendered as text', () => {
  afterEach(() => expectOfflineAndQuiet(session));

  it('a paragraph with <img onerror> and <script> stays inert in the sources panel and the records table', async () => {
    const { page } = session;
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await serveChanged(page, 'paragraphs', (json) => {
      for (const paragraph of json.paragraphs as Paragraph[]) paragraph.text += HOSTILE;
      return json;
    });
    // A record's sentence is read from its paragraph by offsets: let each run to the hostile end.
    const served = (await (await fetch(`${baseUrl}data/paragraphs.json`)).json()) as {
      paragraphs: Paragraph[];
    };
    const ends = new Map(
      served.paragraphs.map((p) => [`${p.report} ${p.number}`, p.text.length + HOSTILE.length]),
    );
    await serveChanged(page, 'records', (json) => {
      for (const row of json.sentences as SentenceRow[]) {
        row.end = ends.get(`${row.report} ${row.paragraph}`) ?? row.end;
      }
      return json;
    });
    await page.goto(`${baseUrl}?lang=en`);

    const countries = page.getByRole('region', { name: 'Countries with records' });
    await countries.waitFor();
    await countries.getByRole('rowheader').first().getByRole('button').click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await expect.poll(() => dialog.getByText(IMG).count()).toBeGreaterThan(0);
    expect(await dialog.getByText(IMG).first().isVisible()).toBe(true);
    expect(await dialog.getByText(SCRIPT).first().isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    const table = page.getByRole('table', { name: /^Activity records/ });
    await table.waitFor();
    await expect.poll(() => table.getByText(IMG).count()).toBeGreaterThan(0);
    expect(await table.getByText(SCRIPT).first().isVisible()).toBe(true);

    const inert = await page.evaluate(() => ({
      images: [...document.querySelectorAll('img')].filter((img) =>
        (img.getAttribute('src') ?? '').endsWith('x'),
      ).length,
      handlers: document.querySelectorAll('[onerror]').length,
      scripts: [...document.scripts].filter((script) => script.text.includes('__pwned')).length,
      pwned: Reflect.get(window, '__pwned') as unknown,
    }));
    expect(inert).toEqual({ images: 0, handlers: 0, scripts: 0, pwned: undefined });
    expect(dialogs).toEqual([]);
    expect(requested.filter((path) => path.endsWith('/x'))).toEqual([]);

    // The deck quotes the paragraphs in its speaker notes: as text, in well-formed XML.
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: 'PowerPoint deck (PPTX)', exact: true }).click(),
    ]);
    const parts = unzipSync(new Uint8Array(await readFile(await file.path())));
    const xml = Object.entries(parts)
      .filter(([name]) => /\.(xml|rels)$/u.test(name))
      .map(([name, bytes]) => [name, new TextDecoder().decode(bytes)] as const);
    const read = await page.evaluate(
      (sources) =>
        sources.map(([name, source]) => {
          const parsed = new DOMParser().parseFromString(source, 'application/xml');
          return [
            name,
            parsed.querySelector('parsererror') ? null : parsed.documentElement.textContent,
          ] as const;
        }),
      xml,
    );
    expect(read.filter(([, text]) => text === null).map(([name]) => name)).toEqual([]);
    const notes = read.filter(([name]) => name.startsWith('ppt/notesSlides/notesSlide'));
    expect(notes.some(([, text]) => text?.includes(IMG) && text.includes(SCRIPT))).toBe(true);
  });
});

describe('a data file the app cannot use', () => {
  // Chromium logs a failed resource itself; the app logs nothing.
  afterEach(() => expectOfflineAndQuiet(session, /Failed to load resource/u));

  async function errorPanelText(page: Page): Promise<string> {
    await page.goto(`${baseUrl}?lang=en`);
    const panel = page.getByRole('alert');
    await panel.waitFor();
    return (await panel.textContent()) ?? '';
  }

  it('a wrong schemaVersion names the file, both versions and what to do', async () => {
    const { page } = session;
    await serveChanged(page, 'figures', (json) => ({
      ...json,
      meta: { ...(json.meta as object), schemaVersion: 99 },
    }));
    const text = await errorPanelText(page);
    expect(text).toContain('data/figures.json');
    expect(text).toContain('the file has version 99, this app reads version 1');
    expect(text).toContain('npm run prep');
    for (const other of ['paragraphs', 'records', 'reference'])
      expect(text).not.toContain(`data/${other}.json`);
  });

  it('corrupt JSON names the file, says it is not valid JSON and what to do', async () => {
    const { page } = session;
    await page.route('**/data/paragraphs.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{"meta": {"schema' }),
    );
    const text = await errorPanelText(page);
    expect(text).toContain('data/paragraphs.json');
    expect(text).toContain('not valid JSON');
    expect(text).toContain('npm run prep');
    expect(await page.getByRole('button', { name: 'Retry' }).isVisible()).toBe(true);
  });
});
