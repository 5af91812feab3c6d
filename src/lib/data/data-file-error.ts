import { SCHEMA_VERSION } from '../../domain/index.ts';

/** A generated data file the app could not use; `problems` are shown to the user verbatim. */
export class DataFileError extends Error {
  readonly file: string;
  readonly problems: readonly string[];

  constructor(file: string, problems: readonly string[]) {
    super(`${file}: ${problems.join('; ')}`);
    this.name = 'DataFileError';
    this.file = file;
    this.problems = problems;
  }
}

interface Issue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

const MAX_ISSUES = 5;

export function formatIssuePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((key, index) => {
      if (typeof key === 'number') return `[${key}]`;
      return index === 0 ? String(key) : `.${String(key)}`;
    })
    .join('');
}

function schemaVersionOf(json: unknown): unknown {
  if (typeof json !== 'object' || json === null || !('meta' in json)) return undefined;
  const { meta } = json;
  if (typeof meta !== 'object' || meta === null || !('schemaVersion' in meta)) return undefined;
  return meta.schemaVersion;
}

// A version mismatch gets its own sentence: it means "regenerate", not "the file is corrupt".
export function describeIssues(issues: readonly Issue[], json: unknown): string[] {
  const version = schemaVersionOf(json);
  const versionProblem =
    version !== undefined && version !== SCHEMA_VERSION
      ? [
          `meta.schemaVersion: the file has version ${JSON.stringify(version)}, this app reads version ${SCHEMA_VERSION}`,
        ]
      : [];
  const rest = issues
    .filter(
      (issue) =>
        versionProblem.length === 0 || formatIssuePath(issue.path) !== 'meta.schemaVersion',
    )
    .map((issue) => `${formatIssuePath(issue.path)}: ${issue.message}`);
  const all = [...versionProblem, ...rest];
  if (all.length <= MAX_ISSUES) return all;
  return [...all.slice(0, MAX_ISSUES), `and ${all.length - MAX_ISSUES} more problems`];
}
