/**
 * Runs one workbook action at a time with a busy flag, an error and a success notice, so that a
 * panel never shows a half-finished state and a failure never escapes as an exception.
 */
import { useCallback, useRef, useState } from 'react';

export interface ActionState {
  busy: boolean;
  error: unknown;
  notice: string | null;
  /** Run work; its string result (if any) becomes the notice. Returns false when it failed. */
  run: (work: () => Promise<string | void>) => Promise<boolean>;
  dismiss: () => void;
}

export function useAction(): ActionState {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const running = useRef(false);

  const run = useCallback(async (work: () => Promise<string | void>) => {
    if (running.current) return false; // a second click while working does nothing
    running.current = true;
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const message = await work();
      if (message) setNotice(message);
      return true;
    } catch (e) {
      setError(e ?? new Error('unknown'));
      return false;
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);

  const dismiss = useCallback(() => {
    setError(null);
    setNotice(null);
  }, []);

  return { busy, error, notice, run, dismiss };
}
