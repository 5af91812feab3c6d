import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { paragraphsFixture } from '../fixtures/paragraphs-file.ts';
import { json, renderApp, stubFetch } from './render-app.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function countShown(label: string): string | null | undefined {
  const term = within(screen.getByRole('banner')).getByText(label, { selector: 'dt' });
  return term.nextElementSibling?.textContent;
}

describe('paragraphs page', () => {
  it('fetches data/paragraphs.json relative to the base URL', async () => {
    const fetchMock = stubFetch(json(paragraphsFixture()));
    renderApp();
    await screen.findByRole('list', { name: 'Paragraphs' });
    expect(fetchMock).toHaveBeenCalledWith('/data/paragraphs.json');
  });

  it('shows the report header, the counts and the paragraphs', async () => {
    stubFetch(json(paragraphsFixture()));
    renderApp();
    const list = await screen.findByRole('list', { name: 'Paragraphs' });

    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading.textContent).toContain('A/HRC/44/28');
    expect(heading.textContent).toContain('落实和加强人权领域的国际合作');
    expect(countShown('Paragraphs')).toBe('3');
    expect(countShown('Sections')).toBe('3');
    expect(countShown('Footnotes')).toBe('1');

    const items = within(list)
      .getAllByRole('listitem')
      .filter((li) => li.id.startsWith('p-'));
    expect(items.map((li) => li.id)).toEqual(['p-1', 'p-2', 'p-3']);
    expect(within(list).getByText('¶ 1')).toBeTruthy();
    expect(items[2]?.textContent).toContain('II.A');
  });

  it('renders footnote markers as superscripts and lists the footnotes under the paragraph', async () => {
    stubFetch(json(paragraphsFixture()));
    renderApp();
    await screen.findByRole('list', { name: 'Paragraphs' });

    const paragraph2 = document.getElementById('p-2');
    const sup = paragraph2?.querySelector('.paragraph-text sup');
    expect(sup?.textContent).toBe('1');
    expect(paragraph2?.querySelector('.paragraph-text')?.textContent).toBe(
      paragraphsFixture().paragraphs[1]?.text,
    );
    const footnotes = screen.getByRole('list', { name: 'Footnotes to ¶ 2' });
    expect(footnotes.textContent).toContain('见 A/74/559。');
  });

  it('links the section tree to the first paragraph of each section', async () => {
    stubFetch(json(paragraphsFixture()));
    renderApp();
    await screen.findByRole('list', { name: 'Paragraphs' });
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    const link = within(nav).getByRole('link', { name: /条约/ });
    expect(link.getAttribute('href')).toBe('#p-3');
  });

  it('renders markup in paragraph text as literal text', async () => {
    const fixture = paragraphsFixture();
    const attack = '<img src=x onerror=alert(1)>';
    fixture.paragraphs[0] = { ...fixture.paragraphs[0]!, text: `前文${attack}后文` };
    stubFetch(json(fixture));
    const { container } = renderApp();
    await screen.findByRole('list', { name: 'Paragraphs' });

    expect(container.querySelector('img')).toBeNull();
    expect(document.getElementById('p-1')?.textContent).toContain(attack);
  });
});
