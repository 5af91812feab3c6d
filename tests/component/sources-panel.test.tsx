import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SourcesPanel } from '../../src/features/provenance/index.ts';
import type { DashboardData } from '../../src/lib/data/queries.ts';
import type { SourcesRequest } from '../../src/lib/provenance/sources-request.ts';
import { appDataFixture, texts } from '../fixtures/app-data.ts';
import { renderApp, stubDataFiles } from './render-app.tsx';

// The sources panel loads in its own chunk: its first load may take a while on a busy machine.
const PANEL_LOADS = { timeout: 15_000 };

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const report = 'A/HRC/44/28';

function renderPanel(
  paragraphs: number[],
  { data = appDataFixture(), lang = 'en' }: { data?: DashboardData; lang?: string } = {},
) {
  window.history.replaceState(null, '', `/?lang=${lang}`);
  const onClose = vi.fn();
  const request: SourcesRequest = {
    title: 'Test',
    refs: paragraphs.map((paragraph) => ({ report, paragraph })),
  };
  render(<SourcesPanel data={data} request={request} onClose={onClose} />);
  const name = lang === 'zh' ? '来源：Test' : 'Sources: Test';
  return { dialog: screen.getByRole('dialog', { name }), onClose };
}

const article = (dialog: HTMLElement, number: number) =>
  within(dialog).getByRole('article', { name: `¶ ${number}` });

const marks = (element: HTMLElement) =>
  [...element.querySelectorAll('mark')].map((mark) => [mark.dataset.kind, mark.textContent]);

