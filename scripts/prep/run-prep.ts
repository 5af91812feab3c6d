import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { SCHEMA_VERSION, metaSchema, reportsFileSchema } from '../../src/domain/index.ts';
import type { Meta, ReportEntry } from '../../src/domain/index.ts';
import {
  DecodeError,
  SegmentError,
  buildActivitiesFile,
  buildRecordsFile,
  buildFiguresFile,
  buildParagraphsFile,
  buildReferenceFile,
  prepReportMarkdown,
  tagAndBuildRecords,
  buildPrepReport,
  decodeText,
  findDocumentSymbol,
  segment,
  rowsJson,
  stableJson,
} from '../../src/pipeline/index.ts';
import type { SegmentResult, TaggingResult } from '../../src/pipeline/index.ts';
import { readIfExists, replaceFolder } from './atomic-write.ts';
import { OUTPUT_MARKER, checkOutputFolder, markerContent } from './output-folder.ts';
import { pipelineFingerprint, sha256 } from './fingerprint.ts';
import { loadReference, parseJsonFile } from './load-reference.ts';
import { PrepError } from './prep-error.ts';

export interface PrepOptions {
  readonly root: string;
  /** One text to process instead of data/reports.json. */
  readonly input?: string;
  /** The list of texts to prepare, instead of data/reports.json (its paths are relative to root). */
  readonly reports?: string;
  readonly out?: string;
  readonly symbol?: string;
  readonly ifNeeded?: boolean;
  readonly now?: Date;
}

export interface PrepOutcome {
  readonly status: 'written' | 'unchanged' | 'up-to-date';
  readonly out: string;
  readonly results: readonly SegmentResult[];
  /** Warnings of the tagging stage, per report (same order as results). */
  readonly taggingWarnings: readonly number[];
}

export { PrepError };

interface Source {
  readonly symbol: string;
  readonly path: string;
  readonly expectedSha256: string | null;
  readonly entry: ReportEntry | null;
  /** The list that names the text (data/reports.json or --reports). */
  readonly registry: string;
}

export async function runPrep(options: PrepOptions): Promise<PrepOutcome> {
  const root = resolve(options.root);
  const out = resolve(root, options.out ?? 'public/data');
  const sources = await listSources(root, options);
  await checkOutputFolder(out, {
    root,
    inputs: sources.map((source) => resolve(root, source.path)),
  });
  const generatedBy = `scripts/prep.ts pipeline@${pipelineFingerprint(root)}`;
  const texts = (await Promise.all(sources.map((source) => readSource(root, source)))).map(
    decodeSource,
  );
  const sourceRefs = texts.map(({ symbol, hash }) => ({ symbol, sha256: hash }));

  const previous = readPreviousMeta(join(out, 'paragraphs.json'));
  const sameInputs =
    previous?.generatedBy === generatedBy &&
    JSON.stringify(previous.sources) === JSON.stringify(sourceRefs);
  if (options.ifNeeded && sameInputs) {
    return { status: 'up-to-date', out, results: [], taggingWarnings: [] };
  }

  const results = texts.map(segmentSource);
  const { reference, corrections } = await loadReference(root);
  const tagging = texts.map((text, index) =>
    withLocation(text.source, () =>
      tagAndBuildRecords(
        results[index]?.paragraphs ?? [],
        reference,
        corrections.filter((correction) => correction.report === text.symbol),
        text.source.entry?.year ?? null,
      ),
    ),
  );
  const merged = mergeTagging(tagging);
  const render = (generatedAt: string) => {
    const meta: Meta = {
      schemaVersion: SCHEMA_VERSION,
      generatedBy,
      generatedAt,
      sources: sourceRefs,
    };
    const files = new Map<string, string>([
      ['paragraphs.json', stableJson(buildParagraphsFile(meta, results))],
      ['activities.json', stableJson(buildActivitiesFile(meta, merged))],
      ['records.json', rowsJson(buildRecordsFile(meta, merged), 'sentences')],
      ['figures.json', stableJson(buildFiguresFile(meta, merged, tagging))],
      ['reference.json', stableJson(buildReferenceFile(meta, reference, merged.derivedPartners))],
      ['prep-report.json', stableJson(buildPrepReport(meta, results, tagging))],
      ['prep-report.md', prepReportMarkdown(generatedBy, results, merged)],
    ]);
    files.set(OUTPUT_MARKER, markerContent([...files.keys()], generatedBy));
    return files;
  };
  // Reuse the previous timestamp when nothing else changed, so a rerun leaves the bytes alone.
  if (previous && sameInputs) {
    const again = render(previous.generatedAt);
    if (sameAsOnDisk(out, again)) {
      return { status: 'unchanged', out, results, taggingWarnings: counts(tagging) };
    }
  }
  await replaceFolder(out, render((options.now ?? new Date()).toISOString()));
  return { status: 'written', out, results, taggingWarnings: counts(tagging) };
}

