/** Timings in headless Chromium on a built app served by `vite preview`. */
import { createServer } from 'node:net';
import { preview } from 'vite';
import { join } from 'node:path';
import { openBrowser } from '../../tests/e2e/browser.ts';
import { summarise, type Timing } from './stats.ts';

export interface BrowserBench {
  /** Navigation start to map paths, every chart's svg and the records table present. */
  readonly firstView: Timing;
  /** Country click to the records count changed and two animation frames later (charts redrawn). */
  readonly filterUpdate: Timing;
  readonly exportMapPng?: Timing;
}

const MAP_MENU = 'Export Where the work took place';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('port')),
      );
    });
  });
}

// Runs in the page from navigation start (and shims tsx's __name helper for evaluated functions): notes when map, charts and records table are all there.
const watchFirstView = `window.__name = (target) => target;
(() => {
  const complete = () => {
    const charts = document.querySelectorAll('[data-chart]');
    return document.querySelector('.map-svg path.map-country') !== null &&
      charts.length > 0 && [...charts].every((chart) => chart.querySelector('svg path, svg rect')) &&
      document.querySelector('table caption') !== null;
  };
  const check = () => {
    if (window.benchFirstView === undefined && complete()) window.benchFirstView = performance.now();
    else if (window.benchFirstView === undefined) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

interface BenchWindow {
  benchFirstView?: number;
}

/** In the page: clicks Colombia on the map and waits for the records count to change. */
async function measureFilterClick(): Promise<number> {
  const count = () =>
    [...document.querySelectorAll('table caption')].map((caption) => caption.textContent).join('|');
  const before = count();
  const country = document.querySelector('path[data-iso3="COL"]');
  if (!country) throw new Error('no COL on the map');
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const start = performance.now();
  country.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  while (count() === before) {
    await frame();
    if (performance.now() - start > 10_000) throw new Error('no update after a click');
  }
  // ECharts redraws in the next animation frames after React's commit.
  await frame();
  await frame();
  return performance.now() - start;
}

export async function benchBrowser(
  root: string,
  outDir: string,
  chromiumPath: string,
  runs: number,
  withExport: boolean,
): Promise<BrowserBench> {
  const port = await freePort();
  const server = await preview({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'silent',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true },
  });
  const baseUrl = `http://127.0.0.1:${port}/`;
  const session = await openBrowser(baseUrl, chromiumPath);
  try {
    const { page } = session;
    await page.addInitScript(watchFirstView);
    const firstView: number[] = [];
    for (let run = 0; run < runs + 1; run += 1) {
      await page.goto(`${baseUrl}?lang=en`);
      await page.waitForFunction(() => (window as BenchWindow).benchFirstView !== undefined, null, {
        timeout: 30_000,
      });
      const at = await page.evaluate(() => (window as BenchWindow).benchFirstView ?? 0);
      if (run > 0) firstView.push(at); // the first load warms the HTTP cache's compile step
    }

    const filterUpdate: number[] = [];
    for (let run = 0; run < runs * 2; run += 1) {
      const elapsed = await page.evaluate(measureFilterClick);
      filterUpdate.push(elapsed);
    }

    let exportMapPng: Timing | undefined;
    if (withExport) {
      const times: number[] = [];
      for (let run = 0; run < runs; run += 1) {
        const start = performance.now();
        await Promise.all([
          page.waitForEvent('download', { timeout: 30_000 }),
          page
            .getByRole('group', { name: MAP_MENU })
            .getByRole('button', { name: 'PNG', exact: true })
            .click(),
        ]);
        times.push(performance.now() - start);
      }
      exportMapPng = summarise(times);
    }
    return {
      firstView: summarise(firstView),
      filterUpdate: summarise(filterUpdate),
      ...(exportMapPng ? { exportMapPng } : {}),
    };
  } finally {
    await session.close();
    await server.close();
  }
}
