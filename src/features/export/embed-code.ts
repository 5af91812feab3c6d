import { xmlEscape } from './xml-escape.ts';

/** The view's address with `embed=ID`: the chart alone, under the same filters and language. */
export function embedUrl(href: string, id: string): string {
  const url = new URL(href);
  url.searchParams.set('embed', id);
  url.hash = '';
  return url.toString();
}

/** An iframe that shows one chart of the view with its caption; room for the caption below it. */
export function embedCode(href: string, id: string, title: string, chartHeight: number): string {
  const height = Math.round(chartHeight) + 260;
  return `<iframe src="${xmlEscape(embedUrl(href, id))}" title="${xmlEscape(title)}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
}
