/**
 * The development corpus, scored: A/HRC/44/28 as received and re-laid out, and the fictional reports
 * of tests/fixtures/corpus in every layout, each run through the pipeline in-process and compared
 * with its hand annotation and the structure its source states.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { paragraphsFileSchema } from '../../src/domain/index.ts';
import type { CountryRole, Correction, ParagraphsFile } from '../../src/domain/index.ts';
import { annotationSchema } from '../../src/pipeline/evaluate/annotation-schema.ts';
import type { Annotation } from '../../src/pipeline/evaluate/annotation-schema.ts';
import { scoreAnnotation, scoreExtras } from '../../src/pipeline/evaluate/score-annotation.ts';
import type { AnnotationScore, ExtraScore } from '../../src/pipeline/evaluate/score-annotation.ts';
import { readingSchema } from '../../src/pipeline/evaluate/reading-schema.ts';
import type { Reading } from '../../src/pipeline/evaluate/reading-schema.ts';
import { scoreReading } from '../../src/pipeline/evaluate/score-reading.ts';
import type { ReadingScore } from '../../src/pipeline/evaluate/score-reading.ts';
import { scoreStructure } from '../../src/pipeline/evaluate/score-structure.ts';
import type {
  ExpectedStructure,
  StructureScore,
} from '../../src/pipeline/evaluate/score-structure.ts';
import { segment, tagAndBuildRecords } from '../../src/pipeline/index.ts';
import type { ReferenceInput } from '../../src/pipeline/tag/reference-input.ts';
import { seedSource } from '../corpus/seed-source.ts';
import { parseSourceForm } from '../corpus/source-form.ts';
import type { SourceReport } from '../corpus/source-form.ts';
import { LAYOUTS, typeset } from '../corpus/typeset.ts';
import { loadReference } from '../prep/load-reference.ts';

export const CORPUS_DIR = 'tests/fixtures/corpus';
export const SEED_ANNOTATION = 'tests/fixtures/annotation/A_HRC_44_28.annotation.json';
export const SEED_READING = 'tests/fixtures/annotation/A_HRC_44_28.reading.json';
export const SEED_GOLDEN = 'tests/golden/A_HRC_44_28.paragraphs.json';
export const SEED_TEXT = 'data/raw/A_HRC_44_28.zh.txt';

export interface TextRun {
  readonly text: string;
  readonly layout: string;
  readonly fictional: boolean;
  /** The reason prep would give, when it refuses the text. */
  readonly refused: string | null;
  readonly warnings: number;
  readonly structure: StructureScore | null;
  readonly annotation: AnnotationScore | null;
  readonly extras: ExtraScore | null;
  /** Against the independent sentence-by-sentence reading, where the text has one. */
  readonly reading: ReadingScore | null;
}

interface CorpusText {
  readonly name: string;
  readonly source: SourceReport;
  readonly annotation: Annotation;
  readonly reading: Reading | null;
}

async function readOptionalReading(path: string): Promise<Reading | null> {
  try {
    return readingSchema.parse(await readJson(path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new Error(`${path}: ${(error as Error).message}`, { cause: error });
  }
}

export function expectedStructure(source: SourceReport, markersKept: boolean): ExpectedStructure {
  return {
    paragraphs: source.body.flatMap((item) =>
      item.kind === 'paragraph'
        ? [{ number: item.number, text: item.text, footnotes: item.refs.map((ref) => ref.number) }]
        : [],
    ),
    footnotes: [...source.footnotes].map(([number, text]) => ({ number, text })),
    sections: source.body.flatMap((item) =>
      item.kind === 'heading' ? [{ level: item.level, title: item.title }] : [],
    ),
    markersKept,
  };
}

async function readJson(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, 'utf8'));
}

/** Every `NAME.source.txt` with its `NAME.annotation.json` in a folder. */
async function readTexts(folder: string): Promise<CorpusText[]> {
  const names = (await readdir(folder))
    .filter((name) => name.endsWith('.source.txt'))
    .map((name) => name.replace(/\.source\.txt$/u, ''))
    .sort();
  const texts: CorpusText[] = [];
  for (const name of names) {
    const source = parseSourceForm(
      await readFile(join(folder, `${name}.source.txt`), 'utf8'),
      name,
    );
    const annotation = annotationSchema.parse(
      await readJson(join(folder, `${name}.annotation.json`)),
    );
    const reading = await readOptionalReading(join(folder, `${name}.reading.json`));
    texts.push({ name, source, annotation, reading });
  }
  return texts;
}

export async function loadCorpus(root: string): Promise<{
  seed: { golden: ParagraphsFile; annotation: Annotation; text: string; reading: Reading | null };
  fictional: CorpusText[];
}> {
  const golden = paragraphsFileSchema.parse(await readJson(join(root, SEED_GOLDEN)));
  const seedAnnotation = annotationSchema.parse(await readJson(join(root, SEED_ANNOTATION)));
  const text = await readFile(join(root, SEED_TEXT), 'utf8');
  const reading = await readOptionalReading(join(root, SEED_READING));
  const fictional = await readTexts(join(root, CORPUS_DIR));
  return { seed: { golden, annotation: seedAnnotation, text, reading }, fictional };
}

