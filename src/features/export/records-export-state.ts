import type { ActivityRecord, Paragraph, ReferenceFile } from '../../domain/index.ts';
import { bracketFootnoteMarkers } from '../../lib/citation/citation.ts';
import { translate } from '../../lib/i18n/messages.ts';
import type { Language, MessageKey } from '../../lib/i18n/messages.ts';

export type Cell = string | number;

interface Column {
  readonly key: string;
  readonly hxl: string;
  readonly value: (record: ActivityRecord) => Cell;
}

function lookups(reference: ReferenceFile, language: Language) {
  const countries = new Map(reference.countries.map((c) => [c.iso3, c.names[language]]));
  const areas = new Map<string, string>();
  for (const country of reference.countries) {
    for (const area of [country.region, country.subregion]) {
      if (area) areas.set(area.code, area[language]);
    }
  }
  const themes = new Map(reference.themes.map((theme) => [theme.id, theme.labels[language]]));
  const partners = new Map(reference.partners.map((p) => [p.id, p.names[language]]));
  const offices = new Map(
    reference.officeTypes.map((office) => [office.id as string, office.labels[language]]),
  );
  return { countries, areas, themes, partners, offices };
}

/** Lists inside a cell: "; " keeps commas free for names such as "Bolivia (Plurinational State of)". */
const join = (values: readonly string[]) => values.join('; ');

function columns(
  reference: ReferenceFile,
  language: Language,
  sentenceText: (record: ActivityRecord) => string,
): Column[] {
  const names = lookups(reference, language);
  const t = (key: MessageKey) => translate(language, key);
  return [
    { key: 'export.col.id', hxl: '#meta+id', value: (r) => r.id },
    { key: 'export.col.report', hxl: '#meta+source', value: (r) => r.report },
    { key: 'export.col.paragraph', hxl: '#meta+paragraph', value: (r) => r.paragraph },
    { key: 'export.col.countryCode', hxl: '#country+code', value: (r) => r.country ?? '' },
    {
      key: 'export.col.country',
      hxl: '#country+name',
      value: (r) => (r.country ? (names.countries.get(r.country) ?? r.country) : ''),
    },
    { key: 'export.col.roleCode', hxl: '#meta+role+code', value: (r) => r.role ?? '' },
    {
      key: 'export.col.role',
      hxl: '#meta+role+name',
      value: (r) => (r.role ? t(`role.${r.role}` as MessageKey) : ''),
    },
    { key: 'export.col.regionCode', hxl: '#region+code', value: (r) => r.region ?? '' },
    {
      key: 'export.col.region',
      hxl: '#region+name',
      value: (r) => (r.region ? (names.areas.get(r.region) ?? r.region) : ''),
    },
    { key: 'export.col.officeTypeCode', hxl: '#org+type+code', value: (r) => r.officeType ?? '' },
    {
      key: 'export.col.officeType',
      hxl: '#org+type+name',
      value: (r) => (r.officeType ? (names.offices.get(r.officeType) ?? r.officeType) : ''),
    },
    { key: 'export.col.themeIds', hxl: '#sector+code', value: (r) => join(r.themes) },
    {
      key: 'export.col.themes',
      hxl: '#sector+name',
      value: (r) => join(r.themes.map((id) => names.themes.get(id) ?? id)),
    },
    { key: 'export.col.partnerIds', hxl: '#org+code', value: (r) => join(r.partners) },
    {
      key: 'export.col.partners',
      hxl: '#org+name',
      value: (r) => join(r.partners.map((id) => names.partners.get(id) ?? id)),
    },
    {
      key: 'export.col.sentence',
      hxl: '#activity+description',
      value: sentenceText,
    },
  ];
}

export interface RecordTable {
  readonly header: string[];
  /** HXL hashtags, one per column (the second row of an HXL file). */
  readonly hashtags: string[];
  readonly rows: Cell[][];
}

/** A record's sentence with the footnote markers of its paragraph bracketed ("项目，[5] 与"). */
export function sentenceTextOf(
  paragraphs: readonly Paragraph[],
): (record: ActivityRecord) => string {
  const markers = new Map(
    paragraphs.map((paragraph) => [
      `${paragraph.report}\u0000${paragraph.number}`,
      paragraph.footnoteRefs,
    ]),
  );
  return (record) =>
    bracketFootnoteMarkers(
      record.evidence.sentence,
      markers.get(`${record.report}\u0000${record.paragraph}`) ?? [],
      record.evidence.sentenceStart,
    );
}

/** The records as a table: names in the chosen language beside the codes, the ¶ and the sentence. */
export function recordTable(
  records: readonly ActivityRecord[],
  reference: ReferenceFile,
  language: Language,
  /** The paragraphs, so that footnote markers in a sentence are bracketed ("项目，[5] 与"). */
  paragraphs: readonly Paragraph[] = [],
): RecordTable {
  const sentenceText = sentenceTextOf(paragraphs);
  const all = columns(reference, language, sentenceText);
  return {
    header: all.map((column) => translate(language, column.key as MessageKey)),
    hashtags: all.map((column) => column.hxl),
    rows: records.map((record) => all.map((column) => column.value(record))),
  };
}

/** Header, then the rows. */
export function recordCsvRows(table: RecordTable): Cell[][] {
  return [table.header, ...table.rows];
}

/** Header, the HXL hashtag row, then the rows (https://hxlstandard.org/standard/1-1final/). */
export function recordHxlRows(table: RecordTable): Cell[][] {
  return [table.header, table.hashtags, ...table.rows];
}
