import { BoundedSearch } from './bounded-search.ts';
import type { Theme } from '../../domain/reference.ts';

export interface ThemeMatch {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly theme: string;
}

function isStrictlyInside(
  hit: { start: number; end: number },
  blocker: { start: number; end: number },
): boolean {
  return (
    blocker.start <= hit.start &&
    hit.end <= blocker.end &&
    hit.end - hit.start < blocker.end - blocker.start
  );
}

/** Every theme rule word in a text; themes may overlap each other and other tags. */
export class ThemeMatcher {
  private readonly matcher: BoundedSearch<string[]>;

  private readonly blockers: BoundedSearch<null> | null;

  constructor(themes: readonly Theme[], blockers: readonly string[] = []) {
    this.blockers =
      blockers.length > 0
        ? new BoundedSearch(blockers.map((pattern) => ({ pattern, data: null })))
        : null;
    const byWord = new Map<string, string[]>();
    for (const theme of themes) {
      for (const word of [...theme.rules.zh, ...theme.rules.en]) {
        const list = byWord.get(word) ?? [];
        if (!list.includes(theme.id)) list.push(theme.id);
        byWord.set(word, list);
      }
    }
    this.matcher = new BoundedSearch([...byWord].map(([pattern, data]) => ({ pattern, data })));
  }

  find(text: string): ThemeMatch[] {
    const blocked = this.blockers?.all(text) ?? [];
    return this.matcher
      .all(text)
      .filter((hit) => !blocked.some((b) => isStrictlyInside(hit, b)))
      .flatMap((hit) =>
        hit.data.map((theme) => ({
          start: hit.start,
          end: hit.end,
          text: text.slice(hit.start, hit.end),
          theme,
        })),
      )
      .sort((a, b) => a.start - b.start || b.end - a.end || a.theme.localeCompare(b.theme));
  }
}
