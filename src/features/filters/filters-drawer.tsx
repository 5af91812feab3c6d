import { useId, useRef } from 'react';
import type { ReactNode } from 'react';
import { useI18n } from '../../lib/i18n/use-i18n.ts';
import { useMediaQuery } from '../../lib/layout/use-media-query.ts';

/** Below this width the filters leave the side column for a drawer (the layout's one breakpoint). */
export const NARROW_LAYOUT = '(max-width: 60rem)';

export interface FiltersDrawerProps {
  /** How many records the current filters let through: shown on the bar that opens the drawer. */
  readonly matching: number;
  /** How many filters are set. */
  readonly active: number;
  readonly children: ReactNode;
}

/**
 * The filters beside the content on wide screens; on narrow ones a bar that stays at the top
 * (the record count and a button) and a modal drawer, so that the filters never lie over the views.
 */
export function FiltersDrawer({ matching, active, children }: FiltersDrawerProps) {
  const { t, formatNumber } = useI18n();
  const narrow = useMediaQuery(NARROW_LAYOUT);
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  if (!narrow) return <div className="filters-slot">{children}</div>;

  const close = () => dialog.current?.close();
  const matchingText = t('filters.matching', { count: matching });
  return (
    <>
      <div className="filters-bar">
        <button
          type="button"
          className="filters-open"
          aria-haspopup="dialog"
          onClick={() => dialog.current?.showModal()}
        >
          {t('drawer.open')}
          {active > 0 ? (
            <span className="filters-open-count">
              {t('drawer.activeCount', { count: formatNumber(active) })}
            </span>
          ) : null}
        </button>
        <p className="filters-bar-matching" aria-live="polite">
          {matchingText}
        </p>
      </div>
      <dialog ref={dialog} className="filters-drawer" aria-labelledby={titleId}>
        <div className="filters-drawer-body">
          <div className="filters-drawer-head">
            <span id={titleId} className="visually-hidden">
              {t('drawer.open')}
            </span>
            <button
              type="button"
              className="filters-drawer-close"
              aria-label={t('drawer.close')}
              onClick={close}
            >
              ×
            </button>
          </div>
          {children}
          <div className="filters-drawer-foot">
            <button type="button" className="filters-drawer-show" onClick={close}>
              {t('drawer.show', { records: matchingText })}
            </button>
          </div>
        </div>
      </dialog>
    </>
  );
}
