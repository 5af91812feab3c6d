import type { ReactNode } from 'react';
import { useI18n } from '../../lib/i18n/use-i18n.ts';
import type { ExportAction } from './use-export-action.ts';
import '../../lib/ui/tool-button.css';

/** A button that makes one file; disabled while any export of its group runs. */
export function ExportButton({
  exporter,
  action,
  children,
}: {
  readonly exporter: ExportAction;
  readonly action: () => Promise<void> | void;
  readonly children: ReactNode;
}) {
  return (
    <button
      type="button"
      className="tool-button"
      disabled={exporter.busy}
      onClick={() => exporter.run(action)}
    >
      {children}
    </button>
  );
}

/** Why the last export failed, announced to screen readers. */
export function ExportFailure({ exporter }: { readonly exporter: ExportAction }) {
  const { t } = useI18n();
  return exporter.error ? (
    <span role="alert" className="export-error">
      {t('export.failed', { message: exporter.error })}
    </span>
  ) : null;
}
