/**
 * npm run bench [-- --json PATH --runs N]
 * Measures prep, bundle sizes and the built app in headless Chromium; prints a table, writes a JSON
 * summary (default bench-results/summary.json) and exits 1 when a budget is exceeded.
 * Not part of `npm test`: timings depend on the machine.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchBrowser } from './bench/browser.ts';
import { failures, type Budget } from './bench/budgets.ts';
import { buildApp, bundleSizes, fullEchartsAlias } from './bench/bundle.ts';
import { benchPrep } from './bench/prep.ts';
import { multiplyActivities } from './bench/synthetic.ts';
import { budgetRows, kb, renderTable, timingRow } from './bench/table.ts';
import { runPrep } from './prep/run-prep.ts';

const { values } = parseArgs({
  options: {
    json: { type: 'string', default: 'bench-results/summary.json' },
    runs: { type: 'string', default: '5' },
  },
});
const root = process.cwd();
const runs = Math.max(1, Number(values.runs));
const copies = 100;
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const work = await mkdtemp(join(tmpdir(), 'bench-'));

try {
  await runPrep({ root, ifNeeded: true });
  console.error('bench: prep…');
  const prep = await benchPrep(root, runs, copies, Math.min(runs, 3));

  console.error('bench: builds…');
  const appDir = join(work, 'app');
  await buildApp(root, appDir);
  const bundle = await bundleSizes(appDir);
  const fullDir = join(work, 'full-echarts');
  await buildApp(root, fullDir, fullEchartsAlias(root));
  const fullBundle = await bundleSizes(fullDir);
  const largeDir = join(work, 'app-100x');
  await cp(appDir, largeDir, { recursive: true });
  await writeFile(
    join(largeDir, 'data/activities.json'),
    multiplyActivities(
      await readFile(join(appDir, 'data/activities.json'), 'utf8'),
      await readFile(join(appDir, 'data/reference.json'), 'utf8'),
      copies,
    ),
  );

  console.error('bench: Chromium…');
  const real = await benchBrowser(root, appDir, chromiumPath, runs, true);
  const large = await benchBrowser(root, largeDir, chromiumPath, runs, false);

  const budgets: Budget[] = [
    { name: 'initial JS (gzip)', limit: 300, unit: 'kB', value: bundle.initial.gzip / 1000 },
    { name: 'all JS (gzip)', limit: 500, unit: 'kB', value: bundle.all.gzip / 1000 },
    { name: 'filter update, real data', limit: 100, unit: 'ms', value: real.filterUpdate.median },
    {
      name: `filter update, ${copies}x records`,
      limit: 300,
      unit: 'ms',
      value: large.filterUpdate.median,
    },
    { name: 'first complete view', limit: 1500, unit: 'ms', value: real.firstView.median },
    {
      name: 'prep of the report, whole command',
      limit: 1000,
      unit: 'ms',
      value: prep.command.median,
    },
    {
      name: `prep scaling (${copies}x / 1x per character)`,
      limit: 1.3,
      unit: 'x',
      value: prep.corpus.scaling,
    },
  ];

  const rows = [
    ['measure', 'median', 'noise'],
    timingRow(`prep, in-process (${prep.reportCharacters} chars)`, prep.inProcess),
    timingRow('prep, whole command (tsx scripts/prep.ts)', prep.command),
    timingRow('  of which node + tsx start-up', prep.commandStartup),
    timingRow(
      `prep, ${copies}x corpus in-process (${prep.corpus.characters} chars)`,
      prep.corpus.inProcess,
    ),
    ['prep scaling (per character, 100x / 1x)', `${prep.corpus.scaling.toFixed(2)}x`, ''],
    [
      'initial JS',
      `${kb(bundle.initial.gzip)} gzip`,
      `${kb(bundle.initial.raw)} raw, ${bundle.initial.files.length} files`,
    ],
    [
      'all JS',
      `${kb(bundle.all.gzip)} gzip`,
      `${kb(bundle.all.raw)} raw, ${bundle.all.files} files`,
    ],
    [
      'initial JS, full echarts import',
      `${kb(fullBundle.initial.gzip)} gzip`,
      `${kb(fullBundle.initial.raw)} raw`,
    ],
    [
      'all JS, full echarts import',
      `${kb(fullBundle.all.gzip)} gzip`,
      `${kb(fullBundle.all.raw)} raw`,
    ],
    timingRow('first complete view', real.firstView),
    timingRow('filter update, country click: every view painted', real.filterUpdate),
    timingRow('  of which records table and map', real.filterFirstViews),
    timingRow('first click after loading (also opens the sources panel)', real.firstClick),
    timingRow(`first complete view, ${copies}x records`, large.firstView),
    timingRow(`filter update, ${copies}x records: every view painted`, large.filterUpdate),
    timingRow('  of which records table and map', large.filterFirstViews),
    timingRow(`first click after loading, ${copies}x records`, large.firstClick),
    ...(real.exportMapPng
      ? [timingRow('export map as PNG (click to download)', real.exportMapPng)]
      : []),
  ];
  console.log(renderTable(rows));
  console.log('');
  console.log(renderTable([['budget', 'measured', 'result'], ...budgetRows(budgets)]));

  const summary = {
    measuredAt: new Date().toISOString(),
    machine: { node: process.version, platform: process.platform },
    runs,
    prep,
    bundle,
    fullEchartsBundle: fullBundle,
    browser: { real, [`x${copies}`]: large },
    budgets: budgets.map((budget) => ({ ...budget, pass: !failures([budget]).length })),
  };
  const jsonPath = resolve(root, values.json);
  await mkdir(dirname(jsonPath), { recursive: true });
  await writeFile(jsonPath, `${JSON.stringify(summary, null, 2)}\n`);
  console.log(`\nbench: summary written to ${jsonPath}`);

  const failed = failures(budgets);
  for (const budget of failed) {
    console.error(
      `bench: budget exceeded: ${budget.name}: ${budget.value} ${budget.unit} > ${budget.limit} ${budget.unit}`,
    );
  }
  if (failed.length > 0) process.exitCode = 1;
} finally {
  await rm(work, { recursive: true, force: true });
}
