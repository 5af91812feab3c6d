import { PARAGRAPHS_FILE, useParagraphs } from '../api/get-paragraphs.ts';
import { buildSectionTree, countsOf, titleOf } from '../paragraphs-state.ts';
import { DataErrorPanel } from './data-error-panel.tsx';
import { ParagraphList } from './paragraph-list.tsx';
import { ReportHeader } from './report-header.tsx';
import { SectionTree } from './section-tree.tsx';

export function ParagraphsPage() {
  const query = useParagraphs();

  if (query.isPending) {
    return (
      <>
        <ReportHeader report={null} counts={null} />
        <main className="page">
          <output className="loading">Loading {PARAGRAPHS_FILE}…</output>
        </main>
      </>
    );
  }

  if (query.isError) {
    return (
      <>
        <ReportHeader report={null} counts={null} />
        <main className="page">
          <DataErrorPanel
            error={query.error}
            fallbackFile={PARAGRAPHS_FILE}
            retrying={query.isFetching}
            onRetry={() => void query.refetch()}
          />
        </main>
      </>
    );
  }

  const file = query.data;
  return (
    <>
      <ReportHeader report={titleOf(file)} counts={countsOf(file)} />
      <main className="page page-with-nav">
        <SectionTree nodes={buildSectionTree(file.sections, file.paragraphs)} />
        <ParagraphList paragraphs={file.paragraphs} />
      </main>
    </>
  );
}
