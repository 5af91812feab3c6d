/**
 * npm run prep [-- --input FILE --out DIR --symbol SYMBOL --if-needed]
 * Reads data/reports.json (or one --input text) and writes public/data/ (or --out DIR).
 */
import { parseArgs } from 'node:util';
import { PrepError, runPrep } from './prep/run-prep.ts';

const { values } = parseArgs({
  options: {
    input: { type: 'string' },
    out: { type: 'string' },
    symbol: { type: 'string' },
    'if-needed': { type: 'boolean', default: false },
  },
});

try {
  const outcome = await runPrep({
    root: process.cwd(),
    ...(values.input ? { input: values.input } : {}),
    ...(values.out ? { out: values.out } : {}),
    ...(values.symbol ? { symbol: values.symbol } : {}),
    ifNeeded: values['if-needed'],
  });
  for (const result of outcome.results) {
    const { metadata, sections, warnings } = result;
    console.log(
      `prep: ${metadata.symbol}: ${metadata.paragraphCount} paragraphs, ${sections.length} sections, ${metadata.footnoteCount} footnotes, ${warnings.length} warnings`,
    );
  }
  console.log(`prep: ${outcome.out} ${outcome.status}`);
} catch (error) {
  const message =
    error instanceof PrepError ? error.message : String((error as Error).stack ?? error);
  console.error(`prep: ${message.split('\n')[0]}`);
  if (!(error instanceof PrepError)) console.error(String((error as Error).stack ?? ''));
  process.exitCode = 1;
}
