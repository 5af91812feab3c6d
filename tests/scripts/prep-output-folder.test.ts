import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prep } from '../support/prep-in-process.ts';
import type { CliResult } from '../support/prep-in-process.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
let work: string;

/** Every file under `folder` (dot files included) with a hash of its bytes. */
async function tree(folder: string): Promise<Record<string, string>> {
  const found: Record<string, string> = {};
  const visit = async (dir: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await visit(path);
      else
        found[relative(folder, path)] = createHash('sha256')
          .update(await readFile(path))
          .digest('hex');
    }
  };
  await visit(folder);
  return found;
}

function expectOneLineRefusal(result: CliResult, message: RegExp): void {
  expect(result.code).not.toBe(0);
  expect(result.stdout).toBe('');
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr.trim()).toMatch(message);
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'prep-out-'));
  for (const folder of ['data', 'src/domain', 'src/pipeline', 'scripts/prep']) {
    await cp(join(root, folder), join(work, folder), { recursive: true });
  }
  await writeFile(join(work, 'README.md'), '# a project file prep must never touch\n');
  await mkdir(join(work, '.git'), { recursive: true });
  await writeFile(join(work, '.git/HEAD'), 'ref: refs/heads/main\n');
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('prep --out replaces only a folder of its own', () => {
  it.each([
    ['the project folder', '.', /^prep: --out \.: is the project folder or contains it/u],
    ['a parent of the project', '..', /^prep: --out \.\.: is the project folder or contains it/u],
    ['data/raw', 'data/raw', /^prep: --out data\/raw: is where the raw texts live/u],
    [
      'a folder inside data/raw',
      'data/raw/out',
      /^prep: --out data\/raw\/out: is where the raw texts live/u,
    ],
    ['data/', 'data', /^prep: --out data: is where the raw texts live/u],
    ['a file', 'README.md', /^prep: --out README\.md: is a file, not a folder/u],
  ])('refuses %s in one line and changes nothing', async (_name, out, message) => {
    const before = await tree(work);
    expectOneLineRefusal(await prep(work, '--out', out), message);
    expect(await tree(work)).toEqual(before);
  });

  it('refuses a folder holding a file it did not write, and leaves the file', async () => {
    await mkdir(join(work, 'notes'), { recursive: true });
    await writeFile(join(work, 'notes/draft.md'), 'my notes\n');
    const before = await tree(work);
    expectOneLineRefusal(
      await prep(work, '--out', 'notes'),
      /^prep: --out notes: holds files prep did not write \(draft\.md\)/u,
    );
    expect(await tree(work)).toEqual(before);
  });

  it('refuses the folder that holds its input text', async () => {
    await mkdir(join(work, 'incoming'), { recursive: true });
    await cp(join(root, 'data/raw/A_HRC_44_28.zh.txt'), join(work, 'incoming/report.txt'));
    const before = await tree(work);
    expectOneLineRefusal(
      await prep(work, '--input', 'incoming/report.txt', '--out', 'incoming'),
      /^prep: --out incoming: holds the input text/u,
    );
    expect(await tree(work)).toEqual(before);
  });

  it('writes a marker listing its files, replaces its own folder again, but not once a file is added', async () => {
    expect((await prep(work, '--out', 'out/own')).code).toBe(0);
    const marker = JSON.parse(await readFile(join(work, 'out/own/.prep-output.json'), 'utf8')) as {
      files: string[];
    };
    expect(marker.files).toEqual([
      'activities.json',
      'figures.json',
      'paragraphs.json',
      'prep-report.json',
      'prep-report.md',
      'records.json',
      'reference.json',
    ]);
    expect((await readdir(join(work, 'out/own'))).sort()).toEqual(
      ['.prep-output.json', ...marker.files].sort(),
    );
    await writeFile(join(work, 'out/own/paragraphs.json'), '{}\n');
    expect((await prep(work, '--out', 'out/own')).code).toBe(0);
    expect(await readFile(join(work, 'out/own/paragraphs.json'), 'utf8')).not.toBe('{}\n');

    await writeFile(join(work, 'out/own/summary.xlsx'), 'an analyst’s file');
    const before = await tree(work);
    expectOneLineRefusal(
      await prep(work, '--out', 'out/own'),
      /^prep: --out out\/own: holds files prep did not write \(summary\.xlsx\)/u,
    );
    expect(await tree(work)).toEqual(before);
  });

  it('replaces a folder written before the marker existed (only its own files, its own meta)', async () => {
    expect((await prep(work, '--out', 'out/legacy')).code).toBe(0);
    await rm(join(work, 'out/legacy/.prep-output.json'));
    expect((await prep(work, '--out', 'out/legacy')).code).toBe(0);
    expect((await stat(join(work, 'out/legacy/.prep-output.json'))).isFile()).toBe(true);
  });
});

describe('prep arguments: one line naming the problem', () => {
  it.each([
    [['--input', 'data'], /^prep: data: is a folder, not a text file/u],
    [['--input', 'missing.txt', '--out', 'out/x'], /^prep: missing\.txt: file not found$/u],
    [
      ['--input', 'data/raw/A_HRC_44_28.zh.txt', '--symbol', '<b>A/HRC</b>', '--out', 'out/x'],
      /^prep: --symbol: "<b>A\/HRC<\/b>" is not a UN document symbol such as A\/HRC\/44\/28$/u,
    ],
    [
      ['--input', 'data/raw/A_HRC_44_28.zh.txt', '--symbol', '=HYPERLINK("x")', '--out', 'out/x'],
      /^prep: --symbol: "=HYPERLINK\("x"\)" is not a UN document symbol/u,
    ],
    [['--symbol', 'A/HRC/44/28'], /^prep: --symbol: applies to one --input text only$/u],
    [['--bogus'], /^prep: Unknown option '--bogus'.*usage: npm run prep/u],
  ])('%j', async (args, message) => {
    const before = await tree(work);
    expectOneLineRefusal(await prep(work, ...args), message);
    expect(await tree(work)).toEqual(before);
  });
});

describe('the command itself', () => {
  // One real process, so the compiled entry point is covered; the timeout is sized for a busy
  // machine (the first run also compiles the bundle), not a performance check.
  it('node scripts/run-compiled.mjs prep writes the outputs and exits 0', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [join(root, 'scripts/run-compiled.mjs'), 'prep', '--out', 'out/command'],
      { cwd: work },
    );
    expect(stdout).toContain('A/HRC/44/28: 72 paragraphs');
    // paragraphs, records, activities, figures, reference, prep-report.json and .md, the marker.
    expect((await readdir(join(work, 'out/command'))).length).toBe(8);
  }, 180_000);
});
