import { FOLLOWS_ALL } from '../../lib/export/chart-export-api.ts';
import type { FilterScope } from '../../lib/export/chart-export-api.ts';
import { activeFilters } from '../../lib/filters/filter-state.ts';
import type { FilterState } from '../../lib/filters/filter-state.ts';

const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/iu;

function clean(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/[/\\]/gu, '_')
    .replace(/[<>:"|?*]/gu, '')
    .replace(/\p{Cc}/gu, '')
    .replace(/[^\u0020-\u007e]/gu, '_')
    .replace(/\s+/gu, '-')
    .replace(/_{2,}/gu, '_')
    .replace(/^[.\-_]+|[.\s]+$/gu, '');
}

/**
 * A file name safe on every system: no path separators, control or reserved characters, no
 * reserved device names; non-ASCII replaced, so the name survives any download path.
 */
export function sanitizeFileName(name: string, fallback = 'export'): string {
  const extension = /\.[A-Za-z0-9]{1,8}$/u.exec(name)?.[0] ?? '';
  let stem = clean(extension ? name.slice(0, -extension.length) : name);
  if (!/[A-Za-z0-9]/u.test(stem)) stem = fallback;
  let safe = `${stem.slice(0, 150 - extension.length)}${extension}`;
  if (RESERVED.test(safe)) safe = `_${safe}`;
  return safe;
}

/**
 * The filters a file follows, for its name: "pillar-accountability_region-002" (ids, not names, so
 * the name is the same in both languages and says the URL's values). A search in another script
 * is named "q" only. Empty without filters.
 */
export function filterSlug(filters: FilterState, scope: FilterScope = FOLLOWS_ALL): string {
  if (scope.follows === 'none') return '';
  const ignored = new Set(scope.follows === 'others' ? scope.ignores : []);
  return activeFilters(filters)
    .filter(({ key }) => !ignored.has(key))
    .map(({ key, value }) =>
      key === 'q' && !/^[\u0020-\u007e]+$/u.test(value) ? 'q' : `${key}-${value}`,
    )
    .join('_');
}

/**
 * "ohchr-A_HRC_44_28-records-2026-11-25-region-002.csv": the date before the filters, so that a
 * long filter list is what the length limit cuts.
 */
export function exportFileName(
  report: string,
  what: string,
  date: string,
  extension: string,
  filters = '',
) {
  const tail = filters ? `-${filters}` : '';
  return sanitizeFileName(`ohchr-${report}-${what}-${date}${tail}.${extension}`);
}
