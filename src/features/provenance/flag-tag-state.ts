import { correctionsFileSchema } from '../../domain/index.ts';
import type { Correction, CountryRole } from '../../domain/index.ts';
import type { RecordReason } from './provenance-state.ts';

/**
 * "Flag this tag": what a reader can say is wrong with a sentence's tags, as a reviewed correction
 * in the format of data/review/corrections.json. The static app cannot write that file; it gives
 * the correction as a file to add there (the README says how), and prep applies and reports it.
 */
export type FlagChoice =
  | { readonly action: 'remove-country'; readonly country: string }
  | { readonly action: 'set-role'; readonly country: string; readonly role: CountryRole | null }
  | { readonly action: 'remove-theme'; readonly theme: string }
  | { readonly action: 'remove-partner'; readonly partner: string };

/** Every flag a sentence's tags allow: each country named (or its role), each theme, each partner. */
export function flagChoices(reason: RecordReason): FlagChoice[] {
  const countries = [
    ...new Set(reason.places.flatMap((place) => (place.iso3 === null ? [] : [place.iso3]))),
  ];
  return [
    ...countries.flatMap((country): FlagChoice[] => [
      { action: 'remove-country', country },
      { action: 'set-role', country, role: null },
    ]),
    ...reason.themes.map((theme): FlagChoice => ({ action: 'remove-theme', theme })),
    ...reason.partners.map((partner): FlagChoice => ({ action: 'remove-partner', partner })),
  ];
}

/** A stable key for a choice (a select's value). */
export function choiceKey(choice: FlagChoice): string {
  switch (choice.action) {
    case 'remove-country':
    case 'set-role':
      return `${choice.action}:${choice.country}`;
    case 'remove-theme':
      return `${choice.action}:${choice.theme}`;
    case 'remove-partner':
      return `${choice.action}:${choice.partner}`;
  }
}

export interface FlagInput {
  readonly report: string;
  readonly paragraph: number;
  readonly sentence: number;
  readonly choice: FlagChoice;
  readonly reason: string;
  readonly reviewer: string;
  /** The day of the review, "YYYY-MM-DD". */
  readonly date: string;
}

export type FlagProblem = 'reason' | 'reviewer' | 'role';

/** The correction, or what is missing for one (a reason of at least 10 characters, a reviewer, a role). */
export function flagCorrection(
  input: FlagInput,
): { correction: Correction } | { problems: FlagProblem[] } {
  const reason = input.reason.trim();
  const reviewer = input.reviewer.trim();
  const problems: FlagProblem[] = [];
  if ([...reason].length < 10) problems.push('reason');
  if (reviewer.length === 0) problems.push('reviewer');
  if (input.choice.action === 'set-role' && input.choice.role === null) problems.push('role');
  if (problems.length > 0) return { problems };
  const { choice } = input;
  const target =
    choice.action === 'remove-theme'
      ? choice.theme
      : choice.action === 'remove-partner'
        ? choice.partner
        : choice.country;
  const symbol = input.report.replace(/[^A-Za-z0-9]+/gu, '-');
  const correction: Correction = {
    id: `${symbol}-p${input.paragraph}-s${input.sentence}-${choice.action}-${target}`,
    report: input.report,
    paragraph: input.paragraph,
    sentence: input.sentence,
    action: choice.action,
    ...(choice.action === 'remove-country' ? { country: choice.country } : {}),
    ...(choice.action === 'set-role'
      ? { country: choice.country, role: choice.role ?? undefined }
      : {}),
    ...(choice.action === 'remove-theme' ? { theme: choice.theme } : {}),
    ...(choice.action === 'remove-partner' ? { partner: choice.partner } : {}),
    reason,
    reviewer,
    date: input.date,
  };
  return { correction };
}

const ABOUT =
  'A correction flagged in the OHCHR activities dashboard. Add the entry under "corrections" to data/review/corrections.json, run npm run prep, and read its line under "Reviewed corrections" in public/data/prep-report.md.';

/** The file to download: a whole corrections file (schema-checked) holding the one correction. */
export function correctionFileText(correction: Correction): string {
  const file = correctionsFileSchema.parse({ about: ABOUT, corrections: [correction] });
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** "correction-A_HRC_44_28-p36-s2-remove-theme-civic-space.json". */
export function correctionFileName(correction: Correction): string {
  return `correction-${correction.id.replace(/[^A-Za-z0-9_-]+/gu, '_')}.json`;
}
