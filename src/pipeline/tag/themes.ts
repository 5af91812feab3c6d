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
  /** Rule words carry their themes; blocking words (notInside) carry none. One scan finds both. */
  private readonly matcher: BoundedSearch<{ themes: string[]; blocks: boolean }>;

  constructor(themes: readonly Theme[], blockers: readonly string[] = []) {
    const byWord = new Map<string, { themes: string[]; blocks: boolean }>();
    for (const theme of themes) {
      for (const word of [...theme.rules.zh, ...theme.rules.en]) {
        const entry = byWord.get(word) ?? { themes: [], blocks: false };
        if (!entry.themes.includes(theme.id)) entry.themes.push(theme.id);
        byWord.set(word, entry);
      }
    }
    for (const word of blockers) {
      const entry = byWord.get(word) ?? { themes: [], blocks: false };
      byWord.set(word, { ...entry, blocks: true });
    }
    this.matcher = new BoundedSearch([...byWord].map(([pattern, data]) => ({ pattern, data })));
  }

  find(text: string): ThemeMatch[] {
    const hits = this.matcher.all(text);
    const blocked = hits.filter((hit) => hit.data.blocks);
    return hits
      .filter((hit) => !blocked.some((b) => isStrictlyInside(hit, b)))
      .flatMap((hit) =>
        hit.data.themes.map((theme) => ({
          start: hit.start,
          end: hit.end,
          text: text.slice(hit.start, hit.end),
          theme,
        })),
      )
      .sort((a, b) => a.start - b.start || b.end - a.end || a.theme.localeCompare(b.theme));
  }
}
