/** Timings in headless Chromium on a built app served by `vite preview`. */
import { preview } from 'vite';
import { join } from 'node:path';
import { openBrowser } from '../../tests/e2e/browser.ts';
import { summarise, type Timing } from './stats.ts';
import { freePort } from '../../tests/e2e/free-port.ts';

export interface BrowserBench {
  /** Navigation start to map paths, every chart's svg and the records table present. */
  readonly firstView: Timing;
  /** Country click (on, then off again, alternately) to every view updated and painted. */
  readonly filterUpdate: Timing;
  /** Country click to the records table's new count (the views updated first). */
  readonly filterFirstViews: Timing;
  /** The first country click after loading (it opens the sources panel) to every view painted. */
  readonly firstClick: Timing;
  readonly exportMapPng?: Timing;
  /** What the first view fetched on a cold load (the page, code and data files it waited for). */
  readonly firstViewBytes: FetchedBytes;
}

export interface FetchedBytes {
  /** Bytes on the wire (compressed when the server compresses). */
  readonly encoded: number;
  /** Bytes once decoded. */
  readonly decoded: number;
  /** Of which the data files (data/*.json), on the wire and decoded. */
  readonly dataEncoded: number;
  readonly dataDecoded: number;
  readonly dataFiles: readonly string[];
}

const MAP_MENU = 'Export Where the work took place';
// No DOM change for this long after the last one: the click's work is over.
const QUIET_MS = 400;
// After the first view: the charts' chunk and fonts settle before the first click.
const IDLE_BEFORE_FIRST_CLICK_MS = 1_000;

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

// In the page after the first view: what it fetched until then (same origin, so sizes are exposed).
function fetchedUntilFirstView(): FetchedBytes {
  const until = (window as BenchWindow).benchFirstView ?? performance.now();
  const entries = [
    ...performance.getEntriesByType('navigation'),
    ...performance.getEntriesByType('resource'),
  ] as PerformanceResourceTiming[];
  const before = entries.filter((entry) => entry.responseEnd <= until);
  const data = before.filter((entry) => /\/data\/[^/]+\.json$/u.test(entry.name));
  const sum = (list: PerformanceResourceTiming[], key: 'encodedBodySize' | 'decodedBodySize') =>
    list.reduce((total, entry) => total + entry[key], 0);
  return {
    encoded: sum(before, 'encodedBodySize'),
    decoded: sum(before, 'decodedBodySize'),
    dataEncoded: sum(data, 'encodedBodySize'),
    dataDecoded: sum(data, 'decodedBodySize'),
    dataFiles: data.map((entry) => new URL(entry.name).pathname),
  };
}

interface BenchWindow {
  benchFirstView?: number;
}

interface ClickTimes {
  /** Until the records table caption shows the new count (the first views). */
  readonly firstViews: number;
  /** Until the last DOM change the click caused has been painted (every view updated). */
  readonly allViews: number;
}

/**
 * In the page: clicks Colombia on the map and times the update. Every DOM change after the click is
 * watched; the page counts as updated when no change has come for `quietMs` and the frame after
 * the last one has been painted (charts included: ECharts' SVG renderer changes the DOM too).
 */
async function measureFilterClick({
  quietMs,
  limitMs,
}: {
  quietMs: number;
  limitMs: number;
}): Promise<ClickTimes> {
  const count = () =>
    [...document.querySelectorAll('table caption')].map((caption) => caption.textContent).join('|');
  const before = count();
  const country = document.querySelector('path[data-iso3="COL"]');
  if (!country) throw new Error('no COL on the map');
  // Written by the observer and the frame callbacks below.
  const seen = { firstViews: 0, lastChange: 0, lastPainted: 0 };
  const afterPaint = () =>
    requestAnimationFrame(() =>
      setTimeout(() => {
        seen.lastPainted = performance.now();
      }, 0),
    );
  const observer = new MutationObserver(() => {
    seen.lastChange = performance.now();
    if (seen.firstViews === 0 && count() !== before) seen.firstViews = seen.lastChange;
    afterPaint();
  });
  observer.observe(document.body, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
  const settled = () =>
    seen.lastChange > 0 &&
    performance.now() - seen.lastChange >= quietMs &&
    seen.lastPainted >= seen.lastChange;
  const start = performance.now();
  country.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  while (!settled()) {
    await wait(20);
    if (performance.now() - start > limitMs) {
      throw new Error(`the page did not settle within ${limitMs} ms of a click`);
    }
  }
  observer.disconnect();
  if (seen.firstViews === 0) throw new Error('the records count did not change after a click');
  return { firstViews: seen.firstViews - start, allViews: seen.lastPainted - start };
}

export async function benchBrowser(
  root: string,
  outDir: string,
  chromiumPath: string,
  runs: number,
  withExport: boolean,
  loadTimeoutMs = 30_000,
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
    const firstClick: number[] = [];
    let firstViewBytes: FetchedBytes | null = null;
    for (let run = 0; run < runs + 1; run += 1) {
      await page.goto(`${baseUrl}?lang=en`, { timeout: loadTimeoutMs });
      await page.waitForFunction(() => (window as BenchWindow).benchFirstView !== undefined, null, {
        timeout: loadTimeoutMs,
      });
      const at = await page.evaluate(() => (window as BenchWindow).benchFirstView ?? 0);
      // The cold load: nothing in the HTTP cache yet.
      if (run === 0) firstViewBytes = await page.evaluate(fetchedUntilFirstView);
      // The first click after loading also opens the sources panel (the page narrows) and runs
      // code for the first time.
      await page.waitForTimeout(IDLE_BEFORE_FIRST_CLICK_MS);
      const click = await page.evaluate(measureFilterClick, {
        quietMs: QUIET_MS,
        limitMs: loadTimeoutMs,
      });
      if (run > 0) {
        // the first load warms the HTTP cache's compile step
        firstView.push(at);
        firstClick.push(click.allViews);
      }
    }

    const firstViews: number[] = [];
    const allViews: number[] = [];
    for (let run = 0; run < runs * 2; run += 1) {
      const times = await page.evaluate(measureFilterClick, {
        quietMs: QUIET_MS,
        limitMs: loadTimeoutMs,
      });
      firstViews.push(times.firstViews);
      allViews.push(times.allViews);
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
      filterUpdate: summarise(allViews),
      filterFirstViews: summarise(firstViews),
      firstClick: summarise(firstClick),
      ...(exportMapPng ? { exportMapPng } : {}),
      firstViewBytes: firstViewBytes ?? {
        encoded: 0,
        decoded: 0,
        dataEncoded: 0,
        dataDecoded: 0,
        dataFiles: [],
      },
    };
  } finally {
    await session.close();
    await server.close();
  }
}
