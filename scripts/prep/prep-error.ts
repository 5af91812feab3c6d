/** A failure that names the file (and line) to blame, in one line. */
export class PrepError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'PrepError';
  }
}
