import type { RawLine } from './raw-lines.ts';

const DOCUMENT_SYMBOL = /^[A-Z]{1,6}(?:\/[A-Z0-9.]+){2,}\*?$/u;
/**
 * The job number of the UN's document services: GE.20-06161 (Geneva), V.20-01234, N2012345 and
 * 20-06161 forms, with the page number on either side, the language letter "(C)" and the
 * processing dates the first page prints ("GE.20-06161 (C) 170620 180620").
 */
const JOB_NUMBER =
  /^(?:\d{1,3}\s+)?(?:(?:GE|V|N)\.?\s?)?\d{2}-?\d{5}(?:\s*\([A-Z]\))?(?:\s+\d{6}){0,2}(?:\s+\d{1,3})?$/u;
/** The bar code of the job number and the recycling line on a document's first page. */
const FIRST_PAGE_MARKS = /^(?:\*\d{7}\*|请回收|Please recycle)\s*\W?$/u;
const PAGE_NUMBER = /^\d{1,3}$/u;
const URL_ONLY = /^https?:\/\/\S+$/u;

export function isPageHeaderOrFooter(text: string): boolean {
  return DOCUMENT_SYMBOL.test(text) || isJobNumber(text) || FIRST_PAGE_MARKS.test(text);
}

function isJobNumber(text: string): boolean {
  // A bare "20-06161" or seven digits could be body text; only with a prefix or a language letter.
  return JOB_NUMBER.test(text) && /GE|V\.|N\d|\([A-Z]\)/u.test(text);
}

/** A bare page number counts as furniture only beside a header or footer line. */
export function isBarePageNumber(lines: readonly RawLine[], index: number): boolean {
  const line = lines[index];
  if (!line || !PAGE_NUMBER.test(line.text)) return false;
  const neighbours = [
    ...nearbyNonBlank(lines, index, -1, 2),
    ...nearbyNonBlank(lines, index, 1, 2),
  ];
  return neighbours.some((other) => isPageHeaderOrFooter(other.text));
}

export function isUrlOnly(text: string): boolean {
  return URL_ONLY.test(text);
}

/**
 * The extraction repeats each footnote hyperlink as bare URL lines after the footnotes
 * ("http://见www..."). Such a line is an artefact when it repeats, when a Chinese word was
 * glued into it, or when the footnotes already hold its address.
 */
export function isUrlAnnotation(
  lines: readonly RawLine[],
  index: number,
  footnoteTextSoFar: string,
  /** The open note was cut inside an address: only a whole address already read repeats. */
  wholeAddressOnly = false,
): boolean {
  const line = lines[index];
  if (!line || !isUrlOnly(line.text)) return false;
  const [previous] = nearbyNonBlank(lines, index, -1, 1);
  const [next] = nearbyNonBlank(lines, index, 1, 1);
  if (previous?.text === line.text || next?.text === line.text) return true;
  const address = line.text.replace(/^https?:\/\//u, '');
  if (/^\p{Script=Han}/u.test(address)) return true;
  // The extraction links a cited document symbol to the UN's resolver.
  const symbol =
    /^(?:undocs\.org|documents\.un\.org|docs\.un\.org)\/(?:(?:zh|en|ch)\/)?(.+)$/u.exec(
      address,
    )?.[1];
  if (symbol && footnoteTextSoFar.includes(symbol)) return true;
  const bare = safeDecode(address).replace(/\s+/gu, '');
  const footnotes = footnoteTextSoFar.replace(/\s+/gu, '');
  if (wholeAddressOnly) {
    // Only an address the notes hold whole, not the start of a longer one.
    const addresses = (footnoteTextSoFar.match(/(?:https?:\/\/|www\.)[^\s，。；]+/gu) ?? []).map(
      (url) => safeDecode(url.replace(/^https?:\/\//u, '').replace(/[.,;:)）]+$/u, '')),
    );
    return addresses.includes(bare.replace(/[.,;:)）]+$/u, ''));
  }
  return bare.length > 8 && footnotes.includes(bare.slice(0, Math.min(bare.length, 40)));
}

function safeDecode(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

function nearbyNonBlank(
  lines: readonly RawLine[],
  index: number,
  step: 1 | -1,
  count: number,
): RawLine[] {
  const found: RawLine[] = [];
  for (let i = index + step; i >= 0 && i < lines.length && found.length < count; i += step) {
    const line = lines[i];
    if (line && line.text !== '') found.push(line);
  }
  return found;
}

/** The document symbol printed in the page headers, e.g. "A/HRC/44/28". */
export function findDocumentSymbol(text: string): string | null {
  for (const line of text.split(/\r\n?|\n/u)) {
    const trimmed = line.trim().replace(/\*$/u, '');
    if (DOCUMENT_SYMBOL.test(trimmed)) return trimmed;
  }
  return null;
}
