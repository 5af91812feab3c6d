import { lstat, readFile, readdir } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { PrepError } from './prep-error.ts';

/** Written beside the outputs: the list of files prep wrote, so it knows the folder is its own. */
export const OUTPUT_MARKER = '.prep-output.json';
/** What prep writes into an output folder (besides the marker). */
export const OUTPUT_FILES = [
  'paragraphs.json',
  'activities.json',
  'records.json',
  'figures.json',
  'reference.json',
  'prep-report.json',
  'prep-report.md',
] as const;

export interface OutputGuard {
  readonly root: string;
  /** Absolute paths of the texts being read. */
  readonly inputs: readonly string[];
}

const isInside = (child: string, parent: string) =>
  child === parent || child.startsWith(parent.endsWith(sep) ? parent : parent + sep);

/**
 * The folder prep may replace whole: absent, empty, or holding nothing but what prep wrote
 * there before. Never the repository root, data/ or anything inside data/raw, a folder holding
 * an input, or a file. Throws a one-line PrepError naming the folder and why.
 */
export async function checkOutputFolder(folder: string, guard: OutputGuard): Promise<void> {
  const shown = relative(guard.root, folder) || '.';
  const refuse = (why: string): never => {
    throw new PrepError(`--out ${shown}`, `${why}; prep writes only into its own output folders`);
  };
  const root = resolve(guard.root);
  if (folder === root || isInside(root, folder)) refuse('is the project folder or contains it');
  if (isInside(folder, join(root, 'data/raw')) || folder === join(root, 'data')) {
    refuse('is where the raw texts live');
  }
  for (const input of guard.inputs) {
    if (isInside(dirname(input), folder)) refuse('holds the input text');
  }
  const stat = await lstat(folder).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw new PrepError(`--out ${shown}`, `cannot be read (${error.code ?? error.message})`);
  });
  if (!stat) return;
  if (stat.isSymbolicLink()) refuse('is a symbolic link');
  if (!stat.isDirectory()) refuse('is a file, not a folder');
  const entries = await readdir(folder);
  if (entries.length === 0) return;
  const ours = await filesPrepWrote(folder, entries);
  const foreign = entries.filter((name) => !ours.has(name)).sort();
  if (foreign.length > 0) {
    const more = foreign.length > 3 ? ` and ${foreign.length - 3} more` : '';
    refuse(`holds files prep did not write (${foreign.slice(0, 3).join(', ')}${more})`);
  }
}

/**
 * The marker's list; a folder from before the marker existed counts as prep's when it holds only
 * prep's file names and its paragraphs.json says prep generated it.
 */
async function filesPrepWrote(folder: string, entries: readonly string[]): Promise<Set<string>> {
  const marker = await readFile(join(folder, OUTPUT_MARKER), 'utf8').catch(() => null);
  if (marker !== null) {
    const files = parseMarker(marker);
    return new Set(files ? [OUTPUT_MARKER, ...files] : []);
  }
  const known = new Set<string>(OUTPUT_FILES);
  if (!entries.every((name) => known.has(name))) return known;
  const paragraphs = await readFile(join(folder, 'paragraphs.json'), 'utf8').catch(() => '');
  return /"generatedBy":\s*"scripts\/prep\.ts /u.test(paragraphs) ? known : new Set();
}

function parseMarker(text: string): string[] | null {
  try {
    const parsed = JSON.parse(text) as { files?: unknown };
    const files = parsed.files;
    if (!Array.isArray(files) || !files.every((name) => typeof name === 'string')) return null;
    return files.filter((name) => !name.includes('/') && !name.includes('\\'));
  } catch {
    return null;
  }
}

export function markerContent(files: readonly string[], generatedBy: string): string {
  const about =
    'Written by npm run prep beside the files it generated: prep replaces this folder only while it holds nothing else.';
  return `${JSON.stringify({ about, generatedBy, files: [...files].sort() }, null, 2)}\n`;
}
