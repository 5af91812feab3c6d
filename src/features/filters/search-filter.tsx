import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../../lib/i18n/use-i18n.ts';

export const SEARCH_DEBOUNCE_MS = 250;

interface SearchFilterProps {
  /** The search in the URL. */
  readonly value: string;
  readonly onCommit: (value: string) => void;
}

/** Free text over the records' sentences and names; written to the URL 250 ms after typing stops. */
export function SearchFilter({ value, onCommit }: SearchFilterProps) {
  const { t } = useI18n();
  const inputId = useId();
  const hintId = useId();
  const [text, setText] = useState(value);
  // The value last seen in (or sent to) the URL: a change from elsewhere (clear all, back) replaces the text.
  const [known, setKnown] = useState(value);
  if (value !== known) {
    setKnown(value);
    setText(value);
  }
  const commit = useRef(onCommit);
  useEffect(() => {
    commit.current = onCommit;
  });
  useEffect(() => {
    if (text === known) return undefined;
    const timer = setTimeout(() => {
      setKnown(text);
      commit.current(text);
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, known]);
  return (
    <div className="filter-field filter-search">
      <label htmlFor={inputId}>{t('filters.q')}</label>
      <input
        id={inputId}
        type="search"
        value={text}
        aria-describedby={hintId}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && text !== known) {
            event.preventDefault();
            setKnown(text);
            commit.current(text);
          }
        }}
      />
      <p id={hintId} className="filter-hint">
        {t('filters.qHint')}
      </p>
    </div>
  );
}
