/** Reads the data files the preview server serves, to compare the page with them. */
export async function servedJson<T>(baseUrl: string, file: string): Promise<T> {
  const response = await fetch(new URL(`data/${file}.json`, baseUrl));
  if (!response.ok) throw new Error(`data/${file}.json: HTTP ${response.status}`);
  return (await response.json()) as T;
}

interface Record {
  readonly report: string;
  readonly country: string | null;
  readonly role: string | null;
  readonly paragraph: number;
  readonly sentence: number;
}

export interface ServedCounts {
  readonly records: number;
  readonly sentences: number;
  /** Paragraphs that records come from. */
  readonly paragraphs: number;
  /** Paragraphs the report has. */
  readonly reportParagraphs: number;
  /** Countries named in records, whatever the role. */
  readonly countries: number;
}

/** The header's numbers, counted here independently of the app's code. */
export async function servedCounts(baseUrl: string): Promise<ServedCounts> {
  const activities = await servedJson<{ records: Record[] }>(baseUrl, 'activities');
  const paragraphs = await servedJson<{ paragraphs: unknown[] }>(baseUrl, 'paragraphs');
  const distinct = (key: (record: Record) => string | null) =>
    new Set(activities.records.map(key).filter((value) => value !== null)).size;
  return {
    records: activities.records.length,
    sentences: distinct((r) => `${r.report} ${r.paragraph} ${r.sentence}`),
    paragraphs: distinct((r) => `${r.report} ${r.paragraph}`),
    reportParagraphs: paragraphs.paragraphs.length,
    countries: distinct((r) => r.country),
  };
}
