import type PptxGenJS from 'pptxgenjs';
import type { ChartExportApi } from '../../lib/export/chart-export-api.ts';
import type { Language } from '../../lib/i18n/messages.ts';
import { deckSlides } from './deck-state.ts';
import type { ChartSlide, DeckChart, DeckInput, SourcesSlide, TitleSlide } from './deck-state.ts';
import { rasterize } from './rasterize.ts';

/** 16:9, in inches (pptxgenjs' LAYOUT_WIDE). */
const WIDTH = 13.333;
const MARGIN = 0.5;
const INNER = WIDTH - 2 * MARGIN;
const INK = '1F2328';
const MUTED = '59636E';
const CHART_TOP = 1.85;
const CHART_BOTTOM = 6.25;
/** More bars than this, and a chart is drawn in two columns. */
const ROWS_PER_COLUMN = 18;
const COLUMN_GAP = 0.4;

type Slide = PptxGenJS.Slide;

interface Fonts {
  readonly face: string;
  /** The language of the text runs, so that PowerPoint picks East Asian fonts for Chinese. */
  readonly lang: string;
}

function fontsOf(language: Language): Fonts {
  return language === 'zh'
    ? { face: 'Microsoft YaHei', lang: 'zh-CN' }
    : { face: 'Calibri', lang: 'en-GB' };
}

/**
 * The deck of the view as a .pptx: pptxgenjs is loaded only when a deck is asked for, so the
 * page's first load does not carry it.
 */
export async function deckBlob(input: DeckInput): Promise<Blob> {
  const { default: PptxGenJSClass } = await import('pptxgenjs');
  const pptx = new PptxGenJSClass();
  const fonts = fontsOf(input.settings.language);
  pptx.layout = 'LAYOUT_WIDE';
  pptx.theme = { headFontFace: fonts.face, bodyFontFace: fonts.face };
  pptx.title = input.settings.report;
  pptx.subject = input.url;
  const slides = deckSlides(input);
  const apis = new Map(input.apis.map((api) => [api.id, api]));
  for (const slide of slides) {
    const page = pptx.addSlide();
    if (slide.kind === 'title') titlePage(page, slide, fonts);
    else if (slide.kind === 'sources') sourcesPage(page, slide, fonts);
    else await chartPage(pptx, page, slide, apis.get(slide.id), fonts);
  }
  const written = await pptx.write({ outputType: 'blob' });
  if (!(written instanceof Blob)) throw new Error('the deck was not written as a file');
  return written;
}

function titlePage(page: Slide, slide: TitleSlide, fonts: Fonts) {
  const text = { fontFace: fonts.face, lang: fonts.lang, color: INK };
  page.addText(slide.heading, {
    ...text,
    x: MARGIN,
    y: 0.6,
    w: INNER,
    h: 0.5,
    fontSize: 16,
    color: MUTED,
  });
  page.addText(
    slide.reports.map((report, index) => ({
      text: report,
      options: { breakLine: index < slide.reports.length - 1 },
    })),
    { ...text, x: MARGIN, y: 1.3, w: INNER, h: 2.4, fontSize: 30, bold: true, valign: 'top' },
  );
  page.addText(
    [
      ...slide.lines.map((line) => ({ text: line, options: { breakLine: true } })),
      { text: slide.view.text, options: { hyperlink: { url: slide.view.url }, breakLine: true } },
      { text: slide.view.url, options: { fontSize: 10, color: MUTED } },
    ],
    {
      ...text,
      x: MARGIN,
      y: 4.1,
      w: INNER,
      h: 2.6,
      fontSize: 16,
      valign: 'top',
      paraSpaceAfter: 6,
    },
  );
}

async function chartPage(
  pptx: PptxGenJS,
  page: Slide,
  slide: ChartSlide,
  api: ChartExportApi | undefined,
  fonts: Fonts,
) {
  const text = { fontFace: fonts.face, lang: fonts.lang, color: INK };
  slideHeading(page, slide.title, text);
  page.addText(
    [
      { text: slide.filters, options: { breakLine: slide.counted !== null } },
      ...(slide.counted === null ? [] : [{ text: slide.counted, options: { color: MUTED } }]),
    ],
    { ...text, x: MARGIN, y: 0.9, w: INNER, h: 0.6, fontSize: 12, valign: 'top' },
  );
  if (slide.chart) nativeChart(pptx, page, slide.chart, fonts);
  else if (api) await picture(page, api, slide);
  const notesTop = CHART_BOTTOM + 0.05;
  if (slide.notes.length > 0)
    page.addText(slide.notes.join('\n'), {
      ...text,
      x: MARGIN,
      y: notesTop - 0.45,
      w: INNER,
      h: 0.45,
      fontSize: 9,
      color: MUTED,
    });
  page.addText(slide.footer.join('\n'), {
    ...text,
    x: MARGIN,
    y: notesTop + 0.05,
    w: INNER - 0.6,
    h: 7.5 - notesTop - 0.15,
    fontSize: 9,
    color: MUTED,
    valign: 'bottom',
  });
  page.addNotes(slide.speakerNotes);
  page.slideNumber = { x: WIDTH - MARGIN - 0.5, y: 7.0, w: 0.5, h: 0.3, fontSize: 9, color: MUTED };
}

