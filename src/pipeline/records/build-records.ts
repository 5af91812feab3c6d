import type { ActivityRecord, CountryRole, Tag } from '../../domain/activities.ts';
import type { Figure } from '../../domain/figures.ts';
import { recordId } from '../../domain/records.ts';
import type { Country, OfficeTypeId, Partner, Theme } from '../../domain/reference.ts';
import type { FieldPresence } from '../tag/reference-input.ts';
import type { TaggedParagraph, TaggedSentence } from '../tag/tag-paragraph.ts';
import type { NamedOffice } from './named-office.ts';

/** When a sentence names a country twice in different roles, the record keeps the strongest. */
const ROLE_STRENGTH: readonly CountryRole[] = [
  'activity',
  'mechanism',
  'venue',
  'participant',
  'lead',
  'mention',
];

/** "在哥伦比亚，..." or "乌克兰人权监测团 ..." at a sentence start: the place governs what follows. */
const GOVERNING = /^(?:在|于)[^，。；]{1,40}[，,]/u;

export interface RecordContext {
  readonly countries: ReadonlyMap<string, Country>;
  readonly themes: ReadonlyMap<string, Theme>;
  readonly partners: ReadonlyMap<string, Partner>;
  /** Per-country instances of generic bodies, filled as records name them. */
  readonly derived: Map<string, Partner>;
  /** OHCHR's presences in the report's year, by country (a reviewed list). */
  readonly presences?: ReadonlyMap<string, FieldPresence>;
}

/** The per-country instance of a generic body, registered in `context.derived` on first use. */
function perCountryPartner(id: string, iso3: string, context: RecordContext): string {
  const base = context.partners.get(id);
  const country = context.countries.get(iso3);
  if (!base?.perCountry || !country) return id;
  const derived = `${id}--${iso3.toLowerCase()}`;
  if (!context.derived.has(derived)) {
    context.derived.set(derived, {
      ...base,
      id: derived,
      names: {
        zh: `${base.names.zh}（${country.names.zh}）`,
        en: `${base.names.en} (${country.names.en})`,
      },
      acronyms: [],
      aliases: [],
      country: iso3,
      perCountry: false,
      instanceOf: id,
    });
  }
  return derived;
}

/** "举行了这些研讨会", "该项目还……": the sentence names the work the one before reported. */
const NAMES_WORK_JUST_REPORTED =
  /(?:这些|这次|此次|该|上述|这一|这项|这个)(?:研讨会|讲习班|会议|磋商|培训班|培训|活动|模块|单元|项目|课程|对话|论坛|讨论会|方案|倡议|访问|评估|研究|工具)/u;

export function buildRecords(
  tagged: readonly TaggedParagraph[],
  context: RecordContext,
  /** The office each paragraph goes on with ("该办事处……"), decided when it was tagged. */
  offices: ReadonlyMap<TaggedParagraph, NamedOffice> = new Map(),
): ActivityRecord[] {
  return tagged.flatMap((paragraph) =>
    paragraphRecords(paragraph, context, offices.get(paragraph) ?? null),
  );
}

