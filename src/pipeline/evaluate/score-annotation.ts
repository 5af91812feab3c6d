import type { ActivityRecord, CountryRole } from '../../domain/activities.ts';
import type { Figure } from '../../domain/figures.ts';
import { officeBreakdownParts } from '../../domain/figures.ts';
import type { AnnotatedParagraph, Annotation } from './annotation-schema.ts';

/** The fields of an activity record the scorer reads (a whole `ActivityRecord` fits). */
export type ScoredRecord = Pick<ActivityRecord, 'paragraph' | 'country' | 'role' | 'partners'> &
  Partial<Pick<ActivityRecord, 'report'>>;

/** The fields of a figure the scorer reads (a whole `Figure` fits). */
export type ScoredFigure = Pick<Figure, 'paragraph' | 'value' | 'counts'> &
  Partial<Pick<Figure, 'report' | 'qualifier' | 'text'>>;

/** Maps a gold partner surface to a partner id of reference.json, or null when it knows none. */
export type PartnerIdForSurface = (surface: string) => string | null | undefined;

export interface Metrics {
  readonly gold: number;
  readonly predicted: number;
  readonly matched: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface FamilyScore<Item> extends Metrics {
  /** False negatives: gold items the prediction lacks. */
  readonly misses: Item[];
  readonly falsePositives: Item[];
}

export interface CountryRoleItem {
  readonly paragraph: number;
  readonly country: string;
  readonly role: CountryRole | null;
}

export interface CountryItem {
  readonly paragraph: number;
  readonly country: string;
}

export interface PartnerItem {
  readonly paragraph: number;
  /** Null for a gold partner whose surface maps to no id. */
  readonly id: string | null;
  /** The gold surface (null for a predicted partner). */
  readonly surface: string | null;
}

export interface FigureItem {
  readonly paragraph: number;
  readonly value: number;
  readonly counts: string;
  readonly qualifier: string | null;
  /** The gold surface or the predicted figure's text, when known. */
  readonly text: string | null;
}

export interface AnnotationScore {
  readonly report: string;
  /** The paragraphs scored: those the annotation covers. */
  readonly paragraphs: number[];
  /** (a) distinct (paragraph, country, role). */
  readonly countryRoles: FamilyScore<CountryRoleItem>;
  /** (b) distinct (paragraph, country), role ignored. */
  readonly countries: FamilyScore<CountryItem>;
  /** (c) distinct (paragraph, partner id); unmapped gold surfaces are misses and listed apart too. */
  readonly partners: FamilyScore<PartnerItem> & { readonly unmappedGold: PartnerItem[] };
  /** (d) figures per paragraph matched on (value, counts), as multisets. */
  readonly figures: FamilyScore<FigureItem>;
}

/**
 * Precision, recall and F1 of pipeline output against a hand annotation. Only paragraphs the
 * annotation covers are scored; records and figures of another report are ignored. An empty
 * denominator scores 1 when gold and prediction are both empty, else 0.
 */
export function scoreAnnotation(
  annotation: Annotation,
  records: readonly ScoredRecord[],
  figures: readonly ScoredFigure[],
  partnerIdForSurface: PartnerIdForSurface,
  /** Countries as tagged per paragraph; by default those of the records. */
  countryTags?: readonly Pick<ScoredRecord, 'paragraph' | 'country' | 'role' | 'report'>[],
): AnnotationScore {
  const scored = new Set(annotation.paragraphs.map((paragraph) => paragraph.number));
  const inScope = (item: { paragraph: number; report?: string }) =>
    scored.has(item.paragraph) && (item.report === undefined || item.report === annotation.report);
  const placed = (countryTags ?? records)
    .filter(inScope)
    .filter((record) => record.country !== null);
  const gold = [...annotation.paragraphs].sort((a, b) => a.number - b.number);

  return {
    report: annotation.report,
    paragraphs: gold.map((paragraph) => paragraph.number),
    countryRoles: compareSets(
      gold.flatMap((p) =>
        p.countries.map((c) => ({ paragraph: p.number, country: c.iso3, role: c.role })),
      ),
      placed.map((r) => ({ paragraph: r.paragraph, country: r.country ?? '', role: r.role })),
      (item) => `${item.paragraph}|${item.country}|${item.role ?? ''}`,
    ),
    countries: compareSets(
      gold.flatMap((p) => p.countries.map((c) => ({ paragraph: p.number, country: c.iso3 }))),
      placed.map((r) => ({ paragraph: r.paragraph, country: r.country ?? '' })),
      (item) => `${item.paragraph}|${item.country}`,
    ),
    partners: scorePartners(gold, records.filter(inScope), partnerIdForSurface),
    figures: scoreFigures(gold, figures.filter(inScope)),
  };
}

function scorePartners(
  gold: readonly AnnotatedParagraph[],
  records: readonly ScoredRecord[],
  partnerIdForSurface: PartnerIdForSurface,
): FamilyScore<PartnerItem> & { unmappedGold: PartnerItem[] } {
  const mapped: PartnerItem[] = [];
  const unmappedGold: PartnerItem[] = [];
  for (const paragraph of gold) {
    for (const partner of paragraph.partners) {
      const surfaces = [partner.surface, ...(partner.otherSurfaces ?? [])];
      const id = surfaces.map((surface) => partnerIdForSurface(surface)).find((found) => !!found);
      const item = { paragraph: paragraph.number, id: id ?? null, surface: partner.surface };
      (id ? mapped : unmappedGold).push(item);
    }
  }
  const predicted = records.flatMap((record) =>
    record.partners.map((id) => ({ paragraph: record.paragraph, id, surface: null })),
  );
  const score = compareSets(mapped, predicted, (item) => `${item.paragraph}|${item.id ?? ''}`);
  const misses = sortItems([...score.misses, ...unmappedGold], partnerKey);
  return {
    ...metrics(score.gold + unmappedGold.length, score.predicted, score.matched),
    misses,
    falsePositives: score.falsePositives,
    unmappedGold: sortItems(unmappedGold, partnerKey),
  };
}

function scoreFigures(
  gold: readonly AnnotatedParagraph[],
  predicted: readonly ScoredFigure[],
): FamilyScore<FigureItem> {
  const key = (item: FigureItem) => `${item.paragraph}|${item.value}|${item.counts}`;
  const goldItems = gold.flatMap((p) =>
    p.figures.map((f) => ({
      paragraph: p.number,
      value: f.value,
      counts: f.counts,
      qualifier: f.qualifier,
      text: f.surface,
    })),
  );
  const predictedItems = predicted.map((f) => ({
    paragraph: f.paragraph,
    value: f.value,
    counts: f.counts,
    qualifier: f.qualifier ?? null,
    text: f.text ?? null,
  }));
  const goldByKey = groupBy(goldItems, key);
  const predictedByKey = groupBy(predictedItems, key);
  const misses: FigureItem[] = [];
  const falsePositives: FigureItem[] = [];
  let matched = 0;
  for (const [itemKey, goldGroup] of goldByKey) {
    const predictedGroup = predictedByKey.get(itemKey) ?? [];
    matched += Math.min(goldGroup.length, predictedGroup.length);
    misses.push(...goldGroup.slice(predictedGroup.length));
  }
  for (const [itemKey, predictedGroup] of predictedByKey) {
    falsePositives.push(...predictedGroup.slice(goldByKey.get(itemKey)?.length ?? 0));
  }
  return {
    ...metrics(goldItems.length, predictedItems.length, matched),
    misses: sortItems(misses, key),
    falsePositives: sortItems(falsePositives, key),
  };
}

/** Set comparison: duplicates (same key) on either side count once. */
function compareSets<Item extends { paragraph: number }>(
  gold: readonly Item[],
  predicted: readonly Item[],
  key: (item: Item) => string,
): FamilyScore<Item> {
  const goldByKey = firstByKey(gold, key);
  const predictedByKey = firstByKey(predicted, key);
  const misses = [...goldByKey].filter(([k]) => !predictedByKey.has(k)).map(([, item]) => item);
  const falsePositives = [...predictedByKey]
    .filter(([k]) => !goldByKey.has(k))
    .map(([, item]) => item);
  return {
    ...metrics(goldByKey.size, predictedByKey.size, goldByKey.size - misses.length),
    misses: sortItems(misses, key),
    falsePositives: sortItems(falsePositives, key),
  };
}

function metrics(gold: number, predicted: number, matched: number): Metrics {
  const ratio = (part: number, whole: number) =>
    whole === 0 ? (gold === 0 && predicted === 0 ? 1 : 0) : part / whole;
  const precision = ratio(matched, predicted);
  const recall = ratio(matched, gold);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { gold, predicted, matched, precision, recall, f1 };
}

function partnerKey(item: PartnerItem): string {
  return `${item.paragraph}|${item.id ?? ''}|${item.surface ?? ''}`;
}

function firstByKey<Item>(items: readonly Item[], key: (item: Item) => string): Map<string, Item> {
  const byKey = new Map<string, Item>();
  for (const item of items) if (!byKey.has(key(item))) byKey.set(key(item), item);
  return byKey;
}

function groupBy<Item>(items: readonly Item[], key: (item: Item) => string): Map<string, Item[]> {
  const groups = new Map<string, Item[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

function sortItems<Item extends { paragraph: number }>(
  items: readonly Item[],
  key: (item: Item) => string,
): Item[] {
  return [...items].sort(
    (a, b) => a.paragraph - b.paragraph || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0),
  );
}

/** A record's fields the extra scores read. */
export type ThemedRecord = ScoredRecord & Pick<ActivityRecord, 'themes'>;

/** The breakdown fields compared with the annotation. */
export interface ScoredBreakdown {
  readonly paragraph: number;
  readonly total: number;
  readonly countryOffices: number;
  readonly peaceMissionComponents: number;
  readonly regionalOffices: number;
  readonly humanRightsAdvisers: number;
  readonly otherPresences: number;
}

export interface ExtraScore {
  /** Records putting a country on the map (role other than mention) that the text names only in a title, an organisation's name or an aside. */
  readonly titleLeaks: CountryRoleItem[];
  /** Specific themes per paragraph (pillars left out), where the annotation lists themes. */
  readonly themes: FamilyScore<{ paragraph: number; theme: string }>;
  /** Null when the annotation says nothing of the breakdown. */
  readonly breakdown: {
    readonly expected: ScoredBreakdown | null;
    readonly predicted: ScoredBreakdown | null;
    readonly exact: boolean;
  } | null;
  /** Of the figures found, those whose counted phrase is the annotation's whole phrase. */
  readonly countedPhrases: {
    readonly gold: number;
    readonly matched: number;
    readonly misses: string[];
  };
}

const BREAKDOWN_FIELDS = [
  'paragraph',
  'total',
  ...officeBreakdownParts.map(([field]) => field),
] as const;

export function scoreExtras(
  annotation: Annotation,
  records: readonly ThemedRecord[],
  figures: readonly (ScoredFigure & { readonly countsText?: string })[],
  breakdown: ScoredBreakdown | null,
  pillars: ReadonlySet<string>,
): ExtraScore {
  const inReport = (item: { report?: string }) =>
    item.report === undefined || item.report === annotation.report;
  const mine = records.filter(inReport);
  const titleLeaks: CountryRoleItem[] = [];
  const seen = new Set<string>();
  for (const paragraph of annotation.paragraphs) {
    const roles = new Map<string, Set<string>>();
    for (const country of paragraph.countries) {
      const set = roles.get(country.iso3) ?? new Set();
      set.add(country.role);
      roles.set(country.iso3, set);
    }
    for (const record of mine) {
      if (record.paragraph !== paragraph.number || record.country === null) continue;
      const gold = roles.get(record.country);
      const key = `${record.paragraph}|${record.country}|${record.role}`;
      if (record.role === 'mention' || !gold || gold.size !== 1 || !gold.has('mention')) continue;
      if (seen.has(key)) continue;
      seen.add(key);
      titleLeaks.push({ paragraph: record.paragraph, country: record.country, role: record.role });
    }
  }

  const themed = annotation.paragraphs.filter((paragraph) => paragraph.themes !== undefined);
  const themedNumbers = new Set(themed.map((paragraph) => paragraph.number));
  const themes = compareSets(
    themed.flatMap((paragraph) =>
      (paragraph.themes ?? [])
        .filter((theme) => !pillars.has(theme))
        .map((theme) => ({ paragraph: paragraph.number, theme })),
    ),
    mine
      .filter((record) => themedNumbers.has(record.paragraph))
      .flatMap((record) =>
        record.themes
          .filter((theme) => !pillars.has(theme))
          .map((theme) => ({ paragraph: record.paragraph, theme })),
      ),
    (item) => `${item.paragraph}|${item.theme}`,
  );

  const expected = annotation.breakdown;
  const breakdownScore =
    expected === undefined
      ? null
      : {
          expected,
          predicted: breakdown,
          exact:
            expected === null
              ? breakdown === null
              : breakdown !== null && BREAKDOWN_FIELDS.every((f) => breakdown[f] === expected[f]),
        };

  const countedMisses: string[] = [];
  let countedGold = 0;
  let countedMatched = 0;
  for (const paragraph of annotation.paragraphs) {
    for (const figure of paragraph.figures) {
      if (!figure.counted) continue;
      const found = figures.find(
        (candidate) =>
          inReport(candidate) &&
          candidate.paragraph === paragraph.number &&
          candidate.value === figure.value &&
          candidate.counts === figure.counts,
      );
      if (!found) continue;
      countedGold += 1;
      if (found.countsText === figure.counted) countedMatched += 1;
      else
        countedMisses.push(`¶${paragraph.number} ${figure.surface}: "${found.countsText ?? ''}"`);
    }
  }

  return {
    titleLeaks,
    themes,
    breakdown: breakdownScore,
    countedPhrases: { gold: countedGold, matched: countedMatched, misses: countedMisses },
  };
}