/** A native, editable bar chart: one series, the bars' own colours, values beside the bars. */
function nativeChart(pptx: PptxGenJS, page: Slide, chart: DeckChart, fonts: Fonts) {
  const legendHeight = chart.legend.length > 0 ? 0.35 : 0;
  if (chart.legend.length > 0)
    page.addText(
      chart.legend.flatMap((group) => [
        { text: '■ ', options: { color: group.color } },
        { text: `${group.name}    `, options: { color: INK } },
      ]),
      {
        fontFace: fonts.face,
        lang: fonts.lang,
        x: MARGIN,
        y: CHART_TOP - 0.3,
        w: INNER,
        h: 0.3,
        fontSize: 11,
      },
    );
  const top = CHART_TOP + legendHeight - 0.3;
  const height = CHART_BOTTOM - top;
  const count = chart.values.length;
  if (count === 0) return;
  // A long chart goes in two columns, each a chart of its own on one scale, so that its labels
  // stay legible; the bars keep one thickness (the shorter column is less tall).
  const columns = count > ROWS_PER_COLUMN ? 2 : 1;
  const perColumn = Math.ceil(count / columns);
  const width = (INNER - COLUMN_GAP * (columns - 1)) / columns;
  const perRow = (height * 72) / perColumn;
  const fontSize = Math.max(6, Math.min(14, Math.floor(perRow * 0.55)));
  // Room beside the longest bar for its value.
  const scaleMax = Math.max(1, ...chart.values) * 1.12;
  for (let column = 0; column < columns; column += 1) {
    const from = column * perColumn;
    const values = chart.values.slice(from, from + perColumn);
    const colors = chart.colors.slice(from, from + perColumn);
    page.addChart(
      pptx.ChartType.bar,
      [
        {
          name: chart.valueColumn,
          labels: chart.categories.slice(from, from + perColumn),
          values,
        },
      ],
      {
        x: MARGIN + column * (width + COLUMN_GAP),
        y: top,
        w: width,
        h: (height * values.length) / perColumn,
        barDir: 'bar',
        // The first bar at the top, as on screen.
        catAxisOrientation: 'maxMin' as 'minMax',
        // One colour is the series' colour; several are one per bar (pptxgenjs' data points).
        chartColors: colors.length > 1 ? colors : [colors[0] ?? '0072B2'],
        barGapWidthPct: 40,
        valAxisHidden: true,
        valAxisMinVal: 0,
        valAxisMaxVal: scaleMax,
        valGridLine: { style: 'none' },
        catAxisLabelFontSize: fontSize,
        // Every bar named: PowerPoint would otherwise skip labels of a long chart.
        catAxisLabelFrequency: '1',
        catAxisLabelFontFace: fonts.face,
        catAxisLabelColor: INK,
        showValue: true,
        dataLabelPosition: 'outEnd',
        dataLabelFontSize: fontSize,
        dataLabelFormatCode: '#,##0',
        showLegend: false,
        lang: fonts.lang,
        altText: chart.description,
      },
    );
  }
}

/** The map as a 2× picture, fitted into the chart area. */
async function picture(page: Slide, api: ChartExportApi, slide: ChartSlide) {
  const png = await rasterize(api.svg(), api.width, api.height, 2);
  const data = await dataUrl(png);
  const boxHeight = CHART_BOTTOM - 0.5 - CHART_TOP + 0.1;
  const scale = Math.min(INNER / api.width, boxHeight / api.height);
  const w = api.width * scale;
  const h = api.height * scale;
  page.addImage({
    data,
    x: MARGIN + (INNER - w) / 2,
    y: CHART_TOP - 0.2,
    w,
    h,
    altText: slide.title,
  });
}

async function dataUrl(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  // pptxgenjs takes "image/png;base64,…" (without the "data:" scheme).
  return `image/png;base64,${btoa(binary)}`;
}

/** A slide's heading, the same on every slide. */
function slideHeading(page: Slide, title: string, text: PptxGenJS.TextPropsOptions) {
  page.addText(title, { ...text, x: MARGIN, y: 0.3, w: INNER, h: 0.6, fontSize: 24, bold: true });
}

function sourcesPage(page: Slide, slide: SourcesSlide, fonts: Fonts) {
  const text = { fontFace: fonts.face, lang: fonts.lang, color: INK };
  slideHeading(page, slide.title, text);
  page.addText(
    [
      { text: slide.citeAs, options: { bold: true, breakLine: true } },
      ...slide.citation.map((line) => ({ text: line, options: { breakLine: true } })),
      { text: slide.documentsLabel, options: { bold: true, breakLine: true } },
      ...slide.documents.map((document) => ({
        text: `${document.text}: ${document.url}`,
        options: { hyperlink: { url: document.url }, breakLine: true },
      })),
      { text: slide.view.text, options: { hyperlink: { url: slide.view.url } } },
    ],
    {
      ...text,
      x: MARGIN,
      y: 1.1,
      w: INNER,
      h: 5.9,
      fontSize: 14,
      valign: 'top',
      paraSpaceAfter: 8,
    },
  );
}
