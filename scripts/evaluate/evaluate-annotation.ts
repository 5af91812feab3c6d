import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  activitiesFileSchema,
  figuresFileSchema,
  referenceFileSchema,
} from '../../src/domain/index.ts';
import { annotationSchema } from '../../src/pipeline/evaluate/annotation-schema.ts';
import { scoreAnnotation } from '../../src/pipeline/evaluate/score-annotation.ts';
import type { AnnotationScore, Metrics } from '../../src/pipeline/evaluate/score-annotation.ts';

export const ANNOTATION_PATH = 'tests/fixtures/annotation/A_HRC_44_28.annotation.json';

async function readJson(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, 'utf8'));
}

/** Scores the prepared data in `dataDir` against the hand annotation. */
export async function evaluateDataFolder(root: string, dataDir: string): Promise<AnnotationScore> {
  const annotation = annotationSchema.parse(await readJson(join(root, ANNOTATION_PATH)));
  const activities = activitiesFileSchema.parse(await readJson(join(dataDir, 'activities.json')));
  const figures = figuresFileSchema.parse(await readJson(join(dataDir, 'figures.json')));
  const reference = referenceFileSchema.parse(await readJson(join(dataDir, 'reference.json')));
  const bySurface = new Map<string, string>();
  for (const partner of reference.partners) {
    for (const name of [
      partner.names.zh,
      partner.names.en,
      ...partner.acronyms,
      ...partner.aliases,
    ]) {
      bySurface.set(name, partner.id);
    }
  }
  // The annotation's partners are every organisation named, mechanisms included.
  const records = activities.records.map((record) => ({
    ...record,
    partners: [...record.partners, ...record.mechanisms],
  }));
  return scoreAnnotation(annotation, records, figures.figures, (surface) => bySurface.get(surface));
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

export function formatScore(score: AnnotationScore): string {
  const row = (name: string, metrics: Metrics) =>
    `| ${name} | ${metrics.gold} | ${metrics.predicted} | ${metrics.matched} | ${percent(metrics.precision)} | ${percent(metrics.recall)} | ${percent(metrics.f1)} |`;
  const lines = [
    `Hand annotation of ${score.paragraphs.length} paragraphs of ${score.report} (${ANNOTATION_PATH})`,
    '',
    '| family | gold | predicted | matched | precision | recall | F1 |',
    '|---|---|---|---|---|---|---|',
    row('country + role', score.countryRoles),
    row('country', score.countries),
    row('partner', score.partners),
    row('figure', score.figures),
    '',
    'Misses (in the annotation, not in the output):',
    ...score.countryRoles.misses.map((m) => `- ¶${m.paragraph} country ${m.country} as ${m.role}`),
    ...score.partners.misses.map((m) => `- ¶${m.paragraph} partner ${m.surface ?? m.id}`),
    ...score.figures.misses.map(
      (m) => `- ¶${m.paragraph} figure ${m.value} ${m.counts} (${m.text ?? ''})`,
    ),
    '',
    'False positives (in the output, not in the annotation):',
    ...score.countryRoles.falsePositives.map(
      (m) => `- ¶${m.paragraph} country ${m.country} as ${m.role}`,
    ),
    ...score.partners.falsePositives.map((m) => `- ¶${m.paragraph} partner ${m.id}`),
    ...score.figures.falsePositives.map(
      (m) => `- ¶${m.paragraph} figure ${m.value} ${m.counts} (${m.text ?? ''})`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}