describe('sources panel', () => {
  it('shows each paragraph with its number, section path, report symbol and full text', () => {
    const { dialog } = renderPanel([24, 25]);
    expect(within(dialog).getAllByRole('article')).toHaveLength(2);
    const p24 = article(dialog, 24);
    // English readers get the section numbers in words and the headings as printed, marked Chinese.
    const path = within(p24).getByRole('list', {
      name: 'Section (headings as printed in the report, in Chinese)',
    });
    expect(
      within(path)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Chapter IV 落实国际合作',
      'Section IV.A 联合国人权事务高级专员办事处',
      'Section IV.A.1 外地存在',
    ]);
    expect(within(path).getByText('落实国际合作').getAttribute('lang')).toBe('zh-Hans');
    expect(dialog.textContent).toContain(
      'The report text, its headings and its footnotes are quoted as printed, in Chinese.',
    );
    expect(p24.textContent).toContain(report);
    expect(p24.querySelector('.source-text')?.textContent).toBe(texts[24]);
    expect(dialog.textContent).toContain('2 paragraphs of A/HRC/44/28');
  });

  it('keeps the printed section labels in Chinese', () => {
    const { dialog } = renderPanel([24], { lang: 'zh' });
    const p24 = within(dialog).getByRole('article', { name: '第 24 段' });
    const path = within(p24).getByRole('list', { name: '章节' });
    expect(
      within(path)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['四. 落实国际合作', 'A. 联合国人权事务高级专员办事处', '1. 外地存在']);
    expect(dialog.textContent).not.toContain('报告原文、章节标题和脚注均按原文引用。');
  });

  it('highlights every tag by kind, nesting the inner ones', () => {
    const { dialog } = renderPanel([24, 25]);
    expect(marks(article(dialog, 24))).toEqual([
      ['country', '哥伦比亚'],
      ['actor', '人权高专办'],
      ['partner', '监察员办公室'],
      ['theme', '妇女权利'],
      ['theme', '妇女'],
      ['city', '波哥大'],
    ]);
    const p25 = article(dialog, 25);
    expect(marks(p25)).toEqual([
      ['fund', '技术合作自愿基金'],
      ['figure', '15 个国家'],
      ['partner', '联合国开发计划署'],
      ['country', '墨西哥'],
      ['title', '《2030 年可持续发展议程》'],
      ['theme', '可持续发展'],
      ['country', '法国'],
    ]);
    const inner = p25.querySelector('mark[data-kind="theme"]');
    expect(inner?.parentElement?.dataset.kind).toBe('title');
  });

  it('names countries and partners in the tooltip, in the chosen language', () => {
    const en = renderPanel([25]).dialog;
    expect(en.querySelector('mark[data-ref="MEX"]')?.getAttribute('title')).toBe(
      'Country: Mexico · Participant (found by test:country)',
    );
    expect(en.querySelector('mark[data-ref="undp"]')?.getAttribute('title')).toBe(
      'Partner: United Nations Development Programme (found by test:partner)',
    );
    cleanup();
    const zh = renderPanel([25], { lang: 'zh' }).dialog;
    expect(zh.querySelector('mark[data-ref="MEX"]')?.getAttribute('title')).toBe(
      '国家：墨西哥 · 参与方（依据 test:country）',
    );
    expect(within(zh).getByRole('article', { name: '第 25 段' })).toBeTruthy();
  });

  it('has a legend of the kinds shown, with the same styles', () => {
    const { dialog } = renderPanel([24]);
    const legend = within(dialog).getByRole('list', { name: 'Highlighted words' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('.tag')?.className),
    ).toEqual([
      'tag tag-country',
      'tag tag-city',
      'tag tag-partner',
      'tag tag-theme',
      'tag tag-actor',
    ]);
  });

  it('links footnote markers to the footnotes listed under the text', () => {
    const { dialog } = renderPanel([24]);
    const p24 = article(dialog, 24);
    const link = within(p24).getByRole('link', { name: 'Footnote 2' });
    expect(link.closest('sup')).not.toBeNull();
    const footnotes = within(p24).getByRole('list', { name: 'Footnotes to ¶ 24' });
    const target = document.getElementById(link.getAttribute('href')!.slice(1));
    expect(target?.textContent).toBe('见 A/HRC/43/3。');
    expect(footnotes.contains(target)).toBe(true);
  });

  it('renders markup in the paragraph text as literal text', () => {
    const data = appDataFixture();
    const attack = '<img src=x onerror=alert(1)>';
    const p26 = data.paragraphs.paragraphs.find((paragraph) => paragraph.number === 26)!;
    p26.text = `${p26.text}${attack}`;
    p26.footnotes = [{ number: 3, text: `<b>${attack}</b>` }];
    const { dialog } = renderPanel([26], { data });
    expect(dialog.querySelector('img, b')).toBeNull();
    expect(article(dialog, 26).querySelector('.source-text')?.textContent).toContain(attack);
    expect(dialog.textContent).toContain(`<b>${attack}</b>`);
  });

  it('says when a paragraph is not in the data', () => {
    const { dialog } = renderPanel([99]);
    expect(article(dialog, 99).textContent).toContain(
      '¶ 99 of A/HRC/44/28 is not in data/paragraphs.json.',
    );
  });

  it('takes focus when it opens and closes on Esc or its close button', () => {
    const { dialog, onClose } = renderPanel([24]);
    expect(document.activeElement).toBe(within(dialog).getByRole('heading', { level: 2 }));
    fireEvent.keyDown(article(dialog, 24), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close sources' }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });
});

describe('sources panel in the app', () => {
  it('opens from a country, closes on Esc and gives focus back to the country', async () => {
    stubDataFiles(appDataFixture());
    renderApp('?lang=en');
    const colombia = await screen.findByRole('button', { name: 'Colombia' });
    colombia.focus();
    fireEvent.click(colombia);
    const dialog = await screen.findByRole(
      'dialog',
      { name: 'Sources: Colombia: 2 records' },
      PANEL_LOADS,
    );
    expect(
      within(dialog)
        .getAllByRole('article')
        .map((a) => a.id),
    ).toEqual(['src-A-HRC-44-28-p24']);
    expect(dialog.contains(document.activeElement)).toBe(true);
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(colombia);
  });

  it('closes on Esc when focus has gone back to the page', async () => {
    stubDataFiles(appDataFixture());
    renderApp('?lang=en');
    const colombia = await screen.findByRole('button', { name: 'Colombia' });
    fireEvent.click(colombia);
    expect(await screen.findByRole('dialog', {}, PANEL_LOADS)).toBeTruthy();
    colombia.focus();
    expect(screen.getByRole('dialog').contains(document.activeElement)).toBe(false);
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('says why each record is there: the work rule, where each place comes from, its themes', () => {
    const { dialog } = renderPanel([24]);
    const reasons = within(article(dialog, 24))
      .getByText('Why these records (2)')
      .closest('details');
    expect(reasons).not.toBeNull();
    const items = within(reasons as HTMLElement).getAllByRole('listitem');
    const text = items.map((item) => item.textContent ?? '').join('\n');
    expect(text).toContain('Sentence 2');
    expect(text).toContain('Colombia: place taken from sentence 1 of this paragraph');
    expect(text).toContain('Counted as work: it goes on with the work of the sentence before');
    expect(text).toContain('Colombia (Activity): named in the sentence');
    expect(text).toContain(
      'office type: Country office (OHCHR’s reviewed list of 2020: the country hosted one)',
    );
  });

  it('says when a place comes from the office an earlier paragraph named', () => {
    const data = appDataFixture();
    const first = data.activities.records.find((record) => record.paragraph === 24);
    if (!first) throw new Error('fixture changed');
    const carried = {
      ...first,
      id: `${first.id}:carried`,
      country: 'COL',
      placeInherited: true,
      placeFrom: null,
      placeFromParagraph: 23,
      officeType: 'country-office' as const,
      officeRule: 'office:named-in-paragraph-before',
    };
    const changed = {
      ...data,
      activities: {
        ...data.activities,
        records: [...data.activities.records.filter((record) => record.paragraph !== 24), carried],
      },
    };
    for (const [lang, expected] of [
      [
        'en',
        'Colombia: place taken from ¶ 23, whose office this paragraph goes on with (“该办事处”)',
      ],
      ['zh', '哥伦比亚：地点取自第 23 段（本段以“该办事处”承接该段所述办事处）'],
    ] as const) {
      const { dialog } = renderPanel([24], { data: changed, lang });
      expect(dialog.textContent).toContain(expected);
      cleanup();
    }
  });

  it('says it in Chinese too, and each tag says the rule that found it', () => {
    const { dialog } = renderPanel([24], { lang: 'zh' });
    const p24 = within(dialog).getByRole('article', { name: '第 24 段' });
    expect(p24.textContent).toContain('哥伦比亚：地点取自本段第 1 句');
    expect(p24.textContent).toContain('计为工作：承接上一句所述的工作');
    const mark = p24.querySelector('mark[data-kind="partner"]');
    expect(mark?.getAttribute('title')).toContain('依据 test:partner');
  });
});
