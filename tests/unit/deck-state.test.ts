import { describe, expect, it } from 'vitest';
import { chartBars, overWhite } from '../../src/features/charts/charts-state.ts';
import type { BarChartModel } from '../../src/features/charts/bar-model.ts';
import { deckSlides, speakerNotes } from '../../src/features/export/deck-state.ts';
import type { ChartSlide, SourcesSlide, TitleSlide } from '../../src/features/export/deck-state.ts';
import type { ChartExportApi } from '../../src/lib/export/chart-export-api.ts';
import { emptyFilters } from '../../src/lib/filters/filter-state.ts';
import { appDataFixture, texts } from '../fixtures/app-data.ts';

const data = appDataFixture();
const now = new Date(2026, 11, 2, 12);
const url = 'http://localhost:4173/?lang=en&country=COL';

const themeChart: ChartExportApi = {
  id: 'records-by-theme',
  title: 'Records by theme',
  svg: () => '<svg/>',
  width: 400,
  height: 200,
  rows: () => ({ columns: [], rows: [] }),
  sources: () => [{ report: 'A/HRC/44/28', paragraph: 24 }],
  scope: { follows: 'all' },
  bars: () => ({
    counted: 'Records per theme',
    valueColumn: 'Records',
    groups: [{ name: 'Accountability', color: '#d55e00' }],
    bars: [
      {
        label: 'Gender',
        value: 3,
        valueLabel: '3',
        qualified: false,
        color: '#d55e00',
        selected: false,
      },
      {
        label: 'Fund A: countries',
        value: 110,
        valueLabel: 'more than 110',
        qualified: true,
        color: '#0072b2',
        selected: false,
      },
    ],
  }),
};

const mapApi: ChartExportApi = {
  id: 'map',
  title: 'Where the work took place',
  svg: () => '<svg/>',
  width: 800,
  height: 400,
  rows: () => ({ columns: [], rows: [] }),
  sources: () => [
    { report: 'A/HRC/44/28', paragraph: 24 },
    { report: 'A/HRC/44/28', paragraph: 25 },
  ],
  notes: ['The boundaries and names shown … do not imply official endorsement.'],
  scope: { follows: 'others', ignores: ['country'] },
};

function deck(language: 'en' | 'zh') {
  const records = data.activities.records.filter((record) => record.country === 'COL');
  return deckSlides({
    apis: [mapApi, themeChart],
    data,
    records,
    settings: {
      filters: { ...emptyFilters, country: 'COL' },
      reference: data.reference,
      language,
      report: 'A/HRC/44/28',
    },
    now,
    url,
  });
}