export function runText(
  name: string,
  layout: string,
  fictional: boolean,
  raw: string,
  symbol: string,
  expected: ExpectedStructure,
  annotation: Annotation,
  reference: ReferenceInput,
  corrections: readonly Correction[],
  reading: Reading | null = null,
  year: number | null = null,
): TextRun {
  let result;
  try {
    result = segment(raw, symbol);
  } catch (error) {
    return {
      text: name,
      layout,
      fictional,
      refused: (error as Error).message,
      warnings: 0,
      structure: null,
      annotation: null,
      extras: null,
      reading: null,
    };
  }
  const tagging = tagAndBuildRecords(
    result.paragraphs,
    reference,
    corrections.filter((correction) => correction.report === symbol),
    year,
  );
  const bySurface = new Map<string, string>();
  for (const partner of reference.partners) {
    for (const surface of [
      partner.names.zh,
      partner.names.en,
      ...partner.acronyms,
      ...partner.aliases,
    ]) {
      bySurface.set(surface, partner.id);
    }
  }
  // A per-country instance (司法部（利比里亚）) is scored as the body the annotation names.
  const instanceOf = new Map(
    tagging.derivedPartners.map((partner) => [partner.id, partner.instanceOf]),
  );
  const records = tagging.records.map((record) => ({
    ...record,
    partners: [...record.partners, ...record.mechanisms].map((id) => instanceOf.get(id) ?? id),
  }));
  const pillars = new Set(
    reference.themes.filter((theme) => theme.parent === null).map((t) => t.id),
  );
  return {
    text: name,
    layout,
    fictional,
    refused: null,
    warnings: result.warnings.length,
    structure: scoreStructure(expected, result.paragraphs, result.sections),
    annotation: scoreAnnotation(
      annotation,
      records,
      tagging.figures,
      (surface) => bySurface.get(surface),
      countryTags(tagging),
    ),
    extras: scoreExtras(annotation, records, tagging.figures, tagging.officeBreakdown, pillars),
    reading: reading ? scoreReading(reading, tagging.tagged, tagging.records, pillars) : null,
  };
}

/**
 * The countries the tagger found in each paragraph, with their roles, as the annotation lists
 * them: a country with a substantive role there is not listed again as a mention. Places named in
 * sentences that report no work (a treaty title in chapter II) are found, though no record holds them.
 */
function countryTags(tagging: ReturnType<typeof tagAndBuildRecords>) {
  return tagging.tagged.flatMap(({ paragraph, sentences }) => {
    const roles = new Map<string, Set<string>>();
    for (const tag of sentences.flatMap((sentence) => sentence.tags)) {
      if ((tag.kind !== 'country' && tag.kind !== 'city') || !tag.ref || !tag.role) continue;
      roles.set(tag.ref, (roles.get(tag.ref) ?? new Set()).add(tag.role));
    }
    return [...roles].flatMap(([country, set]) => {
      const substantive = [...set].filter((role) => role !== 'mention');
      return (substantive.length > 0 ? substantive : ['mention']).map((role) => ({
        report: paragraph.report,
        paragraph: paragraph.number,
        country,
        role: role as CountryRole,
      }));
    });
  });
}

/** Every text of the corpus in every layout (and the seed as received), scored. */
/**
 * `extraFolders`: texts in the corpus's source form held back for review (`npm run evaluate --
 * --corpus DIR`), scored in every layout like the corpus's own.
 */
export async function evaluateCorpus(
  root: string,
  extraFolders: readonly string[] = [],
): Promise<TextRun[]> {
  const { reference, corrections } = await loadReference(root);
  const { seed, fictional: own } = await loadCorpus(root);
  const extra = (await Promise.all(extraFolders.map((folder) => readTexts(folder)))).flat();
  const fictional = [...own, ...extra];
  const runs: TextRun[] = [];
  const seedReport = seedSource(seed.golden);
  runs.push(
    runText(
      'A/HRC/44/28',
      'as received (data/raw)',
      false,
      seed.text,
      seedReport.symbol,
      expectedStructure(seedReport, true),
      seed.annotation,
      reference,
      corrections,
      seed.reading,
      seedReport.year,
    ),
  );
  const texts = [
    {
      name: 'A/HRC/44/28',
      source: seedReport,
      annotation: seed.annotation,
      reading: seed.reading,
      fictional: false,
    },
    ...fictional.map((text) => ({ ...text, fictional: true })),
  ];
  for (const text of texts) {
    for (const layout of LAYOUTS) {
      runs.push(
        runText(
          text.name,
          layout.name,
          text.fictional,
          typeset(text.source, layout),
          text.source.symbol,
          expectedStructure(text.source, layout.markers === 'kept'),
          text.annotation,
          reference,
          corrections,
          text.reading,
          text.source.year,
        ),
      );
    }
  }
  return runs;
}
