import type { Paragraph, ReportMetadata } from '../../../domain/index.ts';
import { paragraphWithCitation } from '../../../lib/citation/citation.ts';
import { citableReport } from '../../../lib/citation/cited-reports.ts';
import { useI18n } from '../../../lib/i18n/use-i18n.ts';
import { CopyStatusText } from '../../../lib/ui/copy-status.tsx';
import { useCopyText } from '../../../lib/ui/use-copy-text.ts';
import '../../../lib/ui/tool-button.css';

export interface CopyParagraphProps {
  readonly reports: readonly ReportMetadata[];
  readonly paragraph: Paragraph;
}

/** "Copy with citation": the paragraph's words, its footnotes and its citation, for a briefing. */
export function CopyParagraph({ reports, paragraph }: CopyParagraphProps) {
  const { t, language } = useI18n();
  const { status, copy } = useCopyText();
  const text = () =>
    paragraphWithCitation(
      citableReport(reports, paragraph.report),
      paragraph.number,
      paragraph,
      language,
      new Date(),
    );
  return (
    <span className="copy-paragraph">
      <button
        type="button"
        className="tool-button"
        aria-label={t('cite.paragraphLabel', {
          number: paragraph.number,
          report: paragraph.report,
        })}
        onClick={() => void copy(text())}
      >
        {t('cite.paragraph')}
      </button>
      <CopyStatusText status={status} />
    </span>
  );
}
