import { countryRoles, pillars } from '../../domain/index.ts';
import type { ActivityRecord, CountryRole, Theme } from '../../domain/index.ts';

export interface CountryRow {
  readonly iso3: string;
  readonly total: number;
  readonly byRole: Readonly<Record<CountryRole, number>>;
  readonly records: readonly ActivityRecord[];
}

const noRoles = (): Record<CountryRole, number> =>
  Object.fromEntries(countryRoles.map((role) => [role, 0])) as Record<CountryRole, number>;

/** Records per country and role, most records first, ties by name. Records without a country are left out. */
export function countryRows(
  records: readonly ActivityRecord[],
  nameOf: (iso3: string) => string,
): CountryRow[] {
  const rows = new Map<
    string,
    { byRole: Record<CountryRole, number>; records: ActivityRecord[] }
  >();
  for (const record of records) {
    if (record.country === null) continue;
    const row = rows.get(record.country) ?? { byRole: noRoles(), records: [] };
    rows.set(record.country, row);
    row.records.push(record);
    if (record.role !== null) row.byRole[record.role] += 1;
  }
  return [...rows.entries()]
    .map(([iso3, row]) => ({ iso3, total: row.records.length, ...row }))
    .sort((a, b) => b.total - a.total || nameOf(a.iso3).localeCompare(nameOf(b.iso3)));
}

export interface ThemeRow {
  readonly theme: Theme;
  readonly records: readonly ActivityRecord[];
}

export interface PillarRow extends ThemeRow {
  readonly themes: readonly ThemeRow[];
}

/**
 * Records per pillar (in the management plan's order) and per theme under it (most records
 * first, themes without records left out). A record counts once under each of its themes.
 */
export function themeRows(
  records: readonly ActivityRecord[],
  themes: readonly Theme[],
): PillarRow[] {
  const byTheme = new Map<string, ActivityRecord[]>();
  for (const record of records)
    for (const id of new Set(record.themes)) {
      const list = byTheme.get(id) ?? [];
      byTheme.set(id, list);
      list.push(record);
    }
  const recordsOf = (theme: Theme) => byTheme.get(theme.id) ?? [];
  return pillars.flatMap((pillar) => {
    const pillarTheme = themes.find((theme) => theme.id === pillar && theme.parent === null);
    if (!pillarTheme) return [];
    const children = themes
      .filter((theme) => theme.parent === pillar)
      .map((theme) => ({ theme, records: recordsOf(theme) }))
      .filter((row) => row.records.length > 0)
      .sort((a, b) => b.records.length - a.records.length || a.theme.id.localeCompare(b.theme.id));
    return [{ theme: pillarTheme, records: recordsOf(pillarTheme), themes: children }];
  });
}

export function countWithout(
  records: readonly ActivityRecord[],
  has: (record: ActivityRecord) => boolean,
): number {
  return records.reduce((sum, record) => sum + (has(record) ? 0 : 1), 0);
}
