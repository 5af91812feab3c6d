/** A problem that makes the input unusable; names the raw line when one is to blame. */
export class SegmentError extends Error {
  readonly line: number | null;

  constructor(message: string, line: number | null = null) {
    super(line === null ? message : `line ${line}: ${message}`);
    this.name = 'SegmentError';
    this.line = line;
  }
}

export interface SegmentWarning {
  readonly line: number | null;
  readonly code: string;
  readonly message: string;
}
