import type { Tag } from '../../domain/activities.ts';
import type { Paragraph, Partner } from '../../domain/index.ts';
import { SharedSearch } from './bounded-search.ts';
import { decideRole, listCues } from './country-roles.ts';
import type { ListCues } from './country-roles.ts';
import { EntityDictionary } from './dictionary.ts';
import type { DictionaryEntry, DictionaryMatch } from './dictionary.ts';
import { findFigures } from './figures.ts';
import type { FigureMatch } from './figures.ts';
import type { ReferenceInput } from './reference-input.ts';
import { splitSentences } from './sentences.ts';
import { firstStartingAtOrAfter, within } from './sorted-spans.ts';
import {
  localPresenceNames,
  noWorkReason,
  refersBack,
  withoutLeadingAdverbials,
} from './sentence-work.ts';
import { ThemeMatcher } from './themes.ts';
import type { ThemeWord } from './themes.ts';
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
  /** Why it does or does not ("work:actor-named", "work:refers-back", "work:no-request-to-ohchr"…). */
  readonly workRule: string;
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
/** Who took part in, or what came of, the event the previous sentence reported. */
const EVENT_FOLLOW_UP = /参加|出席|与会/u;
const OPENS_ON_THE_EVENT =
  /^(?:(?:几位|多位|一些|部分|许多)?(?:与会者|参加者|参与者|学员)|(?:该|这次|此次)?(?:会议|讲习班|研讨会|磋商|讨论会|论坛)(?:还|也)?(?:讨论|强调|审议|通过|建议|指出|回顾|确认|探讨))/u;
const STRUCTURAL_ROLES = new Set(['participant', 'venue', 'lead', 'mechanism']);
/** Document symbols such as A/HRC/43/33 or CEDAW/C/BRB/CO/5-8: their letters name no one. */
const DOCUMENT_SYMBOL = /[A-Z]{1,8}(?:\/[A-Za-z0-9.-]+){2,}/gu;
/**
 * Characters that may follow a name without extending it: particles, punctuation, and the first
 * character of the verbs a partner's name is followed by ("开发署合作", "开发署共同组织", "开发署支持").
 */
const AFTER_NAME =
  /[的和与及第在为向对将已还也都是等、，。；：）)”》\s合共联支提举协牵主编组召签]/u;

