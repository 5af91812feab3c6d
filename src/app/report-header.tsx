import { memo } from 'react';
import type { ReactNode } from 'react';
import type { ViewCounts } from '../lib/filters/count-view.ts';
import { localeOf } from '../lib/i18n/locale.ts';
import { useI18n } from '../lib/i18n/use-i18n.ts';
import { LanguageSwitch } from './language-switch.tsx';
import type { ReportSummary } from './report-summary.ts';

interface StatProps {
  readonly label: string;
  readonly value: number;
  /** The count without filters: shown as "of N" while filters narrow the view. */
  readonly total: number | null;
  readonly note?: string;
}

function Stat({ label, value, total, note }: StatProps) {
  const { t, formatNumber } = useI18n();
  return (
    <div className="stat">
      <dt>{label}</dt>
      <dd>
        <span className="stat-value">{formatNumber(value)}</span>
        {total !== null ? (
          <span className="stat-total">{t('header.ofTotal', { total: formatNumber(total) })}</span>
        ) : null}
      </dd>
      {note ? <dd className="stat-note">{note}</dd> : null}
    </div>
  );
}

/** The banner: what the data is (report, year, what a record is) and how much of it there is. */
// Memoised: it shows nothing a filter changes, and the dashboard renders on every filter change.
export const ReportHeader = memo(function ReportHeader({
  summary,
  view,
  all,
}: {
  summary: ReportSummary | null;
  /** What the current filters let through. */
  view: ViewCounts;
  /** The whole data set. */
  all: ViewCounts;
}) {
  const { t, formatNumber, formatDate } = useI18n();
  const filtered = view.records !== all.records;
  const of = (key: keyof ViewCounts) => (filtered ? all[key] : null);
  let details: ReactNode = null;
  if (summary) {
    const prepared = formatDate(new Date(summary.preparedAt));
    const several = summary.reports.length > 1;
    const { years } = summary;
    // The series' reports share their title; other lists of reports show none.
    const sharedTitle = summary.reports.every(
      (report) => report.title?.text === summary.title?.text,
    )
      ? summary.title
      : null;
    // A single report's title, or over several the title every one of them has.
    const title = several ? sharedTitle : summary.title;
    details = (
      <>
        <h1>
          <span className="report-symbol">
            {several ? (
              t('header.series', { count: summary.reports.length })
            ) : (
              <>
                <span className="visually-hidden">{t('header.report')} </span>
                {summary.symbol}
              </>
            )}
          </span>{' '}
          {title ? (
            <span className="report-title" lang={localeOf(title.lang)}>
              {title.text}
            </span>
          ) : null}
        </h1>
        {several ? (
          <ul className="report-list" aria-label={t('header.reportsShown')}>
            {summary.reports.map((report) => (
              <li key={report.symbol} title={report.title?.text}>
                {report.year === null
                  ? report.symbol
                  : t('header.reportYear', { symbol: report.symbol, year: String(report.year) })}
              </li>
            ))}
          </ul>
        ) : null}
        <p className="report-dates">
          {several && years && years.first !== years.last ? (
            <strong>
              {t('header.yearSpan', { first: String(years.first), last: String(years.last) })}
            </strong>
          ) : summary.year !== null ? (
            <strong>{t('header.asOf', { year: String(summary.year) })}</strong>
          ) : null}
          {summary.year !== null ? ' · ' : null}
          <span>{t('header.prepared', { date: prepared })}</span>
        </p>
        <p className="record-meaning">{t('header.recordMeaning')}</p>
        <dl
          className="stats"
          aria-label={t(filtered ? 'header.counts.filtered' : 'header.counts.label')}
        >
          <Stat label={t('header.records')} value={view.records} total={of('records')} />
          <Stat label={t('header.sentences')} value={view.sentences} total={of('sentences')} />
          <Stat
            label={t('header.paragraphs')}
            value={view.paragraphs}
            total={of('paragraphs')}
            note={t(several ? 'header.paragraphsNoteSeveral' : 'header.paragraphsNote', {
              count: formatNumber(summary.reportParagraphs),
            })}
          />
          <Stat
            label={t('header.countries')}
            value={view.countries}
            total={of('countries')}
            note={t('header.countriesNote', { count: formatNumber(view.countriesWithWork) })}
          />
        </dl>
      </>
    );
  }
  return (
    <header className="report-header">
      <div className="report-header-top">
        <p className="app-name">{t('app.name')}</p>
        <LanguageSwitch />
      </div>
      {details}
    </header>
  );
});
