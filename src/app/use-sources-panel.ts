import { useCallback, useEffect, useRef, useState } from 'react';
import type { SourcesRequest } from '../lib/provenance/sources-request.ts';

interface OpenPanel {
  readonly request: SourcesRequest;
  /** Counts openings: each one mounts a fresh panel (focus moves in, scroll starts at the top). */
  readonly serial: number;
  /** Where focus was when the panel opened; it goes back there on close. */
  readonly opener: HTMLElement | null;
}

/** Which sources the panel shows: app state, not URL state (a panel is not a view to share). */
export function useSourcesPanel() {
  const [open, setOpen] = useState<OpenPanel | null>(null);

  const show = useCallback((request: SourcesRequest) => {
    const active = document.activeElement;
    const opener =
      active instanceof HTMLElement && active !== document.body && !active.closest('dialog')
        ? active
        : null;
    // Opened again from inside the panel: focus still returns to the first opener.
    setOpen((previous) => ({
      request,
      serial: (previous?.serial ?? 0) + 1,
      opener: opener ?? previous?.opener ?? null,
    }));
  }, []);

  // The open panel as of the last commit, so that `close` stays one function (the panel is memoised).
  const current = useRef(open);
  useEffect(() => {
    current.current = open;
  }, [open]);
  const close = useCallback(() => {
    const opener = current.current?.opener;
    setOpen(null);
    if (opener?.isConnected) opener.focus();
  }, []);

  return { request: open?.request ?? null, serial: open?.serial ?? 0, show, close };
}