function findDocumentSymbols(text: string): Span[] {
  return [...text.matchAll(DOCUMENT_SYMBOL)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
}

export class ParagraphTagger {
  private readonly dictionary: EntityDictionary;
  private readonly themes: ThemeMatcher;
  private readonly search: SharedSearch<DictionaryEntry, ThemeWord>;
  private readonly partners: Map<string, Partner>;
  private readonly officeThemes: Map<string, readonly string[]>;

  constructor(reference: ReferenceInput) {
    this.dictionary = new EntityDictionary(reference);
    this.themes = new ThemeMatcher(reference.themes, reference.themeBlockers);
    this.search = new SharedSearch(this.dictionary.entries, this.themes.entries);
    this.partners = new Map(reference.partners.map((partner) => [partner.id, partner]));
    this.officeThemes = new Map(
      reference.officeTypes.map((office) => [office.id as string, office.workThemes ?? []]),
    );
  }

  /**
   * Work with a regional human rights commission, or through a mission's human rights component,
   * is about that theme by what the body is: a theme tag on its name, with the body as the rule.
   */
  private workThemeTags(
    base: Omit<Tag, 'kind' | 'rule' | 'role'>,
    themes: readonly string[] | undefined,
    id: string | null | undefined,
  ): Tag[] {
    return (themes ?? []).map((theme) => ({
      ...base,
      kind: 'theme',
      ref: theme,
      rule: `theme:work-with:${id ?? ''}`,
      role: null,
    }));
  }

  get dictionaryConflicts(): readonly string[] {
    return this.dictionary.conflicts;
  }

  tag(
    paragraph: Paragraph,
    options: {
      /** Whether the paragraph before, in the same section, ends on a sentence reporting work. */
      readonly previousParagraphEndsInWork?: boolean;
      /** Whether the paragraph opens by going on with the OHCHR office the one before named (该办事处). */
      readonly continuesAnOffice?: boolean;
    } = {},
  ): TaggedParagraph {
    const { text } = paragraph;
    const titles = findTitleSpans(text);
    const symbols = findDocumentSymbols(text);
    const [entityHits, themeHits] = this.search.all(text);
    const matches = this.dictionary
      .select(text, entityHits)
      .filter((match) => !insideAny(symbols, match.start, match.end))
      .filter((match) => !this.isPrefixOfLongerName(match, text));
    const themeMatches = this.themes.select(text, themeHits);
    // Dictionary matches never overlap and come in text order: each lookup below is a search
    // among them, not a pass over all of them (a paragraph of thousands of names was quadratic).
    const partners = matches.filter((match) => match.entry.kind === 'partner');
    const figures = findFigures(text).filter(
      (figure) =>
        !this.insideEntity(partners, figure) && !insideAny(symbols, figure.start, figure.end),
    );
    const byStart = <T extends { start: number }>(list: readonly T[]) =>
      [...list].sort((a, b) => a.start - b.start);
    const themesByStart = byStart(themeMatches);
    const titlesByStart = byStart(titles);
    const figuresByStart = byStart(figures);
    const paragraphHasFund = matches.some((match) => match.entry.kind === 'fund');
    const localNames = localPresenceNames(text);
    // Only those who took part in or the event itself carry work over a paragraph break
    // ("与会者回顾了……", "会议还讨论了……"); other openings (该, 这) may point anywhere.
    let previousWork =
      (options.previousParagraphEndsInWork === true && OPENS_ON_THE_EVENT.test(text.trimStart())) ||
      options.continuesAnOffice === true;
    let workSoFar = false;
    const sentences = splitSentences(text, paragraph.footnoteRefs).map((span) => {
      const entities = within(matches, span);
      const sentenceText = text.slice(span.start, span.end);
      let cues: ListCues | undefined;
      const context = {
        partners,
        get listCues() {
          return (cues ??= listCues(sentenceText));
        },
      };
      const named = entities.find(
        (match) => WORK_KINDS.has(match.entry.kind) || this.isMechanism(match),
      );
      // "同年 12 月，国际法院在海牙……举行了……听证", "该协定缔约方会议……在圣地亚哥举行": a sentence
      // whose subject is another body (not OHCHR, not a human rights mechanism) reports that body's
      // doing, not work that goes on with OHCHR's: it neither refers back nor says where.
      const otherBodySubject =
        !named && this.opensOnAnotherBody(sentenceText, span.start, entities);
      const positiveRule = named
        ? `work:${named.entry.kind === 'partner' ? 'mechanism' : named.entry.kind}-named`
        : localNames.some((name) => sentenceText.includes(name))
          ? 'work:presence-named-in-the-paragraph'
          : paragraphHasFund && /该基金|基金董事会|^董事会|基金主席/u.test(sentenceText)
            ? 'work:the-fund'
            : previousWork &&
                !otherBodySubject &&
                (refersBack(sentenceText) || EVENT_FOLLOW_UP.test(sentenceText))
              ? 'work:refers-back'
              : null;
      const negativeRule = positiveRule ? noWorkReason(sentenceText) : null;
      const explicitWork = positiveRule !== null && negativeRule === null;
      const placeTags = (work: boolean) =>
        entities.flatMap((match) => this.entityTag(match, text, span, titles, work, context));
      let entityTags = placeTags(explicitWork);
      // A sentence that says who took part, where or who led, in a paragraph about OHCHR's work, is part of it.
      const structural =
        !explicitWork &&
        !otherBodySubject &&
        negativeRule === null &&
        workSoFar &&
        entityTags.some((tag) => tag.role && STRUCTURAL_ROLES.has(tag.role));
      const work = explicitWork || structural;
      const workRule = explicitWork
        ? (positiveRule ?? '')
        : structural
          ? 'work:who-took-part-or-where'
          : (negativeRule ?? 'work:no-actor');
      if (work !== explicitWork) entityTags = placeTags(work);
      previousWork = work;
      workSoFar ||= work;
      const tags: Tag[] = [
        ...entityTags,
        ...within(themesByStart, span).map((match): Tag => ({
          kind: 'theme',
          start: match.start,
          end: match.end,
          text: match.text,
          ref: match.theme,
          rule: `theme:${match.text}`,
          role: null,
        })),
        ...within(titlesByStart, span).map((title): Tag => ({
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
        workRule,
        figures: within(figuresByStart, span),
      };
    });
    const covered: Span[] = matches;
    const unknownOrganisations = findOrganisationLikeSpans(text, covered).map((span) => ({
      ...span,
      text: text.slice(span.start, span.end),
    }));
    return { paragraph, sentences, unknownOrganisations };
  }

  /** A short generic name ("联合国") running on into more Chinese is part of a longer name. */
  private isPrefixOfLongerName(match: DictionaryMatch, text: string): boolean {
    if (match.entry.kind !== 'partner' || [...match.text].length > 3) return false;
    // Only system-wide names prefix other names ("联合国可持续发展合作框架"); "司法部提供" is the ministry.
    const type = this.partners.get(match.entry.ref ?? '')?.type;
    if (type !== 'un-entity' && type !== 'intergovernmental-body') return false;
    if (!/\p{Script=Han}$/u.test(match.text)) return false;
    const next = text[match.end] ?? '';
    return /\p{Script=Han}/u.test(next) && !AFTER_NAME.test(next);
  }

  /**
   * Whether the sentence, after its leading adverbials ("同年 12 月，", "2024 年 4 月，"), opens on another
   * body: a partner of the dictionary that is neither OHCHR nor a mechanism, a court, or a meeting
   * of a treaty's parties (缔约方会议, 缔约方大会), which are States' meetings; each followed by
   * where it acted (在/于) for a partner or a court.
   */
  private opensOnAnotherBody(
    sentence: string,
    offset: number,
    entities: readonly DictionaryMatch[],
  ): boolean {
    const opening = sentence.trimStart();
    const rest = withoutLeadingAdverbials(opening);
    const subject = offset + (sentence.length - rest.length);
    if (/^(?:该|这一|这项)?[^，。；]{0,12}?缔约方(?:会议|大会)/u.test(rest)) return true;
    // "国际法院在海牙……": a court sitting somewhere, whether or not the dictionary knows it.
    if (/^[^，。；\s]{1,12}?(?:法院|法庭)\s*(?:在|于)/u.test(rest)) return true;
    return entities.some(
      (match) =>
        match.start === subject &&
        match.entry.kind === 'partner' &&
        !this.isMechanism(match) &&
        /^\s*(?:在|于)/u.test(sentence.slice(match.end - offset)),
    );
  }

  private isMechanism(match: DictionaryMatch): boolean {
    return (
      match.entry.kind === 'partner' &&
      this.partners.get(match.entry.ref ?? '')?.type === 'human-rights-mechanism'
    );
  }

  /** "在日本大阪举行的 20 国集团首脑会议": the place hosted another organisation's event. */
  private hostsOthersEvent(
    match: DictionaryMatch,
    text: string,
    partners: readonly DictionaryMatch[],
  ): boolean {
    const after = text.slice(match.end, match.end + 40);
    const verb = /^[^，。；]{0,20}?(?:举行|举办|召开)的/u.exec(after);
    if (!verb) return false;
    const ownerStart = match.end + verb[0].length;
    for (let index = firstStartingAtOrAfter(partners, ownerStart); ; index += 1) {
      const other = partners[index];
      if (!other || other.start > ownerStart + 1) return false;
      if (!this.isMechanism(other)) return true;
    }
  }

  /** Inside a partner's name, or its last two characters' neighbour ("…基金 15 个"). */
  private insideEntity(partners: readonly DictionaryMatch[], figure: FigureMatch): boolean {
    // Only the last partner starting at or before the figure can hold its start.
    const match = partners[firstStartingAtOrAfter(partners, figure.start + 1) - 1];
    return (
      match !== undefined &&
      match.start <= figure.start &&
      figure.end <= match.end + 2 &&
      figure.start < match.end
    );
  }

  private entityTag(
    match: DictionaryMatch,
    text: string,
    sentence: { start: number; end: number },
    titles: readonly Span[],
    work: boolean,
    context: { readonly partners: readonly DictionaryMatch[]; readonly listCues: ListCues },
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
            othersEvent: this.hostsOthersEvent(match, text, context.partners),
            listCues: context.listCues,
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
        return [
          { ...base, kind: 'partner', rule: `dictionary:${entry.source}`, role: null },
          ...this.workThemeTags(base, this.partners.get(entry.ref ?? '')?.workThemes, entry.ref),
        ];
      case 'fund':
        return [{ ...base, kind: 'fund', rule: `dictionary:${entry.source}`, role: null }];
      case 'office':
        return [
          { ...base, kind: 'office', rule: `dictionary:${entry.source}`, role: null },
          ...this.workThemeTags(base, this.officeThemes.get(entry.ref ?? ''), entry.ref),
        ];
      case 'actor':
        return [{ ...base, kind: 'actor', rule: `dictionary:${entry.source}`, role: null }];
    }
  }
}
