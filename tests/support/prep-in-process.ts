import { runCli } from '../../scripts/prep/cli.ts';

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * `npm run prep -- ARGS` in the folder `cwd`, run in this process: the same code path as the
 * command (scripts/prep.ts calls runCli), without a child process whose start-up time depends
 * on how busy the machine is.
 */
export async function prep(cwd: string, ...args: string[]): Promise<CliResult> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runCli(args, {
    cwd,
    out: (line) => stdout.push(`${line}\n`),
    err: (line) => stderr.push(`${line}\n`),
  });
  return { code, stdout: stdout.join(''), stderr: stderr.join('') };
}
