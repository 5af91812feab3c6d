import { useCombobox } from 'downshift';
import { useId, useState } from 'react';
import type { ReferenceFile } from '../../domain/index.ts';
import { useI18n } from '../../lib/i18n/use-i18n.ts';
import { matchPartners } from './filter-options-state.ts';
import type { FilterOption } from './filter-options-state.ts';
import { partnerStateReducer } from './partner-combobox-state.ts';

interface PartnerFilterProps {
  readonly reference: ReferenceFile;
  readonly options: readonly FilterOption[];
  readonly value: string | null;
  readonly onChange: (value: string | null) => void;
}

/**
 * One combobox (WAI-ARIA 1.2, by downshift): typing narrows the partners by any of their names in
 * both languages, acronyms and aliases; the arrow keys move, Enter picks and filters, Escape closes.
 */
export function PartnerFilter({ reference, options, value, onChange }: PartnerFilterProps) {
  const { t, formatNumber } = useI18n();
  const statusId = useId();
  const inputId = useId();
  // What the user typed since the list opened (null: every partner). The box itself is downshift's:
  // a value held here would reach the input a render late and lose keystrokes.
  const [query, setQuery] = useState<string | null>(null);
  const selected = options.find((option) => option.value === value) ?? null;
  const shown = query === null ? [...options] : matchPartners(options, reference, query, null);
  const combobox = useCombobox<FilterOption>({
    items: shown,
    inputId,
    itemToString: (item) => item?.label ?? '',
    itemToKey: (item) => item?.value,
    selectedItem: selected,
    initialInputValue: selected?.label ?? '',
    defaultHighlightedIndex: 0,
    stateReducer: partnerStateReducer,
    onInputValueChange: ({ type, inputValue }) => {
      if (type === useCombobox.stateChangeTypes.InputChange) setQuery(inputValue);
    },
    onIsOpenChange: ({ isOpen }) => {
      if (!isOpen) setQuery(null);
    },
    onSelectedItemChange: ({ selectedItem }) => {
      setQuery(null);
      onChange(selectedItem?.value ?? null);
    },
  });
  const { isOpen, highlightedIndex, getLabelProps, getInputProps, getMenuProps, getItemProps } =
    combobox;
  const clear = () => {
    setQuery(null);
    onChange(null);
    document.getElementById(inputId)?.focus();
  };
  return (
    <div className="filter-field filter-partner">
      <label {...getLabelProps()}>{t('filters.partner')}</label>
      <div className="filter-combobox">
        <input
          {...getInputProps({ 'aria-describedby': statusId })}
          placeholder={t('filters.partnerPlaceholder')}
          autoComplete="off"
        />
        <button
          type="button"
          className="filter-combobox-toggle"
          {...combobox.getToggleButtonProps({ 'aria-label': t('filters.partnerList') })}
        >
          ▾
        </button>
        {selected ? (
          <button
            type="button"
            className="filter-combobox-clear"
            aria-label={t('filters.partnerClear', { partner: selected.label })}
            onClick={clear}
          >
            ×
          </button>
        ) : null}
        <ul className="filter-combobox-list" {...getMenuProps()} hidden={!isOpen}>
          {isOpen
            ? shown.map((option, index) => (
                <li
                  key={option.value}
                  className={[
                    index === highlightedIndex ? 'is-highlighted' : '',
                    option.value === value ? 'is-current' : '',
                  ].join(' ')}
                  {...getItemProps({ item: option, index })}
                >
                  {t('filters.option', { label: option.label, count: formatNumber(option.count) })}
                </li>
              ))
            : null}
        </ul>
      </div>
      <p id={statusId} className="filter-hint" aria-live="polite">
        {query === null || query.trim() === ''
          ? null
          : shown.length === 0
            ? t('filters.partnerNone')
            : t('filters.partnerMatches', {
                count: formatNumber(shown.length),
                total: formatNumber(options.length),
              })}
      </p>
    </div>
  );
}
