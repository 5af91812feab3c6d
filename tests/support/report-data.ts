import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  activitiesFileSchema,
  figuresFileSchema,
  paragraphsFileSchema,
  referenceFileSchema,
} from '../../src/domain/index.ts';
import type { DashboardData } from '../../src/lib/data/queries.ts';

let cached: DashboardData | undefined;

/**
 * The whole report as the app sees it, from the reviewed golden outputs (not public/data). Read
 * from the project root, because under jsdom `import.meta.url` is not a file URL.
 */
export function reportData(): DashboardData {
  const read = (name: string): unknown =>
    JSON.parse(readFileSync(join(process.cwd(), `tests/golden/A_HRC_44_28.${name}.json`), 'utf8'));
  cached ??= {
    paragraphs: paragraphsFileSchema.parse(read('paragraphs')),
    activities: activitiesFileSchema.parse(read('activities')),
    figures: figuresFileSchema.parse(read('figures')),
    reference: referenceFileSchema.parse(read('reference')),
  };
  return cached;
}
