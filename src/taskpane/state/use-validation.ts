/**
 * The report the panels share: the sheet as last read, the user's saved choices (as-of date,
 * due-soon window, profile, column mapping) and the engine's report on both. Changing a choice
 * re-runs the pure engine on the snapshot already read; only "check" reads the sheet again.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { validateWith } from '../../commands/actions';
import type { Report, SheetSnapshot } from '../../core/types';
import type { AddinSettings, WorkbookApi } from '../../excel/api';

export interface Validation {
  settings: AddinSettings;
  report: Report | null;
  snapshot: SheetSnapshot | null;
  /** True when the last check was run by a change in the sheet, not by the user. */
  automatic: boolean;
  /** Read the active sheet and validate it. */
  check: (automatic?: boolean) => Promise<Report>;
  /** Save new choices in the workbook and validate again (without re-reading the sheet). */
  update: (patch: Partial<AddinSettings>) => Promise<void>;
}

export function useValidation(api: WorkbookApi): Validation {
  const [settings, setSettings] = useState<AddinSettings>({});
  const [snapshot, setSnapshot] = useState<SheetSnapshot | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [automatic, setAutomatic] = useState(false);
  const settingsRef = useRef(settings);

  useEffect(() => {
    let live = true;
    api.loadSettings().then(
      (s) => {
        if (!live) return;
        settingsRef.current = s;
        setSettings(s);
      },
      () => undefined, // no saved settings is the same as defaults
    );
    return () => {
      live = false;
    };
  }, [api]);

  const check = useCallback(async (auto = false) => {
    const snap = await api.readActiveSheet();
    const next = validateWith(snap, settingsRef.current);
    setSnapshot(snap);
    setReport(next);
    setAutomatic(auto);
    return next;
  }, [api]);

  const update = useCallback(
    async (patch: Partial<AddinSettings>) => {
      const next = { ...settingsRef.current, ...patch };
      settingsRef.current = next;
      setSettings(next);
      if (snapshot) setReport(validateWith(snapshot, next));
      await api.saveSettings(next);
    },
    [api, snapshot],
  );

  return { settings, report, snapshot, automatic, check, update };
}
