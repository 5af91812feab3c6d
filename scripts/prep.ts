/**
 * npm run prep [-- --input FILE --out DIR --symbol SYMBOL --if-needed]
 * Reads data/reports.json (or one --input text) and writes public/data/ (or --out DIR).
 */
import { runCli } from './prep/cli.ts';

process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
