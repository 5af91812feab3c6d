import type { OfficeBreakdown, OfficeTypeId, ReferenceFile } from '../../domain/index.ts';
import type { Language } from '../../lib/i18n/messages.ts';

/** Which part of the stated breakdown counts which office type. */
const parts = [
  ['countryOffices', 'country-office'],
  ['peaceMissionComponents', 'peace-mission-component'],
  ['regionalOffices', 'regional-office'],
  ['humanRightsAdvisers', 'human-rights-adviser'],
  ['otherPresences', 'other-presence'],
] as const satisfies readonly (readonly [keyof OfficeBreakdown, OfficeTypeId])[];

export interface PresenceRow {
  readonly officeType: OfficeTypeId;
  readonly label: string;
  readonly count: number;
}

export function presenceRows(
  breakdown: OfficeBreakdown,
  reference: ReferenceFile,
  language: Language,
): PresenceRow[] {
  const labels = new Map(reference.officeTypes.map((office) => [office.id, office.labels]));
  return parts.map(([field, officeType]) => ({
    officeType,
    label: labels.get(officeType)?.[language] ?? officeType,
    count: breakdown[field],
  }));
}

/** The sum of the parts, to show beside the stated total. */
export function sumOfParts(rows: readonly PresenceRow[]): number {
  return rows.reduce((sum, row) => sum + row.count, 0);
}
