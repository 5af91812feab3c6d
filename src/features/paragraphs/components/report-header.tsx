import type { Counts } from '../paragraphs-state.ts';

const numberFormat = new Intl.NumberFormat('en');

export function ReportHeader({
  report,
  counts,
}: {
  report: { symbol: string; title: string } | null;
  counts: Counts | null;
}) {
  return (
    <header className="report-header">
      <p className="app-name">OHCHR activities dashboard</p>
      {report ? (
        <h1>
          <span className="report-symbol">{report.symbol}</span>{' '}
          <span className="report-title" lang="zh-Hans">
            {report.title}
          </span>
        </h1>
      ) : (
        <h1>Source paragraphs</h1>
      )}
      {counts ? (
        <dl className="counts" aria-label="Counts">
          <div>
            <dt>Paragraphs</dt>
            <dd>{numberFormat.format(counts.paragraphs)}</dd>
          </div>
          <div>
            <dt>Sections</dt>
            <dd>{numberFormat.format(counts.sections)}</dd>
          </div>
          <div>
            <dt>Footnotes</dt>
            <dd>{numberFormat.format(counts.footnotes)}</dd>
          </div>
        </dl>
      ) : null}
    </header>
  );
}
