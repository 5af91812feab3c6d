/**
 * npm run prep [-- --input FILE --out DIR --symbol SYMBOL --if-needed]
 * Reads data/reports.json (or one --input text) and writes public/data/ (or --out DIR).
 */
import { consoleIo, runCli } from './prep/cli.ts';

const code = await runCli(process.argv.slice(2), consoleIo());
// Every output is written and closed by now, and stdout and stderr write synchronously to files
// and pipes: exiting at once skips the collector's last pass (about 25 ms of a 0.5 s run).
process.exit(code);
