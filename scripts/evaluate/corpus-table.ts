/** The evaluation's table: one row per text (all its layouts together), per layout, and overall. */
import type { Metrics } from '../../src/pipeline/evaluate/score-annotation.ts';
import type { TextRun } from './corpus.ts';
import { markdownTable } from './markdown-table.ts';

export interface Aggregate {
  readonly runs: number;
  readonly refused: number;
  readonly paragraphs: { gold: number; matched: number };
  readonly footnotes: { gold: number; matched: number };
  readonly footnoteLinks: { gold: number; matched: number };
  readonly sections: { gold: number; matched: number };
  readonly leaks: number;
  readonly countries: Metrics;
  readonly countryRoles: Metrics;
  readonly titleLeaks: number;
  readonly partners: Metrics;
  readonly figures: Metrics;
  readonly counted: { gold: number; matched: number };
  readonly themes: Metrics;
  readonly breakdown: { gold: number; exact: number };
}

function metrics(gold: number, predicted: number, matched: number): Metrics {
  const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : matched / predicted;
  const recall = gold === 0 ? (predicted === 0 ? 1 : 0) : matched / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { gold, predicted, matched, precision, recall, f1 };
}

function sum(items: readonly Metrics[]): Metrics {
  const total = (key: 'gold' | 'predicted' | 'matched') =>
    items.reduce((acc, item) => acc + item[key], 0);
  return metrics(total('gold'), total('predicted'), total('matched'));
}

export function aggregate(runs: readonly TextRun[]): Aggregate {
  const scored = runs.filter((run) => run.refused === null);
  const add = (pick: (run: TextRun) => { gold: number; matched: number } | undefined) =>
    scored.reduce(
      (acc, run) => {
        const part = pick(run);
        return { gold: acc.gold + (part?.gold ?? 0), matched: acc.matched + (part?.matched ?? 0) };
      },
      { gold: 0, matched: 0 },
    );
  const withBreakdown = scored.filter((run) => run.extras?.breakdown);
  return {
    runs: runs.length,
    refused: runs.length - scored.length,
    paragraphs: add((run) => run.structure?.paragraphs),
    footnotes: add((run) => run.structure?.footnotes),
    footnoteLinks: add((run) => run.structure?.footnoteLinks),
    sections: add((run) => run.structure?.sections),
    leaks: scored.reduce((acc, run) => acc + (run.structure?.leaks.length ?? 0), 0),
    countries: sum(scored.flatMap((run) => (run.annotation ? [run.annotation.countries] : []))),
    countryRoles: sum(
      scored.flatMap((run) => (run.annotation ? [run.annotation.countryRoles] : [])),
    ),
    titleLeaks: scored.reduce((acc, run) => acc + (run.extras?.titleLeaks.length ?? 0), 0),
    partners: sum(scored.flatMap((run) => (run.annotation ? [run.annotation.partners] : []))),
    figures: sum(scored.flatMap((run) => (run.annotation ? [run.annotation.figures] : []))),
    counted: add((run) => run.extras?.countedPhrases),
    themes: sum(scored.flatMap((run) => (run.extras ? [run.extras.themes] : []))),
    breakdown: {
      gold: withBreakdown.length,
      exact: withBreakdown.filter((run) => run.extras?.breakdown?.exact).length,
    },
  };
}

const pct = (value: number) => (value * 100).toFixed(1);
const ratio = ({ gold, matched }: { gold: number; matched: number }) =>
  gold === 0 ? '–' : `${matched}/${gold}`;
const prf = (m: Metrics) => `${pct(m.precision)} / ${pct(m.recall)} / ${pct(m.f1)}`;
const pr = (m: Metrics) => `${pct(m.precision)} / ${pct(m.recall)}`;

const HEAD = [
  'runs',
  'refused',
  '¶ exact',
  'footnotes exact',
  'footnote → ¶',
  'sections exact',
  'furniture in ¶',
  'country P / R / F1',
  'country+role F1',
  'title leaks',
  'partner P / R',
  'figure P / R',
  'counted phrase',
  'theme P / R',
  'breakdown exact',
];

