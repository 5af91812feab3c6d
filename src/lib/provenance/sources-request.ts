/** One paragraph of a report, as the provenance panel looks it up. */
export interface ParagraphRef {
  readonly report: string;
  readonly paragraph: number;
}

/**
 * What any view asks the provenance panel to show: the paragraphs behind a number. Features
 * build it without importing the panel; the app opens the panel with it.
 */
export interface SourcesRequest {
  /** What the number is, in the chosen language, e.g. "Colombia" or "Gender: 12 records". */
  readonly title: string;
  readonly refs: readonly ParagraphRef[];
}

/** A request for the paragraphs of `records`, each paragraph once, in report order. */
export function sourcesRequestFor(
  title: string,
  records: readonly { readonly report: string; readonly paragraph: number }[],
): SourcesRequest {
  const seen = new Map<string, ParagraphRef>();
  for (const { report, paragraph } of records)
    seen.set(`${report}\u0000${paragraph}`, { report, paragraph });
  const refs = [...seen.values()].sort(
    (a, b) => a.report.localeCompare(b.report) || a.paragraph - b.paragraph,
  );
  return { title, refs };
}
