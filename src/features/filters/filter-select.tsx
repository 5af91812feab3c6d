import { useId } from 'react';
import { useI18n } from '../../lib/i18n/use-i18n.ts';
import type { FilterOption, OptionGroup } from './filter-options-state.ts';

interface FilterSelectProps {
  readonly label: string;
  readonly value: string | null;
  readonly onChange: (value: string | null) => void;
  readonly options?: readonly FilterOption[];
  /** Options under group headings (themes under their pillar). */
  readonly groups?: readonly OptionGroup[];
  readonly id?: string;
  readonly describedBy?: string;
}

/** A labelled native select: "Any" plus each value with the records it would give. */
export function FilterSelect({
  label,
  value,
  onChange,
  options,
  groups,
  id,
  describedBy,
}: FilterSelectProps) {
  const { t, formatNumber } = useI18n();
  const ownId = useId();
  const selectId = id ?? ownId;
  const option = (o: FilterOption) => (
    <option key={o.value} value={o.value}>
      {t('filters.option', { label: o.label, count: formatNumber(o.count) })}
    </option>
  );
  return (
    <div className="filter-field">
      <label htmlFor={selectId}>{label}</label>
      <select
        id={selectId}
        value={value ?? ''}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
      >
        <option value="">{t('filters.any')}</option>
        {options?.map(option)}
        {groups?.map((group) => (
          <optgroup key={group.id} label={group.label}>
            {group.options.map(option)}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
