/**
 * Inputs at the edge of what prep accepts, built from the report itself: prep must answer them in
 * bounded time (issue 13). Neither is refused: both are read with warnings.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_INPUT_BYTES } from '../../src/pipeline/decode/decode-text.ts';
import { runPrep } from '../prep/run-prep.ts';

export interface StressBench {
  /** The report repeated up to the 5 MiB input limit, as one file. */
  readonly fiveMiB: { readonly bytes: number; readonly ms: number };
  /** The report with its first paragraph padded to 1 MB with repeats of one of its lines. */
  readonly megabyteParagraph: { readonly bytes: number; readonly ms: number };
}

const PADDING =
  '人权高专办在喀麦隆、尼泊尔和突尼斯与联合国开发计划署合作举办了 3 次讲习班，来自 116 个国家的 306 名学员参加了在日内瓦举行的会议';

export async function writeStressInputs(
  report: string,
  dir: string,
): Promise<{ fiveMiB: string; megabyteParagraph: string }> {
  await mkdir(dir, { recursive: true });
  const copies = Math.floor(MAX_INPUT_BYTES / Buffer.byteLength(report));
  const fiveMiB = join(dir, 'five-mib.txt');
  await writeFile(fiveMiB, Array.from({ length: copies }, () => report).join('\n'));

  const lines = report.split('\n');
  const first = lines.findIndex((line) => /^1\.\s/u.test(line));
  const repeats = Math.ceil(1_000_000 / Buffer.byteLength(`${PADDING}，`));
  // Wrapped as the report wraps its lines: each padding line followed by a blank line.
  const padding = Array.from({ length: repeats }, () => [`${PADDING}，`, '']).flat();
  lines.splice(first + 1, 0, '', ...padding);
  const megabyteParagraph = join(dir, 'megabyte-paragraph.txt');
  await writeFile(megabyteParagraph, lines.join('\n'));
  return { fiveMiB, megabyteParagraph };
}

export async function benchStress(root: string, dir: string): Promise<StressBench> {
  const report = await readFile(join(root, 'data/raw/A_HRC_44_28.zh.txt'), 'utf8');
  const inputs = await writeStressInputs(report, join(dir, 'in'));
  const time = async (input: string, out: string) => {
    const started = performance.now();
    await runPrep({ root, input, out: join(dir, out), symbol: 'A/HRC/44/28' });
    const bytes = (await readFile(input)).length;
    return { bytes, ms: performance.now() - started };
  };
  return {
    fiveMiB: await time(inputs.fiveMiB, 'out-five'),
    megabyteParagraph: await time(inputs.megabyteParagraph, 'out-paragraph'),
  };
}
