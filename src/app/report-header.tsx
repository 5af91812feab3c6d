import { memo } from 'react';
import type { ReactNode } from 'react';
import { useI18n } from '../lib/i18n/use-i18n.ts';
import { LanguageSwitch } from './language-switch.tsx';
import type { ReportSummary } from './report-summary.ts';

const htmlLang = (language: string) => (language === 'zh' ? 'zh-Hans' : 'en');

function Stat({ label, value, note }: { label: string; value: number; note?: string }) {
  const { formatNumber } = useI18n();
  return (
    <div className="stat" title={note}>
      <dt>{label}</dt>
      <dd>{formatNumber(value)}</dd>
    </div>
  );
}

/** The banner: what the data is (report, year, what a record is) and how much of it there is. */
// Memoised: it shows nothing a filter changes, and the dashboard renders on every filter change.
export const ReportHeader = memo(function ReportHeader({
  summary,
}: {
  summary: ReportSummary | null;
}) {
  const { t, language } = useI18n();
  let details: ReactNode = null;
  if (summary) {
    const prepared = new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en-GB', {
      dateStyle: 'long',
    }).format(new Date(summary.preparedAt));
    details = (
      <>
        <h1>
          <span className="report-symbol">
            <span className="visually-hidden">{t('header.report')} </span>
            {summary.symbol}
          </span>{' '}
          {summary.title ? (
            <span className="report-title" lang={htmlLang(summary.title.lang)}>
              {summary.title.text}
            </span>
          ) : null}
        </h1>
        <p className="report-dates">
          {summary.year !== null ? (
            <strong>{t('header.asOf', { year: String(summary.year) })}</strong>
          ) : null}
          {summary.year !== null ? ' · ' : null}
          <span>{t('header.prepared', { date: prepared })}</span>
        </p>
        <p className="record-meaning">{t('header.recordMeaning')}</p>
        <dl className="stats" aria-label={t('header.counts.label')}>
          <Stat label={t('header.records')} value={summary.counts.records} />
          <Stat label={t('header.paragraphs')} value={summary.counts.paragraphs} />
          <Stat
            label={t('header.countries')}
            value={summary.counts.countries}
            note={t('header.countriesNote')}
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
