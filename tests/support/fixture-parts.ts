import type { Country, Paragraph, ParagraphsFile } from '../../src/domain/index.ts';

/** What the hand-made test files share: the report, file metadata, paragraphs and countries. */
export const FIXTURE_REPORT = 'A/HRC/44/28';

export function fixtureMeta(generatedBy: string, hashDigit: string, generatedAt: string) {
  return {
    schemaVersion: 1 as const,
    generatedBy,
    generatedAt,
    sources: [{ symbol: FIXTURE_REPORT, sha256: hashDigit.repeat(64) }],
  };
}

type ReportEntry = ParagraphsFile['reports'][number];

export function fixtureReportEntry(
  counts: { readonly paragraphCount: number; readonly footnoteCount: number },
  title: { readonly zh: string; readonly titleBlock?: readonly string[] } = {
    zh: '落实和加强人权领域的国际合作',
  },
): ReportEntry {
  return {
    symbol: FIXTURE_REPORT,
    registry: {
      language: 'zh',
      session: 44,
      year: 2020,
      title: {
        zh: title.zh,
        en: 'Enhancement of international cooperation in the field of human rights',
      },
    },
    titleBlock: [...(title.titleBlock ?? ['落实和加强人权领域的国际合作'])],
    title: '落实和加强人权领域的国际合作',
    summary: null,
    ...counts,
    crossReferences: [],
  };
}

export function fixtureParagraph(number: number, section: readonly string[], text: string) {
  return {
    report: FIXTURE_REPORT,
    number,
    section: [...section],
    text,
    footnotes: [],
    footnoteRefs: [],
    numberSource: 'recovered' as const,
    lines: { first: number * 10, last: number * 10 + 5 },
  } satisfies Paragraph;
}

/** A country with the fields tests care about; every other field empty or false. */
export function fixtureCountry(
  fields: Pick<Country, 'iso3' | 'names'> & Partial<Omit<Country, 'names'>>,
): Country {
  return {
    iso2: fields.iso3.slice(0, 2),
    isoNumeric: null,
    m49: '000',
    aliases: [],
    region: null,
    subregion: null,
    ldc: false,
    lldc: false,
    sids: false,
    status: 'member',
    capital: null,
    centroid: null,
    ...fields,
  };
}
