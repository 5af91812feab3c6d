import { useId, useState } from 'react';
import { countryRoles } from '../../../domain/index.ts';
import type { CountryRole } from '../../../domain/index.ts';
import { isoDate } from '../../../lib/i18n/locale.ts';
import { useI18n } from '../../../lib/i18n/use-i18n.ts';
import type { MessageKey } from '../../../lib/i18n/messages.ts';
import { downloadBlob, textBlob } from '../../../lib/ui/download.ts';
import type { TagNames } from '../describe-tag.ts';
import {
  choiceKey,
  correctionFileName,
  correctionFileText,
  flagChoices,
  flagCorrection,
} from '../flag-tag-state.ts';
import type { FlagChoice, FlagProblem } from '../flag-tag-state.ts';
import type { RecordReason } from '../provenance-state.ts';
import '../../../lib/ui/tool-button.css';

export interface FlagTagProps {
  readonly report: string;
  readonly paragraph: number;
  readonly reason: RecordReason;
  readonly names: TagNames;
}

/** "Flag a tag of this sentence": a small form that downloads a reviewed-correction file. */
export function FlagTag({ report, paragraph, reason, names }: FlagTagProps) {
  const { t, pick } = useI18n();
  const id = useId();
  const choices = flagChoices(reason);
  const [selected, setSelected] = useState(() => (choices[0] ? choiceKey(choices[0]) : ''));
  const [role, setRole] = useState<CountryRole | ''>('');
  const [why, setWhy] = useState('');
  const [reviewer, setReviewer] = useState('');
  const [problems, setProblems] = useState<readonly FlagProblem[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  if (choices.length === 0) return null;

  const name = (map: ReadonlyMap<string, { zh: string; en: string }>, ref: string) => {
    const found = map.get(ref);
    return found ? pick(found) : ref;
  };
  const label = (choice: FlagChoice) => {
    switch (choice.action) {
      case 'remove-country':
        return t('flag.removeCountry', { country: name(names.countries, choice.country) });
      case 'set-role':
        return t('flag.setRole', { country: name(names.countries, choice.country) });
      case 'remove-theme':
        return t('flag.removeTheme', { theme: name(names.themes, choice.theme) });
      case 'remove-partner':
        return t('flag.removePartner', { partner: name(names.partners, choice.partner) });
    }
  };
  const choice = choices.find((candidate) => choiceKey(candidate) === selected) ?? choices[0];
  const settingRole = choice?.action === 'set-role';
  const submit = () => {
    if (!choice) return;
    const chosen: FlagChoice =
      choice.action === 'set-role' ? { ...choice, role: role === '' ? null : role } : choice;
    const result = flagCorrection({
      report,
      paragraph,
      sentence: reason.sentence,
      choice: chosen,
      reason: why,
      reviewer,
      date: isoDate(new Date()),
    });
    if ('problems' in result) {
      setProblems(result.problems);
      setSaved(null);
      return;
    }
    setProblems([]);
    const file = correctionFileName(result.correction);
    downloadBlob(textBlob(correctionFileText(result.correction), 'application/json'), file);
    setSaved(file);
  };
  const invalid = (problem: FlagProblem) => problems.includes(problem);

  return (
    <details className="flag-tag">
      <summary>{t('flag.open')}</summary>
      <form
        className="flag-tag-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <p className="flag-tag-hint">{t('flag.hint')}</p>
        <label htmlFor={`${id}-what`}>{t('flag.what')}</label>
        <select id={`${id}-what`} value={selected} onChange={(e) => setSelected(e.target.value)}>
          {choices.map((candidate) => (
            <option key={choiceKey(candidate)} value={choiceKey(candidate)}>
              {label(candidate)}
            </option>
          ))}
        </select>
        {settingRole ? (
          <>
            <label htmlFor={`${id}-role`}>{t('flag.role')}</label>
            <select
              id={`${id}-role`}
              value={role}
              aria-invalid={invalid('role')}
              onChange={(e) => setRole(e.target.value as CountryRole | '')}
            >
              <option value="">{t('flag.rolePick')}</option>
              {countryRoles.map((value) => (
                <option key={value} value={value}>
                  {t(`role.${value}` as MessageKey)}
                </option>
              ))}
            </select>
          </>
        ) : null}
        <label htmlFor={`${id}-why`}>{t('flag.reason')}</label>
        <textarea
          id={`${id}-why`}
          rows={2}
          value={why}
          aria-invalid={invalid('reason')}
          onChange={(e) => setWhy(e.target.value)}
        />
        <label htmlFor={`${id}-who`}>{t('flag.reviewer')}</label>
        <input
          id={`${id}-who`}
          value={reviewer}
          autoComplete="name"
          aria-invalid={invalid('reviewer')}
          onChange={(e) => setReviewer(e.target.value)}
        />
        <button type="submit" className="tool-button">
          {t('flag.download')}
        </button>
        <output className="flag-tag-status" aria-live="polite">
          {problems.length > 0
            ? problems.map((problem) => t(`flag.problem.${problem}`)).join(' ')
            : saved
              ? t('flag.done', { file: saved })
              : ''}
        </output>
      </form>
    </details>
  );
}
