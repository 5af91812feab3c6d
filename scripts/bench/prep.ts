/** Prep timings: in-process (runPrep) and as a whole command, for the report and a 100x corpus. */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPrep } from '../prep/run-prep.ts';
import { repeat, type Timing } from './stats.ts';
import { writeSyntheticCorpus } from './synthetic.ts';

export interface PrepBench {
  readonly reportCharacters: number;
  readonly inProcess: Timing;
  readonly command: Timing;
  /** Node start-up alone (an empty script): the floor of the whole command. */
  readonly commandStartup: Timing;
  readonly corpus: {
    readonly copies: number;
    readonly characters: number;
    readonly inProcess: Timing;
    /** (time per character at 100x) / (time per character at 1x), in-process medians. */
    readonly scaling: number;
  };
}

function node(cwd: string, args: string[]): void {
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`node ${args.join(' ')}: ${result.stderr}`);
}

/** What `npm run prep` runs, without npm's own start-up. */
const prepCommand = (out: string) => ['scripts/run-compiled.mjs', 'prep', '--out', out];

export async function benchPrep(
  root: string,
  runs: number,
  copies: number,
  corpusRuns: number,
): Promise<PrepBench> {
  const work = await mkdtemp(join(tmpdir(), 'bench-prep-'));
  try {
    const registry = JSON.parse(await readFile(join(root, 'data/reports.json'), 'utf8')) as {
      reports: { path: string }[];
    };
    let reportCharacters = 0;
    for (const report of registry.reports) {
      reportCharacters += (await readFile(join(root, report.path), 'utf8')).length;
    }
    const out = join(work, 'out');
    // Each run writes afresh: a new timestamp, so the "unchanged" shortcut never applies.
    let tick = 0;
    const fresh = () => new Date(Date.UTC(2026, 0, 1, 0, 0, (tick += 1)));
    await runPrep({ root, out, now: fresh() }); // warm-up: module loading is not prep time
    const inProcess = await repeat(runs, () => runPrep({ root, out, now: fresh() }));

    node(root, prepCommand(out)); // compiles the bundle if a source changed: not prep time
    const command = await repeat(runs, async () => {
      await rm(out, { recursive: true, force: true });
      node(root, prepCommand(out));
    });
    const commandStartup = await repeat(runs, async () => node(root, ['-e', '0']));

    const corpusRoot = join(work, 'corpus');
    const characters = await writeSyntheticCorpus(root, corpusRoot, copies);
    const corpusOut = join(work, 'corpus-out');
    const corpusInProcess = await repeat(corpusRuns, () =>
      runPrep({ root: corpusRoot, out: corpusOut, now: fresh() }),
    );
    const scaling = corpusInProcess.median / characters / (inProcess.median / reportCharacters);
    return {
      reportCharacters,
      inProcess,
      command,
      commandStartup,
      corpus: { copies, characters, inProcess: corpusInProcess, scaling },
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
