import { useId, useMemo } from 'react';
import { countryRoles } from '../../../domain/index.ts';
import { selectRecords } from '../../../lib/filters/select-records.ts';
import { useI18n } from '../../../lib/i18n/use-i18n.ts';
import { sourcesRequestFor } from '../../../lib/provenance/sources-request.ts';
import type { OverviewProps } from '../overview-props.ts';
import { countWithout, countryRows, type CountryRow } from '../overview-state.ts';

/** Interim first-screen view where the map will go: a table of countries, each a filter and a source link. */
export function CountriesWithRecords({ data, controls, onOpenSources }: OverviewProps) {
  const { t, pick, formatNumber, language } = useI18n();
  const headingId = useId();
  const { filters, toggleFilter } = controls;
  const { reference } = data;
  // Every country stays listed while one is chosen, so the choice can be changed or undone here.
  const records = useMemo(
    () => selectRecords(data.activities.records, filters, reference, 'country'),
    [data.activities.records, filters, reference],
  );
  const names = useMemo(
    () => new Map(reference.countries.map((country) => [country.iso3, country.names])),
    [reference],
  );
  const rows = useMemo(() => {
    const nameOf = (iso3: string) => {
      const found = names.get(iso3);
      return found ? found[language] : iso3;
    };
    return countryRows(records, nameOf);
  }, [records, names, language]);
  const nameOf = (iso3: string) => {
    const found = names.get(iso3);
    return found ? pick(found) : iso3;
  };
  const withoutCountry = countWithout(records, (record) => record.country !== null);

  const requestFor = (row: CountryRow) =>
    sourcesRequestFor(
      t('overview.recordsOf', { name: nameOf(row.iso3), count: row.total }),
      row.records,
    );
  const choose = (row: CountryRow) => {
    const wasChosen = filters.country === row.iso3;
    toggleFilter('country', row.iso3);
    if (!wasChosen) onOpenSources(requestFor(row));
  };

  return (
    <section className="card overview-countries" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('overview.countries.title')}</h2>
      <p className="card-hint">{t('overview.countries.hint')}</p>
      {rows.length === 0 ? (
        <p className="empty">{t('overview.countries.empty')}</p>
      ) : (
        // Scrolls within the card; every row holds a button, so the keyboard reaches it all.
        <div className="table-scroll">
          <table className="data-table country-table">
            <thead>
              <tr>
                <th scope="col">{t('overview.countries.country')}</th>
                <th scope="col" className="numeric">
                  {t('overview.countries.total')}
                </th>
                {countryRoles.map((role) => (
                  <th scope="col" className="numeric role" key={role} title={t(`role.${role}`)}>
                    <span aria-hidden="true">{t(`overview.role.${role}`)}</span>
                    <span className="visually-hidden">{t(`role.${role}`)}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const chosen = filters.country === row.iso3;
                const name = nameOf(row.iso3);
                return (
                  <tr key={row.iso3} className={chosen ? 'chosen' : undefined}>
                    <th scope="row">
                      <button
                        type="button"
                        className="link-button"
                        aria-pressed={chosen}
                        onClick={() => choose(row)}
                      >
                        {name}
                      </button>
                    </th>
                    <td className="numeric">
                      <button
                        type="button"
                        className="count-button"
                        aria-label={t('overview.openSources', {
                          name,
                          count: row.total,
                        })}
                        onClick={() => onOpenSources(requestFor(row))}
                      >
                        {formatNumber(row.total)}
                      </button>
                    </td>
                    {countryRoles.map((role) => (
                      <td
                        key={role}
                        className={row.byRole[role] === 0 ? 'numeric role zero' : 'numeric role'}
                      >
                        {formatNumber(row.byRole[role])}
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {withoutCountry > 0 ? (
        <p className="card-note">
          {t('overview.countries.withoutCountry', { count: withoutCountry })}
        </p>
      ) : null}
    </section>
  );
}
