/** Bytes of a source text -> string, refusing what is not text rather than guessing. */

export class DecodeError extends Error {
  readonly line: number | null;

  constructor(message: string, line: number | null) {
    super(line === null ? message : `line ${line}: ${message}`);
    this.name = 'DecodeError';
    this.line = line;
  }
}

/**
 * The largest text the pipeline accepts: 5 MiB. A long UN report (100 pages) is well under
 * 1 MB of text and A/HRC/44/28 is 55 KB; a bigger file is a concatenation or the wrong file,
 * and its paragraphs would all be loaded into the browser at once.
 */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

export function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new DecodeError('the file is empty', null);
  if (bytes.length > MAX_INPUT_BYTES) {
    const mib = (count: number) => (count / 1024 / 1024).toFixed(1);
    throw new DecodeError(
      `the file is ${mib(bytes.length)} MiB, over the ${mib(MAX_INPUT_BYTES)} MiB limit for one report: pass one report per file`,
      null,
    );
  }
  if (hasPrefix(bytes, [0xff, 0xfe])) return decodeUtf16(bytes.subarray(2), 'le');
  if (hasPrefix(bytes, [0xfe, 0xff])) return decodeUtf16(bytes.subarray(2), 'be');
  const body = hasPrefix(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  const nul = body.indexOf(0);
  if (nul >= 0 && looksLikeUtf16(body)) {
    throw new DecodeError(
      'UTF-16 without a byte-order mark: save the file as UTF-8 (or UTF-16 with a byte-order mark)',
      null,
    );
  }
  if (nul >= 0)
    throw new DecodeError('binary data (a NUL byte): not a text file', lineAt(body, nul));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    const offset = firstInvalidUtf8(body);
    throw new DecodeError(
      'not valid UTF-8 (GB18030/GBK or another encoding?): convert the file to UTF-8',
      lineAt(body, offset),
    );
  }
}

/** UTF-16 with its byte-order mark, refusing a lone surrogate as UTF-8 refuses a broken sequence. */
function decodeUtf16(body: Uint8Array, order: 'le' | 'be'): string {
  if (body.length % 2 !== 0) {
    throw new DecodeError('not valid UTF-16: the file ends in half a character', null);
  }
  const unit = (index: number) =>
    order === 'le'
      ? (body[index * 2] ?? 0) | ((body[index * 2 + 1] ?? 0) << 8)
      : ((body[index * 2] ?? 0) << 8) | (body[index * 2 + 1] ?? 0);
  const units = body.length / 2;
  let line = 1;
  for (let index = 0; index < units; index += 1) {
    const code = unit(index);
    if (code === 0x0a) line += 1;
    if (code === 0) throw new DecodeError('binary data (a NUL character): not a text file', line);
    const high = code >= 0xd800 && code <= 0xdbff;
    const low = code >= 0xdc00 && code <= 0xdfff;
    if (low || (high && !isLowSurrogate(index + 1 < units ? unit(index + 1) : -1))) {
      throw new DecodeError(
        'not valid UTF-16 (a lone surrogate): the file is damaged or was cut; export it again',
        line,
      );
    }
    if (high) index += 1;
  }
  return new TextDecoder(order === 'le' ? 'utf-16le' : 'utf-16be').decode(body);
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** NUL bytes mostly at even (or mostly at odd) offsets: ASCII spaces, breaks and digits in UTF-16. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096 - (Math.min(bytes.length, 4096) % 2));
  let even = 0;
  let odd = 0;
  sample.forEach((byte, index) => {
    if (byte !== 0) return;
    if (index % 2 === 0) even += 1;
    else odd += 1;
  });
  const pairs = sample.length / 2;
  const most = Math.max(even, odd);
  // CJK characters such as 一 (U+4E00) put a NUL on the other side now and then.
  return most >= 8 && most >= pairs * 0.05 && Math.min(even, odd) <= most * 0.25;
}

function hasPrefix(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset; index += 1) if (bytes[index] === 0x0a) line += 1;
  return line;
}

/** The end of the longest valid prefix, by bisection (streaming mode accepts a cut character). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, middle), { stream: true });
      low = middle;
    } catch {
      high = middle - 1;
    }
  }
  return low;
}
