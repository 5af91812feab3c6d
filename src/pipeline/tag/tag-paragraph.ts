import type { Tag } from '../../domain/activities.ts';
import type { Paragraph, Partner } from '../../domain/index.ts';
import { decideRole } from './country-roles.ts';
import { EntityDictionary } from './dictionary.ts';
import type { DictionaryMatch } from './dictionary.ts';
import { findFigures } from './figures.ts';
import type { FigureMatch } from './figures.ts';
import type { ReferenceInput } from './reference-input.ts';
import { splitSentences } from './sentences.ts';
import { ThemeMatcher } from './themes.ts';
import { findTitleSpans, insideAny, namesADocument } from './title-spans.ts';
import type { Span } from './title-spans.ts';
import { findOrganisationLikeSpans } from './unknown-organisations.ts';

export interface TaggedSentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Tags with paragraph offsets. */
  readonly tags: Tag[];
  readonly figures: FigureMatch[];
  /** Whether the sentence reports work by OHCHR, its offices, a human rights mechanism or a fund. */
  readonly work: boolean;
}

export interface TaggedParagraph {
  readonly paragraph: Paragraph;
  readonly sentences: TaggedSentence[];
  readonly unknownOrganisations: {
    readonly text: string;
    readonly start: number;
    readonly end: number;
  }[];
}

/** Subjects whose work the records describe besides OHCHR itself. */
const WORK_KINDS = new Set(['actor', 'office', 'fund']);
const CONTINUATION = /^(?:因此|此外|为此|随后|同时|另外|其中|该|这|利益攸关方|与会者)/u;

export class ParagraphTagger {
  private readonly dictionary: EntityDictionary;
  private readonly themes: ThemeMatcher;
  private readonly partners: Map<string, Partner>;

  constructor(reference: ReferenceInput) {
    this.dictionary = new EntityDictionary(reference);
    this.themes = new ThemeMatcher(reference.themes);
    this.partners = new Map(reference.partners.map((partner) => [partner.id, partner]));
  }

  get dictionaryConflicts(): readonly string[] {
    return this.dictionary.conflicts;
  }

  tag(paragraph: Paragraph): TaggedParagraph {
    const { text } = paragraph;
    const titles = findTitleSpans(text);
    const matches = this.dictionary.find(text);
    const themeMatches = this.themes.find(text);
    const figures = findFigures(text).filter((figure) => !this.insideEntity(matches, figure));
    let previousWork = false;
    const sentences = splitSentences(text, paragraph.footnoteRefs).map((span) => {
      const inside = (start: number, end: number) => start >= span.start && end <= span.end;
      const entities = matches.filter((match) => inside(match.start, match.end));
      const sentenceText = text.slice(span.start, span.end);
      const work =
        entities.some((match) => WORK_KINDS.has(match.entry.kind) || this.isMechanism(match)) ||
        (previousWork && CONTINUATION.test(sentenceText));
      previousWork = work;
      const tags: Tag[] = [
        ...entities.flatMap((match) => this.entityTag(match, text, span, titles, work)),
        ...themeMatches
          .filter((match) => inside(match.start, match.end))
          .map((match): Tag => ({
            kind: 'theme',
            start: match.start,
            end: match.end,
            text: match.text,
            ref: match.theme,
            rule: `theme:${match.text}`,
            role: null,
          })),
        ...titles
          .filter((title) => inside(title.start, title.end))
          .map((title): Tag => ({
            kind: 'title',
            start: title.start,
            end: title.end,
            text: text.slice(title.start, title.end),
            ref: null,
            rule: 'title:angle-brackets',
            role: null,
          })),
      ].sort((a, b) => a.start - b.start || b.end - a.end);
      return {
        index: span.index,
        start: span.start,
        end: span.end,
        text: sentenceText,
        tags,
        work,
        figures: figures.filter((figure) => inside(figure.start, figure.end)),
      };
    });
    const covered: Span[] = matches;
    const unknownOrganisations = findOrganisationLikeSpans(text, covered).map((span) => ({
      ...span,
      text: text.slice(span.start, span.end),
    }));
    return { paragraph, sentences, unknownOrganisations };
  }

  private isMechanism(match: DictionaryMatch): boolean {
    return (
      match.entry.kind === 'partner' &&
      this.partners.get(match.entry.ref ?? '')?.type === 'human-rights-mechanism'
    );
  }

  private insideEntity(matches: readonly DictionaryMatch[], figure: FigureMatch): boolean {
    return matches.some(
      (match) =>
        match.entry.kind === 'partner' &&
        match.start <= figure.start &&
        figure.end <= match.end + 2 &&
        figure.start < match.end,
    );
  }

  private entityTag(
    match: DictionaryMatch,
    text: string,
    sentence: { start: number; end: number },
    titles: readonly Span[],
    work: boolean,
  ): Tag[] {
    const { entry } = match;
    const base = { start: match.start, end: match.end, text: match.text, ref: entry.ref };
    switch (entry.kind) {
      case 'lookalike':
        return [];
      case 'region':
        return [];
      case 'country':
      case 'city': {
        const sentenceText = text.slice(sentence.start, sentence.end);
        const decision = decideRole(
          sentenceText,
          match.start - sentence.start,
          match.end - sentence.start,
          {
            isCity: entry.kind === 'city',
            inTitle: insideAny(titles, match.start, match.end),
            namesDocument: namesADocument(text, match.end),
            workSentence: work,
          },
        );
        return [
          {
            ...base,
            kind: entry.kind,
            rule: `dictionary:${entry.source}; ${decision.rule}`,
            role: decision.role,
          },
        ];
      }
      case 'partner':
        return [{ ...base, kind: 'partner', rule: `dictionary:${entry.source}`, role: null }];
      case 'fund':
        return [{ ...base, kind: 'fund', rule: `dictionary:${entry.source}`, role: null }];
      case 'office':
        return [{ ...base, kind: 'office', rule: `dictionary:${entry.source}`, role: null }];
      case 'actor':
        return [{ ...base, kind: 'actor', rule: `dictionary:${entry.source}`, role: null }];
    }
  }
}