describe('the deck of a view', () => {
  it('has a title slide, a slide per chart in the page order, and a sources slide', () => {
    const slides = deck('en');
    expect(slides.map((slide) => slide.kind)).toEqual(['title', 'chart', 'chart', 'sources']);
    expect(slides.slice(1, 3).map((slide) => (slide as ChartSlide).id)).toEqual([
      'map',
      'records-by-theme',
    ]);
    const title = slides[0] as TitleSlide;
    expect(title.heading).toBe('OHCHR activities dashboard');
    // The report's registry entry, as the fixture gives it.
    expect(title.reports).toEqual([
      'Enhancement of international cooperation in the field of human rights (A/HRC/44/28, 2020)',
    ]);
    expect(title.lines[0]).toBe('Filters: Country: Colombia');
    expect(title.lines[2]).toBe('Exported 2 December 2026');
    expect(title.view.url).toBe(url);
  });

  it('gives a chart its bars as numbers, the qualifier in the name, colours without #', () => {
    const slide = deck('en')[2] as ChartSlide;
    expect(slide.chart?.values).toEqual([3, 110]);
    expect(slide.chart?.categories).toEqual(['Gender', 'Fund A: countries (more than 110)']);
    expect(slide.chart?.colors).toEqual(['D55E00', '0072B2']);
    expect(slide.chart?.legend).toEqual([{ name: 'Accountability', color: 'D55E00' }]);
    expect(slide.counted).toBe('Records per theme');
    expect(slide.footer).toEqual([
      'Source: A/HRC/44/28, ¶ 24',
      'Exported 2 December 2026',
      `View: ${url}`,
    ]);
  });

  it('gives the map a picture with its disclaimer and the filters it follows', () => {
    const slide = deck('en')[1] as ChartSlide;
    expect(slide.chart).toBeNull();
    expect(slide.notes).toEqual(mapApi.notes);
    // The map ignores its own country filter: the caption says so.
    expect(slide.filters).toContain('the one set (Country: Colombia) is marked');
    expect(slide.footer[0]).toBe('Source: A/HRC/44/28, ¶¶ 24–25');
  });

  it('quotes each paragraph behind a slide in its notes, markers bracketed, then cites them', () => {
    const notes = (deck('en')[1] as ChartSlide).speakerNotes;
    // ¶24's footnote marker "2" becomes "[2]" and the footnote follows the paragraph.
    const quoted = texts[24].replace('。2 在', '。[2] 在');
    expect(notes).toContain(`A/HRC/44/28, para. 24\n${quoted}\n[2] `);
    expect(notes).toContain(`A/HRC/44/28, para. 25\n${texts[25]}`);
    expect(notes).toContain('(A/HRC/44/28, 2020), paras. 24–25.');
    expect(notes).toContain('https://undocs.org/en/A/HRC/44/28');
    expect(notes).toContain('Quoted from the Chinese text.');
  });

  it('writes Chinese notes and sources in Chinese', () => {
    const slides = deck('zh');
    const notes = (slides[1] as ChartSlide).speakerNotes;
    expect(notes).toContain('A/HRC/44/28，第 24 段\n');
    expect(notes).toContain('https://undocs.org/zh/A/HRC/44/28');
    expect(notes).not.toContain('Quoted');
    const sources = slides[3] as SourcesSlide;
    expect(sources.title).toBe('资料来源和引文');
    expect(sources.documents).toEqual([
      { text: 'A/HRC/44/28', url: 'https://undocs.org/zh/A/HRC/44/28' },
    ]);
    expect(sources.citation.join('\n')).toContain('联合国人权理事会');
  });

  it('says when no paragraph is behind a slide', () => {
    const settings = {
      filters: emptyFilters,
      reference: data.reference,
      language: 'en' as const,
      report: 'A/HRC/44/28',
    };
    expect(speakerNotes([], { data, settings, now })).toMatch(/^No paragraph/u);
  });
});

describe('chartBars', () => {
  const model = (selected: string | null): BarChartModel => ({
    id: 'records-by-region',
    title: 'Records by region',
    counted: 'Records per region',
    scope: { follows: 'all' },
    barColumn: 'Region',
    valueColumn: 'Records',
    groups: [],
    rowHeight: 28,
    bars: ['Africa', 'Asia'].map((label, index) => ({
      id: label,
      label: `${label.slice(0, 3)}…`,
      fullLabel: label,
      value: 5 - index,
      valueLabel: String(5 - index),
      group: null,
      filter: null,
      selected: selected === label,
      refs: [],
    })),
  });

  it('keeps the whole names and the screen colour', () => {
    const bars = chartBars(model(null));
    expect(bars.bars.map((bar) => [bar.label, bar.value, bar.color])).toEqual([
      ['Africa', 5, '#0072B2'],
      ['Asia', 4, '#0072B2'],
    ]);
  });

  it('fades the bars that are not chosen, as the screen draws them at 40% over white', () => {
    const bars = chartBars(model('Africa'));
    // 0x00·0.4 + 255·0.6 = 153 (0x99); 0x72·0.4 + 153 = 198.6 (0xC7); 0xB2·0.4 + 153 = 224.2 (0xE0).
    expect(bars.bars.map((bar) => bar.color)).toEqual(['#0072B2', '#99C7E0']);
    expect(overWhite('#FFFFFF', 0.4)).toBe('#FFFFFF');
    expect(overWhite('#000000', 1)).toBe('#000000');
  });
});
