/**
 * The record grain, themes and partners against the independent sentence-by-sentence readings
 * (`*.reading.json`): one run per text (its segmentation is exact in every layout, so one is
 * enough), one row per text, overall rows, and per-theme precision and recall.
 */
import type { ReadingScore } from '../../src/pipeline/evaluate/score-reading.ts';
import type { TextRun } from './corpus.ts';
import { markdownTable } from './markdown-table.ts';

export interface ReadingAggregate {
  readonly texts: number;
  readonly sentences: number;
  readonly records: number;
  readonly recordsOnNonWork: number;
  readonly workSentences: number;
  readonly workWithoutRecord: number;
  readonly themes: { gold: number; predicted: number; matched: number };
  readonly pillars: { gold: number; predicted: number; matched: number };
  readonly sentenceThemes: { gold: number; predicted: number; matched: number };
  readonly partners: { gold: number; found: number; predicted: number; right: number };
  readonly perTheme: Record<string, { gold: number; predicted: number; matched: number }>;
}

/** The first scored run of each text that has a reading. */
export function readingRuns(runs: readonly TextRun[]): TextRun[] {
  const seen = new Set<string>();
  return runs.filter((run) => {
    if (!run.reading || seen.has(run.text)) return false;
    seen.add(run.text);
    return true;
  });
}

export function aggregateReading(runs: readonly TextRun[]): ReadingAggregate {
  const scores = readingRuns(runs).map((run) => run.reading as ReadingScore);
  const add = <K extends string>(pick: (s: ReadingScore) => Record<K, number>, keys: K[]) =>
    Object.fromEntries(
      keys.map((key) => [key, scores.reduce((acc, s) => acc + pick(s)[key], 0)]),
    ) as Record<K, number>;
  const perTheme: Record<string, { gold: number; predicted: number; matched: number }> = {};
  for (const score of scores) {
    for (const [id, counts] of Object.entries(score.perTheme)) {
      const into = (perTheme[id] ??= { gold: 0, predicted: 0, matched: 0 });
      into.gold += counts.gold;
      into.predicted += counts.predicted;
      into.matched += counts.matched;
    }
  }
  return {
    texts: scores.length,
    sentences: scores.reduce((acc, s) => acc + s.sentences, 0),
    records: scores.reduce((acc, s) => acc + s.records.total, 0),
    recordsOnNonWork: scores.reduce((acc, s) => acc + s.records.onNonWork, 0),
    workSentences: scores.reduce((acc, s) => acc + s.workSentences.total, 0),
    workWithoutRecord: scores.reduce((acc, s) => acc + s.workSentences.withoutRecord, 0),
    themes: add((s) => s.themes, ['gold', 'predicted', 'matched']),
    pillars: add((s) => s.pillars, ['gold', 'predicted', 'matched']),
    sentenceThemes: add((s) => s.sentenceThemes, ['gold', 'predicted', 'matched']),
    partners: add((s) => s.partners, ['gold', 'found', 'predicted', 'right']),
    perTheme,
  };
}

const pct = (part: number, whole: number) =>
  whole === 0 ? '–' : ((part / whole) * 100).toFixed(1);
export const precision = (c: { predicted: number; matched: number }) =>
  c.predicted === 0 ? 1 : c.matched / c.predicted;
export const recall = (c: { gold: number; matched: number }) =>
  c.gold === 0 ? 1 : c.matched / c.gold;

function row(name: string, a: ReadingAggregate): string[] {
  return [
    name,
    String(a.sentences),
    `${a.recordsOnNonWork}/${a.records} (${pct(a.recordsOnNonWork, a.records)} %)`,
    `${a.workWithoutRecord}/${a.workSentences} (${pct(a.workWithoutRecord, a.workSentences)} %)`,
    `${pct(a.themes.matched, a.themes.predicted)} / ${pct(a.themes.matched, a.themes.gold)}`,
    `${pct(a.pillars.matched, a.pillars.predicted)} / ${pct(a.pillars.matched, a.pillars.gold)}`,
    `${pct(a.sentenceThemes.matched, a.sentenceThemes.predicted)} / ${pct(a.sentenceThemes.matched, a.sentenceThemes.gold)}`,
    `${pct(a.partners.right, a.partners.predicted)} / ${pct(a.partners.found, a.partners.gold)}`,
  ];
}

const HEAD = [
  'sentences',
  'records on sentences reporting no work',
  'work sentences without a record',
  'themes P / R (per ¶ reporting work)',
  'pillars P / R (per ¶ reporting work)',
  'themes P / R (per work sentence the reading gives themes)',
  'partners P / R (as written)',
];

export function formatReadingTables(runs: readonly TextRun[]): string {
  const scored = readingRuns(runs);
  if (scored.length === 0) return '';
  const byText = scored.map((run) => row(run.text, aggregateReading([run])));
  const fictional = aggregateReading(scored.filter((run) => run.fictional));
  const seed = aggregateReading(scored.filter((run) => !run.fictional));
  const all = aggregateReading(scored);
  const themeRows = Object.entries(all.perTheme)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, c]) => [
      id,
      String(c.gold),
      String(c.predicted),
      pct(c.matched, c.predicted),
      pct(c.matched, c.gold),
    ]);
  return [
    'Against the independent readings (one sentence-by-sentence reading per text, made before any output was seen; %):',
    '',
    markdownTable([
      ['text', ...HEAD],
      ...byText,
      row('fictional reports', fictional),
      row('A/HRC/44/28', seed),
      row('everything', all),
    ]),
    '',
    markdownTable([
      ['theme (all texts)', '¶ in reading', '¶ predicted', 'precision', 'recall'],
      ...themeRows,
    ]),
    '',
  ].join('\n');
}

export function formatReadingDetails(runs: readonly TextRun[]): string {
  return readingRuns(runs)
    .map((run) =>
      [`## ${run.text} — reading`, ...(run.reading?.misses ?? []).map((m) => `- ${m}`), ''].join(
        '\n',
      ),
    )
    .join('\n');
}
