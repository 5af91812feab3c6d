import { useId, useState } from 'react';
import { DataFileError } from '../lib/data/data-file-error.ts';
import { useI18n } from '../lib/i18n/use-i18n.ts';

/** Text with `command` spans set as code, for catalogue messages that name a command. */
function WithCode({ text }: { text: string }) {
  return (
    <>
      {text
        .split('`')
        .map((part, index) => (index % 2 === 1 ? <code key={index}>{part}</code> : part))}
    </>
  );
}

function describe(error: Error): { file: string | null; problems: readonly string[] } {
  return error instanceof DataFileError
    ? { file: error.file, problems: error.problems }
    : { file: null, problems: [error.message] };
}

/** Every file that failed, what is wrong with it, and how to recover; never a blank page. */
export function DataErrorPanel({
  errors,
  onRetry,
}: {
  errors: readonly Error[];
  onRetry: () => void;
}) {
  const { t } = useI18n();
  const headingId = useId();
  // Retry does nothing (and says so) until an attempt comes back (each failed attempt is a new error object).
  const [retried, setRetried] = useState<readonly Error[]>([]);
  const retrying = errors.length > 0 && errors.every((error) => retried.includes(error));

  return (
    <section className="error-panel" role="alert" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('error.title')}</h2>
      <ul className="error-files">
        {errors.map((error, index) => {
          const { file, problems } = describe(error);
          return (
            <li key={file ?? index}>
              {file ? (
                <h3>
                  <code>{file}</code>
                </h3>
              ) : null}
              <ul className="error-problems">
                {problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
      <p>
        <WithCode text={t('error.recover')} />
      </p>
      <button
        type="button"
        aria-disabled={retrying}
        aria-busy={retrying}
        onClick={() => {
          if (retrying) return;
          setRetried(errors);
          onRetry();
        }}
      >
        {t('error.retry')}
      </button>
    </section>
  );
}
