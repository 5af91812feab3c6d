import { parseArgs } from 'node:util';
import { reportEntrySchema } from '../../src/domain/index.ts';
import { PrepError } from './prep-error.ts';
import { runPrep } from './run-prep.ts';

export interface CliIo {
  readonly cwd: string;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

/** The terminal: the working folder, stdout and stderr. */
export function consoleIo(): CliIo {
  return {
    cwd: process.cwd(),
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  };
}

const USAGE =
  'usage: npm run prep [-- --input FILE | --reports LIST.json] [--out DIR --symbol SYMBOL --if-needed]';

/** `npm run prep`: returns the exit code; every failure is one line on stderr. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let values: {
    input?: string;
    reports?: string;
    out?: string;
    symbol?: string;
    'if-needed'?: boolean;
  };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        input: { type: 'string' },
        reports: { type: 'string' },
        out: { type: 'string' },
        symbol: { type: 'string' },
        'if-needed': { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    io.err(`prep: ${oneLine((error as Error).message)} (${USAGE})`);
    return 2;
  }
  try {
    if (values.symbol !== undefined) checkSymbol(values.symbol);
    if (values.input !== undefined && values.reports !== undefined) {
      throw new PrepError('--reports', 'lists the texts to prepare: give it or --input, not both');
    }
    if (values.symbol !== undefined && values.input === undefined) {
      throw new PrepError('--symbol', 'applies to one --input text only');
    }
    const outcome = await runPrep({
      root: io.cwd,
      ...(values.input !== undefined ? { input: values.input } : {}),
      ...(values.reports !== undefined ? { reports: values.reports } : {}),
      ...(values.out !== undefined ? { out: values.out } : {}),
      ...(values.symbol !== undefined ? { symbol: values.symbol } : {}),
      ifNeeded: values['if-needed'] ?? false,
    });
    outcome.results.forEach(({ metadata, sections, warnings }, index) => {
      const total = warnings.length + (outcome.taggingWarnings[index] ?? 0);
      io.out(
        `prep: ${metadata.symbol}: ${metadata.paragraphCount} paragraphs, ${sections.length} sections, ${metadata.footnoteCount} footnotes, ${total} warnings`,
      );
    });
    io.out(`prep: ${outcome.out} ${outcome.status}`);
    return 0;
  } catch (error) {
    if (error instanceof PrepError) {
      io.err(`prep: ${oneLine(error.message)}`);
      return 1;
    }
    // A bug, not bad input: still one line first, then the stack for whoever debugs it.
    io.err(`prep: internal error: ${oneLine(String((error as Error).message ?? error))}`);
    io.err(String((error as Error).stack ?? ''));
    return 70;
  }
}

function checkSymbol(symbol: string): void {
  const parsed = reportEntrySchema.shape.symbol.safeParse(symbol);
  if (!parsed.success) {
    throw new PrepError(
      '--symbol',
      `"${oneLine(symbol).slice(0, 60)}" is not a UN document symbol such as A/HRC/44/28`,
    );
  }
}

function oneLine(text: string): string {
  return text.replace(/\s*\n[\s\S]*$/u, '');
}
