import { useId, useMemo } from 'react';
import type { FilterKey } from '../../../lib/filters/filter-state.ts';
import { selectRecords } from '../../../lib/filters/select-records.ts';
import { useI18n } from '../../../lib/i18n/use-i18n.ts';
import { sourcesRequestFor } from '../../../lib/provenance/sources-request.ts';
import type { OverviewProps } from '../overview-props.ts';
import { countWithout, themeRows, type ThemeRow } from '../overview-state.ts';

/** Interim first-screen view where the theme chart will go: pillars and their themes, each a filter. */
export function RecordsByTheme({ data, controls, onOpenSources }: OverviewProps) {
  const { t, pick, formatNumber } = useI18n();
  const headingId = useId();
  const { filters, toggleFilter } = controls;
  const { reference } = data;
  // The theme filters are set aside so that every pillar and theme stays listed and can be switched.
  const records = useMemo(
    () =>
      selectRecords(data.activities.records, { ...filters, pillar: null, theme: null }, reference),
    [data.activities.records, filters, reference],
  );
  const pillars = useMemo(() => themeRows(records, reference.themes), [records, reference]);
  const most = Math.max(1, ...pillars.map((row) => row.records.length));
  const withoutTheme = countWithout(records, (record) => record.themes.length > 0);

  const item = (row: ThemeRow, key: Extract<FilterKey, 'pillar' | 'theme'>) => {
    const name = pick(row.theme.labels);
    const count = row.records.length;
    const chosen = filters[key] === row.theme.id;
    return (
      <div className={chosen ? 'theme-row chosen' : 'theme-row'}>
        <button
          type="button"
          className="link-button"
          aria-pressed={chosen}
          onClick={() => toggleFilter(key, row.theme.id)}
        >
          {name}
        </button>
        <span className="bar-track" aria-hidden="true">
          <span className="bar" style={{ width: `${(100 * count) / most}%` }} />
        </span>
        <button
          type="button"
          className="count-button"
          disabled={count === 0}
          aria-label={t('overview.openSources', { name, count })}
          onClick={() =>
            onOpenSources(sourcesRequestFor(t('overview.recordsOf', { name, count }), row.records))
          }
        >
          {formatNumber(count)}
        </button>
      </div>
    );
  };

  return (
    <section className="card overview-themes" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('overview.themes.title')}</h2>
      <p className="card-hint">{t('overview.themes.hint')}</p>
      {records.length === 0 ? (
        <p className="empty">{t('overview.themes.empty')}</p>
      ) : (
        <div className="theme-scroll">
          <ul className="theme-tree" aria-labelledby={headingId}>
            {pillars.map((pillar) => (
              <li key={pillar.theme.id} className="pillar">
                {item(pillar, 'pillar')}
                {pillar.themes.length > 0 ? (
                  <ul>
                    {pillar.themes.map((theme) => (
                      <li key={theme.theme.id}>{item(theme, 'theme')}</li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      )}
      {withoutTheme > 0 ? (
        <p className="card-note">
          {t('overview.themes.withoutTheme', { count: formatNumber(withoutTheme) })}
        </p>
      ) : null}
    </section>
  );
}