const counts = (tagging: readonly TaggingResult[]) =>
  tagging.map((result) => result.warnings.length);

async function listSources(root: string, options: PrepOptions): Promise<Source[]> {
  const registryFile = options.reports ?? 'data/reports.json';
  const registry = readRegistry(root, registryFile);
  if (options.input) {
    const path = relative(root, resolve(root, options.input));
    const entry = registry?.find((report) => report.path === path);
    const symbol = options.symbol ?? entry?.symbol;
    return [
      {
        symbol: symbol ?? '',
        path,
        expectedSha256: entry?.sha256 ?? null,
        entry: entry ?? null,
        registry: registryFile,
      },
    ];
  }
  if (!registry) throw new PrepError(registryFile, 'not found: it lists the texts to prepare');
  return registry.map((report) => ({
    symbol: report.symbol,
    path: report.path,
    expectedSha256: report.sha256,
    entry: report,
    registry: registryFile,
  }));
}

function readRegistry(root: string, file: string): ReportEntry[] | null {
  const text = readIfExists(resolve(root, file));
  if (text === null) return null;
  const reports = parseJsonFile(file, text, reportsFileSchema).reports;
  const seen = new Set<string>();
  for (const report of reports) {
    if (seen.has(report.symbol)) {
      throw new PrepError(file, `${report.symbol} is listed twice: each report once`);
    }
    seen.add(report.symbol);
  }
  return reports;
}

async function readSource(root: string, source: Source) {
  const bytes = await readFile(resolve(root, source.path)).catch((error: NodeJS.ErrnoException) => {
    throw new PrepError(source.path, readProblem(error));
  });
  const hash = sha256(bytes);
  if (source.expectedSha256 && hash !== source.expectedSha256) {
    throw new PrepError(
      source.path,
      `sha256 is ${hash} but ${source.registry} records ${source.expectedSha256}; raw texts are never edited: update reports.json only for a new text`,
    );
  }
  return { source, bytes, hash };
}

function readProblem(error: NodeJS.ErrnoException): string {
  if (error.code === 'ENOENT') return 'file not found';
  if (error.code === 'EISDIR') return 'is a folder, not a text file: pass one report text';
  if (error.code === 'EACCES') return 'cannot be read (permission denied)';
  return `cannot be read (${error.code ?? error.message})`;
}

interface DecodedSource {
  readonly source: Source;
  readonly symbol: string;
  readonly text: string;
  readonly hash: string;
}

function decodeSource({
  source,
  bytes,
  hash,
}: {
  source: Source;
  bytes: Uint8Array;
  hash: string;
}): DecodedSource {
  return withLocation(source, () => {
    const text = decodeText(bytes);
    const symbol = source.symbol || findDocumentSymbol(text);
    if (!symbol)
      throw new SegmentError('no document symbol found in the page headers: pass --symbol');
    return { source, symbol, text, hash };
  });
}

function segmentSource({ source, symbol, text }: DecodedSource): SegmentResult {
  const result = withLocation(source, () => segment(text, symbol));
  const { entry } = source;
  const registry = entry
    ? { language: entry.language, session: entry.session, year: entry.year, title: entry.title }
    : null;
  return { ...result, metadata: { ...result.metadata, registry } };
}

/** Turns a stage's error into one line naming the file and line. */
function withLocation<T>(source: Source, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof SegmentError || error instanceof DecodeError) {
      const where = error.line === null ? source.path : `${source.path}:${error.line}`;
      throw new PrepError(where, error.message.replace(/^line \d+: /u, ''));
    }
    throw error;
  }
}

function readPreviousMeta(path: string): Meta | null {
  const text = readIfExists(path);
  if (text === null) return null;
  try {
    const parsed = metaSchema.safeParse((JSON.parse(text) as { meta?: unknown }).meta);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function sameAsOnDisk(out: string, files: ReadonlyMap<string, string>): boolean {
  for (const [name, content] of files) {
    if (readIfExists(join(out, name)) !== content) return false;
  }
  return true;
}

/** One report's records after another; the first stated office breakdown. */
function mergeTagging(results: readonly TaggingResult[]): TaggingResult {
  return {
    tagged: results.flatMap((result) => result.tagged),
    records: results.flatMap((result) => result.records),
    figures: results.flatMap((result) => result.figures),
    officeBreakdown: results.find((result) => result.officeBreakdown)?.officeBreakdown ?? null,
    warnings: results.flatMap((result) => result.warnings),
    derivedPartners: [
      ...new Map(
        results.flatMap((result) => result.derivedPartners).map((partner) => [partner.id, partner]),
      ).values(),
    ].sort((a, b) => a.id.localeCompare(b.id)),
    corrections: results.flatMap((result) => result.corrections),
    dictionaryConflicts: [...new Set(results.flatMap((result) => result.dictionaryConflicts))],
  };
}
