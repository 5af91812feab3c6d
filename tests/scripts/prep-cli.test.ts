import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paragraphsFileSchema } from '../../src/domain/paragraphs.ts';
import { MAX_INPUT_BYTES } from '../../src/pipeline/decode/decode-text.ts';
import { segment } from '../../src/pipeline/segment/segment.ts';
import { prep } from '../support/prep-in-process.ts';
import type { CliResult } from '../support/prep-in-process.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

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

  describe('other shapes of the same report', () => {
    const out = 'out/shapes';
    const comparable = (json: string) =>
      paragraphsFileSchema
        .parse(JSON.parse(json))
        .paragraphs.map(({ number, section, text, footnotes }) => ({
          number,
          section,
          text,
          footnotes,
        }));
    let expected: ReturnType<typeof comparable>;
    let text: string;

    beforeAll(async () => {
      text = (await report()).toString('utf8');
      await mkdir(join(work, 'shapes'), { recursive: true });
      await writeFile(join(work, 'shapes/utf8.txt'), text);
      expect((await prep(work, '--input', 'shapes/utf8.txt', '--out', out)).code).toBe(0);
      expected = comparable(await readFile(join(work, out, 'paragraphs.json'), 'utf8'));
      expect(expected).toHaveLength(72);
    });

    const utf16 = (source: string, order: 'le' | 'be') => {
      const bytes = Buffer.from(source, 'utf16le');
      if (order === 'be') bytes.swap16();
      return Buffer.concat([Buffer.from(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), bytes]);
    };
    const shapes: Record<string, (source: string) => Buffer> = {
      'UTF-16 LE with a byte-order mark': (source) => utf16(source, 'le'),
      'UTF-16 BE with a byte-order mark': (source) => utf16(source, 'be'),
      'no blank lines and no trailing spaces': (source) =>
        Buffer.from(
          source
            .split('\n')
            .map((line) => line.trimEnd())
            .filter((line) => line !== '')
            .join('\n'),
        ),
      'CRLF, no blank lines': (source) =>
        Buffer.from(
          source
            .split('\n')
            .filter((line) => line.trim() !== '')
            .join('\r\n'),
        ),
    };
    it.each(Object.keys(shapes))('%s: the same 72 paragraphs as UTF-8', async (name) => {
      const file = `shapes/${name.replace(/\W+/gu, '-')}.txt`;
      await writeFile(join(work, file), shapes[name]?.(text) ?? '');
      const result = await prep(work, '--input', file, '--out', out, '--symbol', 'A/HRC/44/28');
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('72 paragraphs, 18 sections, 16 footnotes');
      expect(comparable(await readFile(join(work, out, 'paragraphs.json'), 'utf8'))).toEqual(
        expected,
      );
      // Without trailing spaces a paragraph whose last line is full gives no sign of its end:
      // the reading is right, and each such place is named for a reader to check.
      const prepReport = JSON.parse(
        await readFile(join(work, out, 'prep-report.json'), 'utf8'),
      ) as {
        reports: { warnings: { code: string }[] }[];
      };
      const codes = new Set(prepReport.reports[0]?.warnings.map((warning) => warning.code));
      expect([...codes].every((code) => code === 'paragraph-break-unclear')).toBe(true);
    });
  });

  describe('truncated, renumbered or oversized texts', () => {
    const out = 'out/edge';
    /** Runs that succeed write here, so `out` keeps the previous outputs throughout. */
    const written = 'out/edge-written';
    let previous: Record<string, string>;
    let text: string;
    let lines: string[];
    let firstLineOf: Map<number, number>;

    /** The report with every paragraph number printed, renumbered by `number`. */
    const printed = (number: (paragraph: number) => number | null) =>
      lines
        .map((line, index) => {
          const paragraph = firstLineOf.get(index + 1);
          if (!paragraph || paragraph === 1) return line;
          const shown = number(paragraph);
          return shown === null ? line.trimStart() : `${shown}.\t${line.trimStart()}`;
        })
        .join('\n');

    const run = (name: string, target = out) =>
      prep(work, '--input', `edge/${name}`, '--out', target, '--symbol', 'A/HRC/44/28');

    const expectRefused = async (result: CliResult, message: RegExp): Promise<void> => {
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr.trim()).toMatch(message);
      expect(await snapshot(join(work, out))).toEqual(previous);
    };

    const warningsOf = async () => {
      const prepReport = JSON.parse(
        await readFile(join(work, written, 'prep-report.json'), 'utf8'),
      ) as { reports: { warnings: { line: number | null; code: string; message: string }[] }[] };
      return {
        json: prepReport.reports[0]?.warnings ?? [],
        markdown: await readFile(join(work, written, 'prep-report.md'), 'utf8'),
      };
    };

    beforeAll(async () => {
      text = (await report()).toString('utf8');
      lines = text.split('\n');
      firstLineOf = new Map(
        segment(text, 'A/HRC/44/28').paragraphs.map((p) => [p.lines.first, p.number]),
      );
      await mkdir(join(work, 'edge'), { recursive: true });
      await writeFile(join(work, 'edge/good.txt'), text);
      expect((await run('good.txt')).code).toBe(0);
      previous = await snapshot(join(work, out));
    });

    afterAll(async () => {
      await rm(join(work, 'edge'), { recursive: true, force: true });
    });

    it('UTF-16 without a byte-order mark is refused, saying how to save it', async () => {
      await writeFile(join(work, 'edge/utf16-no-bom.txt'), Buffer.from(text, 'utf16le'));
      await expectRefused(
        await run('utf16-no-bom.txt'),
        /^prep: edge\/utf16-no-bom\.txt: UTF-16 without a byte-order mark: save the file as UTF-8/u,
      );
    });

    it('a file over the size limit (50 MB: the report repeated under new symbols) is refused at once', async () => {
      const copies = Math.ceil(50_000_000 / Buffer.byteLength(text));
      const huge = Array.from({ length: copies }, (_, index) =>
        text.replaceAll('A/HRC/44/28', `A/HRC/44/${1000 + index}`),
      ).join('\n');
      expect(Buffer.byteLength(huge)).toBeGreaterThan(MAX_INPUT_BYTES);
      await writeFile(join(work, 'edge/huge.txt'), huge);
      await expectRefused(
        await run('huge.txt'),
        /^prep: edge\/huge\.txt: the file is 47\.\d MiB, over the 5\.0 MiB limit for one report/u,
      );
    });

    it('a truncated report (its first 40%) yields the paragraphs it has and a warning', async () => {
      await writeFile(
        join(work, 'edge/truncated.txt'),
        text.slice(0, Math.floor(text.length * 0.4)),
      );
      const result = await run('truncated.txt', written);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('27 paragraphs');
      const file = paragraphsFileSchema.parse(
        JSON.parse(await readFile(join(work, written, 'paragraphs.json'), 'utf8')),
      );
      expect(file.paragraphs.map((p) => p.number)).toEqual(
        Array.from({ length: 27 }, (_, index) => index + 1),
      );
      const { json, markdown } = await warningsOf();
      expect(json).toEqual([
        expect.objectContaining({
          code: 'text-ends-mid-sentence',
          message: expect.stringMatching(
            /paragraph \(27\) ends mid-sentence: the text may be truncated/u,
          ),
        }),
      ]);
      expect(markdown).toContain('- text-ends-mid-sentence (line ');
    });

    it('a report cut before the paragraphs its cross-reference names is written, with a warning saying so', async () => {
      const cut = [...firstLineOf].find(([, number]) => number === 20)?.[0] ?? 0;
      await writeFile(join(work, 'edge/cut.txt'), lines.slice(0, cut - 1).join('\n'));
      const citing = [...firstLineOf].find(([, number]) => number === 15)?.[0] ?? 0;
      const result = await run('cut.txt', written);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('19 paragraphs');
      const { json } = await warningsOf();
      expect(json).toContainEqual({
        line: citing,
        code: 'cross-reference-unresolved',
        message:
          'cross-reference "下文第 16 至 23 段" in paragraph 15 names a paragraph the report does not have (it has 19): the text may be truncated',
      });
    });

    it('all numbers printed, one printed twice: written in sequence, with a warning naming the line', async () => {
      await writeFile(
        join(work, 'edge/duplicate.txt'),
        printed((number) => (number === 30 ? 29 : number)),
      );
      const line = [...firstLineOf].find(([, number]) => number === 30)?.[0] ?? 0;
      const result = await run('duplicate.txt', written);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('72 paragraphs, 18 sections, 16 footnotes, 1 warnings');
      const { json } = await warningsOf();
      expect(json).toEqual([
        expect.objectContaining({
          line,
          code: 'paragraph-number-repeated',
          message: expect.stringMatching(/^paragraph number 29 is printed twice/u),
        }),
      ]);
      const file = paragraphsFileSchema.parse(
        JSON.parse(await readFile(join(work, written, 'paragraphs.json'), 'utf8')),
      );
      expect(file.paragraphs.map((p) => p.number)).toEqual(
        Array.from({ length: 72 }, (_, index) => index + 1),
      );
    });

    it('all numbers printed, one missing: written, with a warning in prep-report.json and .md', async () => {
      await writeFile(
        join(work, 'edge/all-printed.txt'),
        printed((number) => number),
      );
      const all = await run('all-printed.txt', written);
      expect(all.stdout).toContain('72 paragraphs, 18 sections, 16 footnotes, 0 warnings');

      await writeFile(
        join(work, 'edge/missing.txt'),
        printed((number) => (number === 30 ? null : number)),
      );
      const result = await run('missing.txt', written);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      // The layout still shows where paragraph 30 starts: it is read, and named as unnumbered.
      expect(result.stdout).toContain('72 paragraphs, 18 sections, 16 footnotes, 1 warnings');
      const line = [...firstLineOf].find(([, number]) => number === 30)?.[0] ?? 0;
      const { json, markdown } = await warningsOf();
      expect(json).toEqual([
        expect.objectContaining({
          line,
          code: 'missing-paragraph-numbers',
          message: expect.stringMatching(/^paragraph 30 has no printed number \(the others do\)/u),
        }),
      ]);
      expect(markdown).toMatch(
        /- missing-paragraph-numbers \(line \d+\): paragraph 30 has no printed number/u,
      );
    });
  });

  it('prepares several reports listed with --reports, each with its own breakdown and numbering', async () => {
    const { writeSeriesFixture } = await import('../../scripts/corpus/series-fixture.ts');
    const list = await writeSeriesFixture(root, join(work, 'series'));
    const result = await prep(work, '--reports', list, '--out', 'out/series');
    expect(result.code, result.stderr).toBe(0);
    // Paragraph counts from the texts: A/HRC/44/28 has 72; the fictional sources 32 and 28 `p:` lines.
    expect(result.stdout).toContain('A/HRC/44/28: 72 paragraphs');
    expect(result.stdout).toContain('A/HRC/47/31: 32 paragraphs');
    expect(result.stdout).toContain('A/HRC/50/36: 28 paragraphs');
    const figures = JSON.parse(await readFile(join(work, 'out/series/figures.json'), 'utf8')) as {
      officeBreakdowns: { report: string; total: number; paragraph: number }[];
    };
    // The totals the hand annotations read in each text.
    const annotated = async (file: string) => {
      const text = await readFile(join(root, 'tests/fixtures', file), 'utf8');
      const { breakdown } = JSON.parse(text) as { breakdown: { total: number; paragraph: number } };
      return [breakdown.total, breakdown.paragraph];
    };
    expect(figures.officeBreakdowns.map((b) => [b.report, b.total, b.paragraph])).toEqual([
      ['A/HRC/44/28', ...(await annotated('annotation/A_HRC_44_28.annotation.json'))],
      ['A/HRC/47/31', ...(await annotated('corpus/fictional-01.annotation.json'))],
      ['A/HRC/50/36', ...(await annotated('corpus/fictional-02.annotation.json'))],
    ]);
    const paragraphs = paragraphsFileSchema.parse(
      JSON.parse(await readFile(join(work, 'out/series/paragraphs.json'), 'utf8')),
    );
    const numbers = (symbol: string) =>
      paragraphs.paragraphs.filter((p) => p.report === symbol).map((p) => p.number);
    expect(numbers('A/HRC/47/31')).toEqual(Array.from({ length: 32 }, (_, i) => i + 1));
  });

  it('refuses a list that names a report twice, or --reports with --input', async () => {
    const list = JSON.parse(await readFile(join(root, 'data/reports.json'), 'utf8')) as {
      reports: unknown[];
    };
    await writeFile(
      join(work, 'twice.json'),
      JSON.stringify({ reports: [...list.reports, ...list.reports] }),
    );
    const twice = await prep(work, '--reports', 'twice.json', '--out', 'out/twice');
    expect(twice.code).toBe(1);
    expect(twice.stderr).toBe('prep: twice.json: A/HRC/44/28 is listed twice: each report once\n');
    const both = await prep(work, '--reports', 'twice.json', '--input', 'crlf.txt');
    expect(both.code).toBe(1);
    expect(both.stderr).toMatch(/^prep: --reports: .*not both\n$/u);
    const missing = await prep(work, '--reports', 'nowhere.json');
    expect(missing.stderr).toBe('prep: nowhere.json: not found: it lists the texts to prepare\n');
  });
});
