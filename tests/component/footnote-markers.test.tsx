import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SourcesPanel } from '../../src/features/provenance/index.ts';
import { RecordsTable } from '../../src/features/tables/index.ts';
import { reportData } from '../support/report-data.ts';

const data = reportData();
// Read in the report: ¶19, fifth sentence, "……问责和补救项目，5 与权利主体……", cites footnote 5
// (www.ohchr.org/…/ARP_III.aspx); it names Mozambique, South Africa and Zimbabwe.
const cited = data.activities.records.filter(
  (record) => record.paragraph === 19 && record.sentence === 4,
);

afterEach(cleanup);

describe('footnote markers in quoted sentences', () => {
  it('shows the marker as a superscript heard as "Footnote 5" in the records table', () => {
    window.history.replaceState(null, '', '/?lang=en');
    render(<RecordsTable data={data} records={cited} onOpenSources={vi.fn()} />);
    const cells = document.querySelectorAll('td.col-sentence');
    expect(cells).toHaveLength(3);
    for (const cell of cells) {
      const marker = cell.querySelector('sup.footnote-marker');
      expect(marker?.querySelector('.visually-hidden')?.textContent).toBe('Footnote 5');
      expect(marker?.querySelector('[aria-hidden="true"]')?.textContent).toBe('5');
      expect(marker?.previousSibling?.textContent).toMatch(/项目，$/u);
      expect(marker?.nextSibling?.textContent).toMatch(/^与权利主体/u);
    }
  });

  it('names the footnote in Chinese in the Chinese UI', () => {
    window.history.replaceState(null, '', '/?lang=zh');
    render(<RecordsTable data={data} records={cited} onOpenSources={vi.fn()} />);
    const marker = document.querySelector('td.col-sentence sup.footnote-marker');
    expect(marker?.querySelector('.visually-hidden')?.textContent).toBe('脚注 5');
  });

  it('shows the marker in the sentence quoted under "Why these records"', () => {
    window.history.replaceState(null, '', '/?lang=en');
    render(
      <SourcesPanel
        data={data}
        request={{ title: 'Test', refs: [{ report: 'A/HRC/44/28', paragraph: 19 }] }}
        onClose={vi.fn()}
      />,
    );
    const article = within(screen.getByRole('dialog')).getByRole('article', { name: '¶ 19' });
    const quote = [...article.querySelectorAll('.record-reasons q')].find((q) =>
      q.textContent?.includes('项目，'),
    );
    const marker = quote?.querySelector('sup.footnote-marker');
    expect(marker?.querySelector('.visually-hidden')?.textContent).toBe('Footnote 5');
    expect(quote?.textContent).not.toContain('项目，5 与');
  });
});
