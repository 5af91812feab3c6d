import { DataFileError } from '../api/data-file-error.ts';

export function DataErrorPanel({
  error,
  fallbackFile,
  retrying,
  onRetry,
}: {
  error: Error;
  fallbackFile: string;
  retrying: boolean;
  onRetry: () => void;
}) {
  const file = error instanceof DataFileError ? error.file : fallbackFile;
  const problems = error instanceof DataFileError ? error.problems : [error.message];
  return (
    <section className="error-panel" role="alert" aria-labelledby="error-heading">
      <h2 id="error-heading">
        Could not load <code>{file}</code>
      </h2>
      <ul className="error-problems">
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
      <p>
        To recover, run <code>npm run prep</code>, then reload.
      </p>
      <button type="button" onClick={onRetry} disabled={retrying}>
        {retrying ? 'Retrying…' : 'Retry'}
      </button>
    </section>
  );
}
