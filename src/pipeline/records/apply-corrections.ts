import type { ActivityRecord } from '../../domain/activities.ts';
import type { Correction } from '../../domain/corrections.ts';
import type { Country } from '../../domain/reference.ts';

export interface CorrectionOutcome {
  readonly correction: Correction;
  /** How many records it changed; 0 means it no longer matches anything (stale). */
  readonly changed: number;
}

/** Applies reviewed corrections last, so that they win over every automatic rule. */
export function applyCorrections(
  records: readonly ActivityRecord[],
  corrections: readonly Correction[],
  countries: ReadonlyMap<string, Country>,
): { records: ActivityRecord[]; outcomes: CorrectionOutcome[] } {
  let current = [...records];
  const outcomes = corrections.map((correction) => {
    const targets = (record: ActivityRecord) =>
      record.report === correction.report &&
      record.paragraph === correction.paragraph &&
      (correction.sentence === null || record.sentence === correction.sentence);
    let changed = 0;
    const edit = (record: ActivityRecord, change: Partial<ActivityRecord>): ActivityRecord => {
      changed += 1;
      return { ...record, ...change };
    };
    switch (correction.action) {
      case 'remove-country': {
        const before = current.length;
        current = current.filter(
          (record) => !(targets(record) && record.country === correction.country),
        );
        changed = before - current.length;
        break;
      }
      case 'set-role':
        current = current.map((record) =>
          targets(record) && record.country === correction.country
            ? edit(record, { role: correction.role ?? null })
            : record,
        );
        break;
      case 'add-country': {
        const template = current.find((record) => targets(record));
        const country = countries.get(correction.country ?? '');
        if (
          template &&
          country &&
          !current.some(
            (r) => targets(r) && r.country === country.iso3 && r.sentence === template.sentence,
          )
        ) {
          current.push({
            ...template,
            id: `${template.report}:${template.paragraph}:${template.sentence}:${country.iso3}`,
            country: country.iso3,
            role: correction.role ?? 'activity',
            region: country.region?.code ?? null,
            subregion: country.subregion?.code ?? null,
            placeInherited: false,
          });
          changed = 1;
        }
        break;
      }
      case 'remove-partner':
      case 'add-partner':
      case 'remove-theme':
      case 'add-theme': {
        const field = correction.action.endsWith('partner') ? 'partners' : 'themes';
        const value = correction.partner ?? correction.theme ?? '';
        const adding = correction.action.startsWith('add');
        current = current.map((record) => {
          if (!targets(record) || record[field].includes(value) === adding) return record;
          const list = adding
            ? [...record[field], value].sort()
            : record[field].filter((item) => item !== value);
          return edit(record, { [field]: list });
        });
        break;
      }
    }
    return { correction, changed };
  });
  return { records: current, outcomes };
}