function paragraphRecords(
  { paragraph, sentences }: TaggedParagraph,
  context: RecordContext,
  /** The office of the paragraph before, which this one goes on with. */
  carried: NamedOffice | null = null,
): ActivityRecord[] {
  const records: ActivityRecord[] = [];
  let governing: string[] = carried ? [carried.iso3] : [];
  let governingSentence: number | null = null;
  let placeFromParagraph: number | null = carried ? carried.paragraph : null;
  let paragraphOffice: OfficeTypeId | null = carried ? 'country-office' : null;
  let officeFromCarried = carried !== null;
  /** The topic of the last sentence that reported work: what a sentence referring back goes on with. */
  let topic: { sentence: number; themes: string[]; partners: string[] } | null = null;
  for (const sentence of sentences) {
    const places = placeRoles(sentence);
    const namedPlaces = [...places].filter(([, role]) => role !== 'mention').map(([iso3]) => iso3);
    const governs = governingPlaces(sentence, namedPlaces);
    if (governs.length > 0) {
      governing = governs;
      governingSentence = sentence.index;
      placeFromParagraph = null;
    } else if (namedPlaces.length > 0 && !namedPlaces.every((iso3) => governing.includes(iso3))) {
      governing = [];
      placeFromParagraph = null;
    }
    const namedOffice = officeOf(sentence);
    const office = namedOffice ?? paragraphOffice;
    const officeRule = namedOffice
      ? 'office:named-in-sentence'
      : paragraphOffice
        ? officeFromCarried
          ? 'office:named-in-paragraph-before'
          : 'office:named-earlier-in-paragraph'
        : null;
    if (namedOffice) {
      paragraphOffice = namedOffice;
      officeFromCarried = false;
    }
    if (!sentence.work) continue;

    const inherited = namedPlaces.length === 0 && governing.length > 0;
    const targets: [string | null, CountryRole | null, boolean][] = [...places].map(
      ([iso3, role]) => [iso3, role, false],
    );
    if (namedPlaces.length === 0) {
      if (inherited)
        targets.push(
          ...governing.map((iso3): [string, CountryRole, boolean] => [iso3, 'activity', true]),
        );
      else targets.push([null, null, false]);
    }
    const themes = themesOf(sentence, context.themes);
    const organisations = unique(
      sentence.tags.filter((tag) => tag.kind === 'partner').map((tag) => tag.ref ?? ''),
    );
    const isMechanism = (id: string) => context.partners.get(id)?.type === 'human-rights-mechanism';
    // A generic body (司法部) is that of the one country the sentence or its paragraph is about.
    const owner =
      governing.length === 1 ? governing[0] : namedPlaces.length === 1 ? namedPlaces[0] : null;
    const partners = organisations
      .filter((id) => !isMechanism(id))
      .map((id) => (owner ? perCountryPartner(id, owner, context) : id));
    const mechanisms = organisations.filter(isMechanism);
    // "这次研讨会讨论了……", "该模块包括……": a sentence that goes on with the work just reported and
    // names no topic of its own is about that work's topic; its partners too, when it names none.
    const ownSpecific = themes.some((id) => context.themes.get(id)?.parent);
    const refersBack =
      sentence.workRule === 'work:refers-back' || NAMES_WORK_JUST_REPORTED.test(sentence.text);
    const inheritsTopic: boolean = refersBack && topic !== null && !ownSpecific;
    const recordThemes: string[] =
      inheritsTopic && topic ? unique([...themes, ...topic.themes]).sort() : themes;
    const recordPartners: string[] =
      inheritsTopic && topic && partners.length === 0 ? topic.partners : partners;
    const topicFrom: number | null = inheritsTopic && topic ? topic.sentence : null;
    topic = {
      sentence: topicFrom ?? sentence.index,
      themes: recordThemes,
      partners: recordPartners,
    };
    for (const [iso3, role, placeInherited] of targets) {
      // One record per country: a country named in two roles keeps its strongest (ROLE_STRENGTH).
      const country = iso3 ? context.countries.get(iso3) : undefined;
      records.push({
        id: recordId(paragraph.report, paragraph.number, sentence.index, iso3),
        report: paragraph.report,
        paragraph: paragraph.number,
        sentence: sentence.index,
        country: iso3,
        role,
        region: country?.region?.code ?? null,
        subregion: country?.subregion?.code ?? null,
        ...officeFor(office, officeRule, iso3, role, sentence, context),
        themes: recordThemes,
        partners: recordPartners,
        mechanisms,
        placeInherited,
        workRule: sentence.workRule,
        placeFrom: placeInherited ? governingSentence : null,
        ...(placeInherited && placeFromParagraph !== null ? { placeFromParagraph } : {}),
        topicFrom,
        evidence: { sentence: sentence.text, sentenceStart: sentence.start, spans: sentence.tags },
      });
    }
  }
  return records;
}

/** The office type of a record, with why: named, inherited in the paragraph, or the reviewed list. */
function officeFor(
  office: OfficeTypeId | null,
  rule: string | null,
  iso3: string | null,
  role: CountryRole | null,
  sentence: TaggedSentence,
  context: RecordContext,
): { officeType: OfficeTypeId | null; officeRule: string | null } {
  if (office) return { officeType: office, officeRule: rule };
  if (iso3 === null && hasActor(sentence)) {
    return { officeType: 'headquarters', officeRule: 'office:ohchr-with-no-place' };
  }
  const presence = iso3 && role === 'activity' ? context.presences?.get(iso3) : undefined;
  if (presence) {
    return { officeType: presence.officeType, officeRule: `office:reviewed-list-${presence.year}` };
  }
  return { officeType: null, officeRule: null };
}

