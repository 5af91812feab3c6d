import { officeBreakdownParts } from '../../domain/index.ts';
import type { OfficeBreakdown, OfficeTypeId, ReferenceFile } from '../../domain/index.ts';
import type { Language } from '../../lib/i18n/messages.ts';

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
  return officeBreakdownParts.map(([field, officeType]) => ({
    officeType,
    label: labels.get(officeType)?.[language] ?? officeType,
    count: breakdown[field],
  }));
}

export { presenceTable } from '../../lib/figures/presence-table.ts';
export type { PresenceColumn, PresenceTable } from '../../lib/figures/presence-table.ts';
