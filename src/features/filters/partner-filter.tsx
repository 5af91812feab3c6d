import { useId, useState } from 'react';
import type { ReferenceFile } from '../../domain/index.ts';
import { useI18n } from '../../lib/i18n/use-i18n.ts';
import { matchPartners } from './filter-options-state.ts';
import type { FilterOption } from './filter-options-state.ts';
import { FilterSelect } from './filter-select.tsx';

interface PartnerFilterProps {
  readonly reference: ReferenceFile;
  readonly options: readonly FilterOption[];
  readonly value: string | null;
  readonly onChange: (value: string | null) => void;
}

/** A find box that narrows the partner list (names in both languages, acronyms, aliases). */
export function PartnerFilter({ reference, options, value, onChange }: PartnerFilterProps) {
  const { t, formatNumber } = useI18n();
  const [query, setQuery] = useState('');
  const findId = useId();
  const selectId = useId();
  const statusId = useId();
  const shown = matchPartners(options, reference, query, value);
  return (
    <div className="filter-partner">
      <div className="filter-field">
        <label htmlFor={findId}>{t('filters.findPartner')}</label>
        <input
          id={findId}
          type="search"
          value={query}
          autoComplete="off"
          aria-controls={selectId}
          aria-describedby={statusId}
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      <FilterSelect
        id={selectId}
        label={t('filters.partner')}
        value={value}
        options={shown}
        onChange={onChange}
        describedBy={statusId}
      />
      <p id={statusId} className="filter-hint" aria-live="polite">
        {query.trim() === ''
          ? null
          : t('filters.partnerMatches', {
              count: formatNumber(shown.length),
              total: formatNumber(options.length),
            })}
      </p>
    </div>
  );
}