function row(name: string, a: Aggregate): string[] {
  return [
    name,
    String(a.runs),
    String(a.refused),
    ratio(a.paragraphs),
    ratio(a.footnotes),
    ratio(a.footnoteLinks),
    ratio(a.sections),
    String(a.leaks),
    prf(a.countries),
    pct(a.countryRoles.f1),
    String(a.titleLeaks),
    pr(a.partners),
    pr(a.figures),
    ratio(a.counted),
    pr(a.themes),
    ratio({ gold: a.breakdown.gold, matched: a.breakdown.exact }),
  ];
}

function table(first: string, rows: string[][]): string {
  return markdownTable([[first, ...HEAD], ...rows]);
}

function groupBy(runs: readonly TextRun[], key: (run: TextRun) => string): Map<string, TextRun[]> {
  const groups = new Map<string, TextRun[]>();
  for (const run of runs) groups.set(key(run), [...(groups.get(key(run)) ?? []), run]);
  return groups;
}

export function formatCorpusTables(runs: readonly TextRun[]): string {
  const byText = [...groupBy(runs, (run) => run.text)].map(([name, group]) =>
    row(name, aggregate(group)),
  );
  const byLayout = [...groupBy(runs, (run) => run.layout)].map(([name, group]) =>
    row(name, aggregate(group)),
  );
  const fictional = runs.filter((run) => run.fictional);
  const overall = [
    row('fictional reports, all layouts', aggregate(fictional)),
    row('A/HRC/44/28, all layouts', aggregate(runs.filter((run) => !run.fictional))),
    row('everything', aggregate(runs)),
  ];
  return [
    'P / R / F1 in %; "a/b": matched of expected; every text is scored in every layout of scripts/corpus/typeset.ts.',
    '',
    table('text (all layouts)', byText),
    '',
    table('layout (all texts)', byLayout),
    '',
    table('overall', overall),
    '',
  ].join('\n');
}

/** What went wrong in each run, for reading (npm run evaluate -- --details). */
export function formatDetails(runs: readonly TextRun[]): string {
  const lines: string[] = [];
  for (const run of runs) {
    const problems: string[] = [];
    if (run.refused) problems.push(`refused: ${run.refused}`);
    problems.push(
      ...(run.structure?.differences ?? []),
      ...(run.structure?.leaks ?? []).map((l) => `furniture ${l}`),
    );
    const a = run.annotation;
    if (a) {
      problems.push(
        ...a.countryRoles.misses.map((m) => `miss ¶${m.paragraph} ${m.country} ${m.role ?? ''}`),
        ...a.countryRoles.falsePositives.map(
          (m) => `extra ¶${m.paragraph} ${m.country} ${m.role ?? ''}`,
        ),
        ...a.figures.misses.map(
          (m) => `miss figure ¶${m.paragraph} ${m.value} ${m.counts} (${m.text ?? ''})`,
        ),
        ...a.figures.falsePositives.map(
          (m) => `extra figure ¶${m.paragraph} ${m.value} ${m.counts} (${m.text ?? ''})`,
        ),
      );
    }
    const e = run.extras;
    if (e) {
      problems.push(
        ...e.titleLeaks.map((m) => `title leak ¶${m.paragraph} ${m.country} as ${m.role ?? ''}`),
      );
      problems.push(...e.countedPhrases.misses.map((m) => `counted phrase ${m}`));
      if (e.breakdown && !e.breakdown.exact) {
        problems.push(
          `breakdown ${JSON.stringify(e.breakdown.predicted)} ≠ ${JSON.stringify(e.breakdown.expected)}`,
        );
      }
    }
    if (problems.length === 0) continue;
    lines.push(
      `## ${run.text} — ${run.layout} (${run.warnings} warnings)`,
      ...problems.map((p) => `- ${p}`),
      '',
    );
  }
  return lines.join('\n');
}
