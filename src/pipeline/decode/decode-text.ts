/** Bytes of a source text -> string, refusing what is not text rather than guessing. */

export class DecodeError extends Error {
  readonly line: number | null;

  constructor(message: string, line: number | null) {
    super(line === null ? message : `line ${line}: ${message}`);
    this.name = 'DecodeError';
    this.line = line;
  }
}

export function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new DecodeError('the file is empty', null);
  if (hasPrefix(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (hasPrefix(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body = hasPrefix(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  const nul = body.indexOf(0);
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
