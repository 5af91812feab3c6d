import { useCallback, useDeferredValue, useId, useMemo, useRef } from 'react';
import type { DashboardData } from '../../lib/data/queries.ts';
import { activeFilters } from '../../lib/filters/filter-state.ts';
import type { FilterControls } from '../../lib/filters/use-filters.ts';
import type { ReportSelectionControls } from '../../lib/filters/use-report-selection.ts';
import { useI18n } from '../../lib/i18n/use-i18n.ts';
import { ActiveFilters } from './active-filters.tsx';
import { DroppedNotice } from './dropped-notice.tsx';
import { chipsFor, labeller } from './filter-labels-state.ts';
import { filterOptions } from './filter-options-state.ts';
import type { SelectKey } from './filter-options-state.ts';
import { FilterSelect } from './filter-select.tsx';
import { PartnerFilter } from './partner-filter.tsx';
import { ReportPicker } from './report-picker.tsx';
import { SearchFilter } from './search-filter.tsx';
import './filters.css';

export interface FiltersPanelProps {
  readonly data: DashboardData;
  readonly controls: FilterControls;
  /** How many records the current filters let through. */
  readonly matching: number;
  /** The reports the view counts (a picker when the data holds several). */
  readonly reports?: ReportSelectionControls;
}

/** Every filter of the dashboard, the active ones as chips, and the notice of dropped URL values. */
export function FiltersPanel({ data, controls, matching, reports }: FiltersPanelProps) {
  const { language, t } = useI18n();
  const { filters, dropped, setFilter, clearAll } = controls;
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const { reference } = data;
  const records = data.activities.records;
  // The chips follow a change at once; the options and their counts (a pass over every record)
  // follow in a deferred render.
  const optionFilters = useDeferredValue(filters);
  const options = useMemo(
    () => filterOptions(records, optionFilters, reference, language, t),
    [records, optionFilters, reference, language, t],
  );
  const chips = useMemo(
    () => chipsFor(activeFilters(filters), labeller(reference, language, t), t),
    [filters, reference, language, t],
  );
  const focusHeading = useCallback(() => heading.current?.focus(), []);
  const droppedReports = reports?.dropped;
  const allDropped = useMemo(
    () => [...(droppedReports ?? []).map((value) => ({ key: 'report', value })), ...dropped],
    [droppedReports, dropped],
  );

  const select = (key: SelectKey) => (
    <FilterSelect
      label={t(`filters.${key}`)}
      value={filters[key]}
      options={options[key]}
      onChange={(value) => setFilter(key, value)}
    />
  );

  return (
    <section className="filters-panel" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t('filters.title')}
      </h2>
      <DroppedNotice dropped={allDropped} />
      <ActiveFilters
        chips={chips}
        matching={matching}
        onRemove={(key) => setFilter(key, null)}
        onClearAll={clearAll}
        fallbackFocus={focusHeading}
      />
      <div className="filter-fields">
        {reports ? <ReportPicker controls={reports} /> : null}
        <SearchFilter value={filters.q} onCommit={(value) => setFilter('q', value)} />
        <fieldset>
          <legend>{t('filters.groupWhat')}</legend>
          {select('pillar')}
          <FilterSelect
            label={t('filters.theme')}
            value={filters.theme}
            groups={options.theme}
            onChange={(value) => setFilter('theme', value)}
          />
        </fieldset>
        <fieldset>
          <legend>{t('filters.groupWhere')}</legend>
          {select('region')}
          {select('subregion')}
          {select('country')}
          {select('role')}
        </fieldset>
        <fieldset>
          <legend>{t('filters.groupWho')}</legend>
          {select('officeType')}
          {select('partnerType')}
          <PartnerFilter
            reference={reference}
            options={options.partner}
            value={filters.partner}
            onChange={(value) => setFilter('partner', value)}
          />
        </fieldset>
      </div>
    </section>
  );
}
