import { useEffect, useRef } from 'react';
import type { FilterKey } from '../../lib/filters/filter-state.ts';
import { useI18n } from '../../lib/i18n/use-i18n.ts';
import type { Chip } from './filter-labels-state.ts';

interface ActiveFiltersProps {
  readonly chips: readonly Chip[];
  readonly matching: number;
  readonly onRemove: (key: FilterKey) => void;
  readonly onClearAll: () => void;
  /** Where focus goes when the last chip disappears. */
  readonly fallbackFocus: () => void;
}

/** The matching-record count, a removable chip per active filter, and "Clear all filters". */
export function ActiveFilters({
  chips,
  matching,
  onRemove,
  onClearAll,
  fallbackFocus,
}: ActiveFiltersProps) {
  const { t } = useI18n();
  const buttons = useRef(new Map<FilterKey, HTMLButtonElement>());
  // After a removal, focus moves to the chip that took its place rather than being lost.
  const focusAt = useRef<number | null>(null);
  useEffect(() => {
    if (focusAt.current === null) return;
    const next = chips[Math.min(focusAt.current, chips.length - 1)];
    focusAt.current = null;
    if (next) buttons.current.get(next.key)?.focus();
    else fallbackFocus();
  }, [chips, fallbackFocus]);

  return (
    <div className="active-filters">
      <p className="filters-matching" aria-live="polite">
        {t('filters.matching', { count: matching })}
      </p>
      {chips.length > 0 && (
        <>
          <ul className="filter-chips" aria-label={t('filters.active')}>
            {chips.map((chip, index) => (
              <li key={chip.key} className="filter-chip">
                <span>{chip.label}</span>
                <button
                  type="button"
                  ref={(element) => {
                    if (element) buttons.current.set(chip.key, element);
                    else buttons.current.delete(chip.key);
                  }}
                  aria-label={t('filters.remove', { label: chip.label })}
                  title={t('filters.remove', { label: chip.label })}
                  onClick={() => {
                    onRemove(chip.key);
                    focusAt.current = index;
                  }}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="filters-clear"
            onClick={() => {
              onClearAll();
              focusAt.current = 0;
            }}
          >
            {t('filters.clearAll')}
          </button>
        </>
      )}
    </div>
  );
}
