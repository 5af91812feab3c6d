import type { PatternHit } from './bounded-search.ts';
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

export interface ThemeWord {
  themes: string[];
  blocks: boolean;
}

/** Every theme rule word in a text; themes may overlap each other and other tags. */
export class ThemeMatcher {
  /** Rule words carry their themes; blocking words (notInside) carry none. One scan finds both. */
  readonly entries: readonly { pattern: string; data: ThemeWord }[];

  constructor(themes: readonly Theme[], blockers: readonly string[] = []) {
    const byWord = new Map<string, ThemeWord>();
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
    this.entries = [...byWord].map(([pattern, data]) => ({ pattern, data }));
  }

  /** The theme matches among every hit of `entries` in the text. */
  select(text: string, hits: readonly PatternHit<ThemeWord>[]): ThemeMatch[] {
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
