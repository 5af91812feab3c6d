import { Fragment, useMemo } from 'react';
import type { ActivityRecord } from '../../domain/index.ts';
import type { DashboardData } from '../../lib/data/queries.ts';
import type { FilterControls } from '../../lib/filters/use-filters.ts';
import { useI18n } from '../../lib/i18n/use-i18n.ts';
import { aggregateByRegion, regionViewRecords } from './region-state.ts';
import type { AreaRow } from './region-state.ts';
import './map.css';

export interface RegionTableProps {
  readonly data: DashboardData;
  /** The records under the current filters. */
  readonly records: readonly ActivityRecord[];
  readonly controls: FilterControls;
}

/** The map's counts by M49 region and sub-region, as a table: its alternative for every reader. */
export function RegionTable({ data, records, controls }: RegionTableProps) {
  const { t, pick, formatNumber } = useI18n();
  const { filters, toggleFilter } = controls;
  const aggregation = useMemo(
    () =>
      aggregateByRegion(
        regionViewRecords(records, data.activities.records, filters, data.reference),
        data.reference,
      ),
    [records, data, filters],
  );

  const nameCell = (row: AreaRow, key: 'region' | 'subregion') => {
    const name = pick(row.names);
    return (
      <th scope="row" className={key === 'subregion' ? 'region-sub' : undefined}>
        <button
          type="button"
          className="region-filter"
          aria-pressed={filters[key] === row.code}
          aria-label={t('map.regions.filter', { area: name })}
          onClick={() => toggleFilter(key, row.code)}
        >
          {name}
        </button>
      </th>
    );
  };

  return (
    <table className="region-table">
      <caption>{t('map.regions.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('map.regions.area')}</th>
          <th scope="col" className="numeric">
            {t('map.regions.countries')}
          </th>
          <th scope="col" className="numeric">
            {t('map.regions.records')}
          </th>
        </tr>
      </thead>
      <tbody>
        {aggregation.regions.map((region) => (
          <Fragment key={region.code}>
            <tr className="region-row">
              {nameCell(region, 'region')}
              <td className="numeric">{formatNumber(region.countries)}</td>
              <td className="numeric">{formatNumber(region.records)}</td>
            </tr>
            {region.subregions.map((sub) => (
              <tr key={sub.code}>
                {nameCell(sub, 'subregion')}
                <td className="numeric">{formatNumber(sub.countries)}</td>
                <td className="numeric">{formatNumber(sub.records)}</td>
              </tr>
            ))}
          </Fragment>
        ))}
        <tr>
          <th scope="row">{t('map.regions.global')}</th>
          <td className="numeric">{t('map.regions.none')}</td>
          <td className="numeric">{formatNumber(aggregation.global)}</td>
        </tr>
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('map.regions.total')}</th>
          <td className="numeric">{t('map.regions.none')}</td>
          <td className="numeric">{formatNumber(aggregation.placed + aggregation.global)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
