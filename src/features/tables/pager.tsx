import { useI18n } from '../../lib/i18n/use-i18n.ts';

interface PagerProps {
  readonly label: string;
  readonly pageIndex: number;
  readonly pageCount: number;
  readonly onPage: (pageIndex: number) => void;
}

/** First / previous / next / last page buttons and "Page 1 of 10". */
export function Pager({ label, pageIndex, pageCount, onPage }: PagerProps) {
  const { t, formatNumber } = useI18n();
  const last = pageCount - 1;
  const buttons = [
    { text: '«', name: t('tables.firstPage'), to: 0, disabled: pageIndex <= 0 },
    { text: '‹', name: t('tables.previousPage'), to: pageIndex - 1, disabled: pageIndex <= 0 },
    { text: '›', name: t('tables.nextPage'), to: pageIndex + 1, disabled: pageIndex >= last },
    { text: '»', name: t('tables.lastPage'), to: last, disabled: pageIndex >= last },
  ];
  const [first, previous, next, end] = buttons;
  const button = (spec: (typeof buttons)[number] | undefined) =>
    spec && (
      <button
        type="button"
        aria-label={spec.name}
        title={spec.name}
        disabled={spec.disabled}
        onClick={() => onPage(spec.to)}
      >
        <span aria-hidden="true">{spec.text}</span>
      </button>
    );
  return (
    <nav className="pager" aria-label={t('tables.pagination', { table: label })}>
      {button(first)}
      {button(previous)}
      <span className="pager-status">
        {t('tables.page', {
          page: formatNumber(pageIndex + 1),
          pages: formatNumber(pageCount),
        })}
      </span>
      {button(next)}
      {button(end)}
    </nav>
  );
}
