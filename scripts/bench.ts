/**
 * npm run bench [-- --json PATH --runs N --ci]
 * Measures prep, bundle sizes and the built app in headless Chromium; prints a table, writes a JSON
 * summary (default bench-results/summary.json) and exits 1 when a budget is exceeded.
 * Not part of `npm test`: timings depend on the machine. `--ci` (what .ci/run calls) checks only
 * what noise cannot move: bundle sizes, and prep's growth and bounded time with a wide margin.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchBrowser, type BrowserBench } from './bench/browser.ts';
import { failures, type Budget } from './bench/budgets.ts';
import { buildApp, bundleSizes, fullEchartsAlias } from './bench/bundle.ts';
import { benchPrep } from './bench/prep.ts';
import { benchStress } from './bench/stress.ts';
import { multiplyReports } from './bench/synthetic.ts';
import { activitiesBytesPerRecord, recordFileSizes, writeCorpusApp } from './bench/corpus-app.ts';
import { budgetRows, kb, ms, renderTable, timingRow } from './bench/table.ts';
import { runPrep } from './prep/run-prep.ts';

const { values } = parseArgs({
  options: {
    json: { type: 'string', default: 'bench-results/summary.json' },
    runs: { type: 'string' },
    ci: { type: 'boolean', default: false },
  },
});
const ci = values.ci ?? false;
const root = process.cwd();
const runs = Math.max(1, Number(values.runs ?? (ci ? 3 : 5)));
const copies = 100;
const seriesCopies = 1_000;
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const work = await mkdtemp(join(tmpdir(), 'bench-'));

try {
  await runPrep({ root, ifNeeded: true });
  console.error('bench: prep…');
  const prep = await benchPrep(root, runs, copies, Math.min(runs, 3));
  const stress = await benchStress(root, join(work, 'stress'));

  console.error('bench: builds…');
  const appDir = join(work, 'app');
  await buildApp(root, appDir);
  const bundle = await bundleSizes(appDir);
  let fullBundle: Awaited<ReturnType<typeof bundleSizes>> | null = null;
  let real: BrowserBench | null = null;
  let large: BrowserBench | null = null;
  let series: BrowserBench | null = null;
  const recordFiles = new Map<number, Awaited<ReturnType<typeof recordFileSizes>>>();
  if (!ci) {
    const fullDir = join(work, 'full-echarts');
    await buildApp(root, fullDir, fullEchartsAlias(root));
    fullBundle = await bundleSizes(fullDir);
    const perRecord = await activitiesBytesPerRecord(appDir);
    const largeDir = join(work, 'app-100x');
    const seriesDir = join(work, 'app-1000-reports');
    for (const [count, dir] of [
      [copies, largeDir],
      [seriesCopies, seriesDir],
    ] as const) {
      await writeCorpusApp(appDir, dir, count, multiplyReports);
      recordFiles.set(count, await recordFileSizes(dir, perRecord));
    }
    recordFiles.set(1, await recordFileSizes(appDir, perRecord));
    console.error('bench: Chromium…');
    real = await benchBrowser(root, appDir, chromiumPath, runs, true);
    large = await benchBrowser(root, largeDir, chromiumPath, runs, false);
    console.error(`bench: Chromium, ${seriesCopies} reports…`);
    // Reported, not budgeted: the issue asks that it open and answer a filter.
    series = await benchBrowser(root, seriesDir, chromiumPath, 1, false, 300_000).catch(
      (error: unknown) => {
        console.error(`bench: ${seriesCopies} reports: ${String(error)}`);
        return null;
      },
    );
  }

  // Sizes are exact; the ratio and the stress limits sit far beyond the noise of a busy machine
  // (a quadratic step makes the 100x ratio about 100, and the 5 MiB input minutes long).
  const deterministic: Budget[] = [
    // What every page load fetches: issue 17's limit.
    { name: 'initial JS (gzip)', limit: 250, unit: 'kB', value: bundle.initial.gzip / 1000 },
    // Everything, the writers loaded on demand included (the PowerPoint deck's pptxgenjs alone is
    // about 123 kB): a growth check, not what a reader downloads.
    { name: 'all JS (gzip)', limit: 650, unit: 'kB', value: bundle.all.gzip / 1000 },
    {
      name: `prep scaling (${copies}x / 1x per character)`,
      limit: ci ? 3 : 1.3,
      unit: 'x',
      value: prep.corpus.scaling,
    },
    {
      name: 'prep of a 5 MiB input',
      limit: ci ? 60_000 : 10_000,
      unit: 'ms',
      value: stress.fiveMiB.ms,
    },
    {
      name: 'prep of a 1 MB paragraph',
      limit: ci ? 60_000 : 10_000,
      unit: 'ms',
      value: stress.megabyteParagraph.ms,
    },
  ];
  // Issue 18's limits; the whole-command prep time is issue 17's.
  const timing: Budget[] =
    real && large
      ? [
          {
            name: 'first complete view, real data',
            limit: 1000,
            unit: 'ms',
            value: real.firstView.median,
          },
          {
            name: `first complete view, ${copies} reports`,
            limit: 1500,
            unit: 'ms',
            value: large.firstView.median,
          },
          {
            name: 'filter update, real data',
            limit: 50,
            unit: 'ms',
            value: real.filterUpdate.median,
          },
          {
            name: `filter update, ${copies} reports`,
            limit: 150,
            unit: 'ms',
            value: large.filterUpdate.median,
          },
          {
            name: 'prep of the report, whole command',
            limit: 500,
            unit: 'ms',
            value: prep.command.median,
          },
        ]
      : [];
  // The first view's data, decoded, against the same view reading activities.json instead of
  // records.json (what the app fetched before records.json).
  const legacyData = (count: number, bench: BrowserBench) => {
    const files = recordFiles.get(count);
    return files ? bench.firstViewBytes.dataDecoded - files.records + files.activities : 0;
  };
  const bytes: Budget[] = (
    [
      [1, real],
      [copies, large],
      [seriesCopies, series],
    ] as [number, BrowserBench | null][]
  ).flatMap(([count, bench]) =>
    bench
      ? [
          {
            name: `first view data, decoded, ${count === 1 ? 'real data' : `${count} reports`} (with activities.json: ${kb(legacyData(count, bench))})`,
            limit: Math.round(legacyData(count, bench) / 1000),
            unit: 'kB',
            value: bench.firstViewBytes.dataDecoded / 1000,
          },
        ]
      : [],
  );
  const budgets = [...deterministic, ...timing, ...bytes];

  const rows = [
    ['measure', 'median', 'noise'],
    timingRow(`prep, in-process (${prep.reportCharacters} chars)`, prep.inProcess),
    timingRow('prep, whole command (node scripts/run-compiled.mjs prep)', prep.command),
    timingRow('  of which node start-up', prep.commandStartup),
    timingRow(
      `prep, ${copies}x corpus in-process (${prep.corpus.characters} chars)`,
      prep.corpus.inProcess,
    ),
    ['prep scaling (per character, 100x / 1x)', `${prep.corpus.scaling.toFixed(2)}x`, ''],
    [`prep of a 5 MiB input (${kb(stress.fiveMiB.bytes)})`, ms(stress.fiveMiB.ms), 'one run'],
    [
      `prep of a 1 MB paragraph (${kb(stress.megabyteParagraph.bytes)})`,
      ms(stress.megabyteParagraph.ms),
      'one run',
    ],
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
    ...(fullBundle
      ? [
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
        ]
      : []),
    ...(real && large
      ? [
          timingRow('first complete view', real.firstView),
          timingRow('filter update, country click: every view painted', real.filterUpdate),
          timingRow('  of which records table and map', real.filterFirstViews),
          timingRow('first click after loading (also opens the sources panel)', real.firstClick),
          timingRow(`first complete view, ${copies} reports`, large.firstView),
          timingRow(`filter update, ${copies} reports: every view painted`, large.filterUpdate),
          timingRow('  of which records table and map', large.filterFirstViews),
          timingRow(`first click after loading, ${copies} reports`, large.firstClick),
          ...(series
            ? [
                timingRow(`first complete view, ${seriesCopies} reports`, series.firstView),
                timingRow(
                  `filter update, ${seriesCopies} reports: every view painted`,
                  series.filterUpdate,
                ),
              ]
            : []),
          ...(
            [
              ['real data', real],
              [`${copies} reports`, large],
              ...(series ? [[`${seriesCopies} reports`, series]] : []),
            ] as [string, BrowserBench][]
          ).map(([label, bench]) => [
            `first view fetched, ${label}`,
            `${kb(bench.firstViewBytes.encoded)} on the wire`,
            `${kb(bench.firstViewBytes.decoded)} decoded; data ${kb(bench.firstViewBytes.dataEncoded)} on the wire, ${kb(bench.firstViewBytes.dataDecoded)} decoded`,
          ]),
          ...(real.exportMapPng
            ? [timingRow('export map as PNG (click to download)', real.exportMapPng)]
            : []),
        ]
      : []),
  ];
  console.log(renderTable(rows));
  console.log('');
  console.log(renderTable([['budget', 'measured', 'result'], ...budgetRows(budgets)]));
  if (ci)
    console.log('\nbench --ci: browser timings and the whole-command time are not checked here.');

  const summary = {
    measuredAt: new Date().toISOString(),
    machine: { node: process.version, platform: process.platform },
    mode: ci ? 'ci' : 'full',
    runs,
    prep,
    stress,
    bundle,
    fullEchartsBundle: fullBundle,
    browser:
      real && large
        ? { real, [`x${copies}`]: large, ...(series ? { [`reports${seriesCopies}`]: series } : {}) }
        : null,
    recordFiles: Object.fromEntries(recordFiles),
    budgets: budgets.map((budget) => ({ ...budget, pass: !failures([budget]).length })),
  };
  const jsonPath = resolve(root, values.json ?? 'bench-results/summary.json');
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
