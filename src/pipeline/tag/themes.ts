import AhoCorasick from 'modern-ahocorasick';
import type { Theme } from '../../domain/reference.ts';

export interface ThemeMatch {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly theme: string;
}

/** Every theme rule word in a text; themes may overlap each other and other tags. */
export class ThemeMatcher {
  private readonly matcher: AhoCorasick<string[]>;

  constructor(themes: readonly Theme[]) {
    const byWord = new Map<string, string[]>();
    for (const theme of themes) {
      for (const word of [...theme.rules.zh, ...theme.rules.en]) {
        const list = byWord.get(word) ?? [];
        if (!list.includes(theme.id)) list.push(theme.id);
        byWord.set(word, list);
      }
    }
    this.matcher = new AhoCorasick([...byWord].map(([pattern, data]) => ({ pattern, data })));
  }

  find(text: string): ThemeMatch[] {
    return this.matcher
      .search(text, { strategy: 'all' })
      .flatMap((hit) =>
        (hit.data ?? []).map((theme) => ({
          start: hit.start,
          end: hit.end,
          text: text.slice(hit.start, hit.end),
          theme,
        })),
      )
      .sort((a, b) => a.start - b.start || b.end - a.end || a.theme.localeCompare(b.theme));
  }
}