function placeRoles(sentence: TaggedSentence): Map<string, CountryRole> {
  const roles = new Map<string, CountryRole>();
  for (const tag of sentence.tags) {
    if ((tag.kind !== 'country' && tag.kind !== 'city') || !tag.ref || !tag.role) continue;
    const current = roles.get(tag.ref);
    if (!current || ROLE_STRENGTH.indexOf(tag.role) < ROLE_STRENGTH.indexOf(current))
      roles.set(tag.ref, tag.role);
  }
  return roles;
}

function governingPlaces(sentence: TaggedSentence, named: readonly string[]): string[] {
  const opening = GOVERNING.exec(sentence.text);
  const firstClauseEnd =
    sentence.start + (sentence.text.search(/[，。；]/u) + 1 || sentence.text.length);
  const places = sentence.tags.filter(
    (tag) => (tag.kind === 'country' || tag.kind === 'city') && tag.role !== 'mention' && tag.ref,
  );
  // "在 X，..." at the start, or "X 国别办事处" / "X 人权监测团" as the subject of the first clause.
  const governing = opening
    ? places.filter((tag) => tag.end <= sentence.start + opening[0].length)
    : places.filter(
        (tag) =>
          tag.end <= firstClauseEnd &&
          sentence.tags.some((office) => office.kind === 'office' && office.start === tag.end),
      );
  return unique(governing.map((tag) => tag.ref ?? '')).filter((iso3) => named.includes(iso3));
}

function officeOf(sentence: TaggedSentence): OfficeTypeId | null {
  const tag = sentence.tags.find((candidate) => candidate.kind === 'office');
  return (tag?.ref as OfficeTypeId | undefined) ?? null;
}

function hasActor(sentence: TaggedSentence): boolean {
  return sentence.tags.some((tag: Tag) => tag.kind === 'actor');
}

function themesOf(sentence: TaggedSentence, themes: ReadonlyMap<string, Theme>): string[] {
  const ids = sentence.tags.filter((tag) => tag.kind === 'theme').map((tag) => tag.ref ?? '');
  const withPillars = ids.flatMap((id) => {
    const parent = themes.get(id)?.parent;
    return parent ? [id, parent] : [id];
  });
  return unique(withPillars).sort();
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

const YEAR = /(19|20)\d{2}(?=\s*年)/gu;

/** Figures with the year and fund that the sentence (or, for the fund, its paragraph) ties them to. */
export function buildFigures(tagged: readonly TaggedParagraph[]): Figure[] {
  return tagged.flatMap(({ paragraph, sentences }) => {
    // A fund that is the subject of a sentence ("参与普遍定期审议自愿基金自设立以来，...") is what
    // the rest of its paragraph counts for, until another fund is named.
    let paragraphFund: string | null = null;
    return sentences.flatMap((sentence) => {
      const fundTag = sentence.tags.find((tag) => tag.kind === 'fund');
      if (fundTag?.ref && (fundTag.start === sentence.start || paragraphFund !== null))
        paragraphFund = fundTag.ref;
      const fund = fundTag?.ref ?? paragraphFund;
      const years = [...sentence.text.matchAll(YEAR)];
      return sentence.figures.map((figure, index): Figure => {
        const before = years.filter((year) => sentence.start + year.index < figure.start).pop();
        const year = before ?? years[0];
        return {
          id: `${paragraph.report}:${paragraph.number}:${sentence.index}:figure-${index}`,
          report: paragraph.report,
          paragraph: paragraph.number,
          sentence: sentence.index,
          value: figure.value,
          qualifier: figure.qualifier,
          counts: figure.counts,
          countsText: figure.countsText,
          fund,
          year: year ? Number(year[0]) : null,
          start: figure.start,
          end: figure.end,
          text: figure.text,
        };
      });
    });
  });
}
