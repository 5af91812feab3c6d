/**
 * Screenshots and timing of the world map in Chromium, on the harness's production build:
 *   npx vite build --config tests/e2e/map-harness/vite.config.ts
 *   npx tsx tests/e2e/map-harness/measure.ts [folder]
 * Each time is from a click to the DOM being updated (the next task) and to the next frame
 * (requestAnimationFrame, then a task); median of 5.
 */
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { openBrowser } from '../browser.ts';

const configFile = fileURLToPath(new URL('./vite.config.ts', import.meta.url));
const server = await preview({
  configFile,
  logLevel: 'warn',
  preview: { port: 0, host: '127.0.0.1' },
});
const baseUrl = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4173/';
const session = await openBrowser(baseUrl, process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
const { page } = session;
const folder = process.argv[2] ?? 'test-results';

interface Timing {
  readonly dom: number;
  readonly frame: number;
}

async function clickTimed(selector: string): Promise<Timing> {
  return page.evaluate(async (target) => {
    const element = document.querySelector(target);
    if (!element) throw new Error(`no ${target}`);
    const start = performance.now();
    element.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    const dom = performance.now() - start;
    await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return { dom, frame: performance.now() - start };
  }, selector);
}

function report(label: string, timings: readonly Timing[]) {
  const median = (values: number[]) =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
  const list = (values: number[]) => values.map((value) => value.toFixed(1)).join(', ');
  const dom = timings.map((t) => t.dom);
  const frame = timings.map((t) => t.frame);
  console.log(
    `${label}: event → DOM ${median(dom).toFixed(1)} ms [${list(dom)}]; event → next frame ${median(frame).toFixed(1)} ms [${list(frame)}]`,
  );
}

const toggle = '#toggle-map';
const theme = '#theme-gender';
const colombia = 'path[data-iso3="COL"]';

try {
  await page.setViewportSize({ width: 1400, height: 1000 });
  for (const lang of ['en', 'zh']) {
    await page.goto(`${baseUrl}?lang=${lang}`);
    await page.locator('.map-svg').waitFor();
    await page.waitForTimeout(200);
    await page.locator('.world-map').screenshot({ path: `${folder}/map-${lang}.png` });
  }
  await page.locator('circle[data-iso3="MDV"]').hover();
  await page.locator('.world-map').screenshot({ path: `${folder}/map-tooltip.png` });
  await page.getByRole('button', { name: '非洲', exact: true }).click();
  await page.waitForTimeout(100);
  await page.locator('.world-map').screenshot({ path: `${folder}/map-africa.png` });

  const cold: Timing[] = [];
  for (let run = 0; run < 5; run += 1) {
    await page.goto(`${baseUrl}?lang=en&hidden`);
    await page.locator(toggle).waitFor();
    await page.waitForTimeout(100);
    cold.push(await clickTimed(toggle));
  }
  const warm: Timing[] = [];
  const themed: Timing[] = [];
  const country: Timing[] = [];
  for (let run = 0; run < 5; run += 1) {
    await clickTimed(toggle);
    warm.push(await clickTimed(toggle));
    themed.push(await clickTimed(theme));
    await clickTimed(theme);
    country.push(await clickTimed(colombia));
    await clickTimed(colombia);
  }
  const wheel: Timing[] = [];
  for (let run = 0; run < 5; run += 1) {
    wheel.push(
      await page.evaluate(async () => {
        const svg = document.querySelector('.map-svg');
        if (!svg) throw new Error('no map');
        const box = svg.getBoundingClientRect();
        const start = performance.now();
        svg.dispatchEvent(
          new WheelEvent('wheel', {
            bubbles: true,
            cancelable: true,
            deltaY: -120,
            clientX: box.left + box.width / 2,
            clientY: box.top + box.height / 2,
          }),
        );
        await new Promise((resolve) => setTimeout(resolve, 0));
        const dom = performance.now() - start;
        await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        return { dom, frame: performance.now() - start };
      }),
    );
  }
  report('one wheel step of zoom', wheel);
  report('first render (cold: decode atlas, project 177 paths)', cold);
  report('render again (projection cached)', warm);
  report('re-colour after a theme filter', themed);
  report('re-colour after a country click (filter, outline)', country);
  console.log(
    `console errors: ${JSON.stringify(session.consoleErrors)}; foreign requests: ${JSON.stringify(session.foreignRequests)}`,
  );
} finally {
  await session.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}
