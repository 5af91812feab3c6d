/** Reads the data files the preview server serves, to compare the page with them. */
export async function servedJson<T>(baseUrl: string, file: string): Promise<T> {
  const response = await fetch(new URL(`data/${file}.json`, baseUrl));
  if (!response.ok) throw new Error(`data/${file}.json: HTTP ${response.status}`);
  return (await response.json()) as T;
}

interface Record {
  readonly country: string | null;
  readonly role: string | null;
  readonly paragraph: number;
}

export interface ServedCounts {
  readonly records: number;
  readonly paragraphs: number;
  readonly countries: number;
}

/** The header's three numbers, counted here independently of the app's code. */
export async function servedCounts(baseUrl: string): Promise<ServedCounts> {
  const activities = await servedJson<{ records: Record[] }>(baseUrl, 'activities');
  const paragraphs = await servedJson<{ paragraphs: unknown[] }>(baseUrl, 'paragraphs');
  const countries = new Set(
    activities.records
      .filter((record) => record.country !== null && record.role !== 'mention')
      .map((record) => record.country),
  );
  return {
    records: activities.records.length,
    paragraphs: paragraphs.paragraphs.length,
    countries: countries.size,
  };
}
