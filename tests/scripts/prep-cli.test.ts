import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paragraphsFileSchema } from '../../src/domain/paragraphs.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = join(root, 'node_modules/.bin/tsx');
const run = promisify(execFile);

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

async function prep(cwd: string, ...args: string[]): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(tsx, [join(root, 'scripts/prep.ts'), ...args], { cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

async function snapshot(folder: string): Promise<Record<string, string>> {
  const names = (await readdir(folder)).sort();
  const entries = await Promise.all(
    names.map(async (name) => [name, await readFile(join(folder, name), 'utf8')] as const),
  );
  return Object.fromEntries(entries);
}

/** A scratch project: the prep code reads data/ and src/ relative to its working folder. */
let work: string;
const report = () => readFile(join(root, 'data/raw/A_HRC_44_28.zh.txt'));

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'prep-cli-'));
  for (const folder of ['data', 'src/domain', 'src/pipeline', 'scripts/prep']) {
    await cp(join(root, folder), join(work, folder), { recursive: true });
  }
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('npm run prep', () => {
  it('writes paragraphs.json that passes the schema, then leaves it byte-for-byte alone', async () => {
    const first = await prep(work);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('A/HRC/44/28: 72 paragraphs, 18 sections, 16 footnotes');
    const written = await snapshot(join(work, 'public/data'));
    const file = paragraphsFileSchema.parse(JSON.parse(written['paragraphs.json'] ?? ''));
    expect(file.meta.sources[0]?.sha256).toMatch(/^7f9a7d8f/u);

    const second = await prep(work);
    expect(second.stdout).toContain('unchanged');
    expect(await snapshot(join(work, 'public/data'))).toEqual(written);

    const third = await prep(work, '--if-needed');
    expect(third.stdout).toContain('up-to-date');
  });

  it('processes one text into another folder with --input and --out', async () => {
    await writeFile(
      join(work, 'crlf.txt'),
      (await report()).toString('utf8').replace(/\n/gu, '\r\n'),
    );
    const result = await prep(work, '--input', 'crlf.txt', '--out', 'out/crlf');
    expect(result.code).toBe(0);
    const file = paragraphsFileSchema.parse(
      JSON.parse(await readFile(join(work, 'out/crlf/paragraphs.json'), 'utf8')),
    );
    expect(file.paragraphs).toHaveLength(72);
    expect(file.reports[0]?.symbol).toBe('A/HRC/44/28');
  });

  describe('refuses bad input in one line naming the file and line, and keeps the previous outputs', () => {
    const out = 'out/guarded';
    let previous: Record<string, string>;

    beforeAll(async () => {
      await mkdir(join(work, 'bad'), { recursive: true });
      await writeFile(join(work, 'bad/good.txt'), await report());
      expect((await prep(work, '--input', 'bad/good.txt', '--out', out)).code).toBe(0);
      previous = await snapshot(join(work, out));
    });

    const gbk = Buffer.concat([
      Buffer.from('人权理事会\n\n'),
      Buffer.from([0xc8, 0xcb, 0xc8, 0xa8]),
    ]);
    it.each([
      ['empty.txt', Buffer.alloc(0), /^prep: bad\/empty\.txt: the file is empty$/u],
      [
        'binary.txt',
        Buffer.from([0x41, 0x0a, 0x00, 0xff]),
        /^prep: bad\/binary\.txt:2: binary data/u,
      ],
      ['gbk.txt', gbk, /^prep: bad\/gbk\.txt:3: not valid UTF-8/u],
      [
        'no-headings.txt',
        Buffer.from('只有一行文字，没有任何标题。\n\n另一行。\n'),
        /^prep: bad\/no-headings\.txt:1: no chapter heading/u,
      ],
    ])('%s', async (name, bytes, message) => {
      await writeFile(join(work, 'bad', name), bytes);
      const result = await prep(
        work,
        '--input',
        `bad/${name}`,
        '--out',
        out,
        '--symbol',
        'A/HRC/44/28',
      );
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr.trim()).toMatch(message);
      expect(await snapshot(join(work, out))).toEqual(previous);
    });

    it('a raw text whose bytes no longer match data/reports.json', async () => {
      const registered = join(work, 'data/raw/A_HRC_44_28.zh.txt');
      const original = await readFile(registered);
      await writeFile(registered, Buffer.concat([original, Buffer.from('\n')]));
      try {
        const result = await prep(work);
        expect(result.code).toBe(1);
        expect(result.stderr).toMatch(
          /^prep: data\/raw\/A_HRC_44_28\.zh\.txt: sha256 is [0-9a-f]{64} but data\/reports\.json records 7f9a7d8f/u,
        );
      } finally {
        await writeFile(registered, original);
      }
    });
  });
});
