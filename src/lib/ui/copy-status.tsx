import { useI18n } from '../i18n/use-i18n.ts';
import type { CopyStatus } from './use-copy-text.ts';

/** "Copied" or how to copy by hand, announced to screen readers; empty until a copy. */
export function CopyStatusText({ status }: { readonly status: CopyStatus }) {
  const { t } = useI18n();
  return (
    <output className="copy-status">
      {status === 'copied' ? t('cite.copied') : status === 'failed' ? t('cite.failed') : ''}
    </output>
  );
}
