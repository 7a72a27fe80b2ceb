/**
 * createFakeExcel: an in-memory Excel (the Excel.run / Office.context subset the adapter uses)
 * for the browser demo and the adapter tests. Nothing here touches the real Office objects.
 */
import type { SheetSnapshot } from '../../core/types';
import { FakeContext, type FakeStats } from './api';
import { FakeWorkbookState } from './state';

export { FakeWorkbookState } from './state';
export { FakeOfficeError, PAYLOAD_LIMIT } from './api';
export type { FakeStats } from './api';

export interface FakeWorkbookInit {
  sheets: SheetSnapshot[];
  activeSheet?: string;
  protectedSheets?: string[];
  displayLanguage?: string;
  /** Highest ExcelApi minor version to report as supported (default 17). */
  excelApi?: number;
}

export interface FakeExcel {
  Excel: typeof Excel;
  Office: typeof Office;
  stats: FakeStats;
  state: FakeWorkbookState;
  /** Simulate the user typing in a cell: writes then fail with InvalidOperationInCellEditMode. */
  setEditMode(on: boolean): void;
}

export function createFakeExcel(init: FakeWorkbookInit, state = new FakeWorkbookState(init)): FakeExcel {
  const stats: FakeStats = { syncs: 0, maxRequestBytes: 0, maxResponseBytes: 0 };
  let editMode = false;
  const excel = {
    run: async <T>(cb: (ctx: FakeContext) => Promise<T>): Promise<T> => cb(new FakeContext(state, stats, () => editMode)),
    ConditionalFormatType: { custom: 'Custom' },
  };
  const settings = {
    get: (k: string) => state.settings.get(k) ?? null,
    set: (k: string, v: unknown) => void state.settings.set(k, v),
    remove: (k: string) => void state.settings.delete(k),
    saveAsync: (cb?: (r: { status: string }) => void) => {
      state.savedSettings = new Map(state.settings);
      cb?.({ status: 'succeeded' });
    },
  };
  const office = {
    onReady: async () => ({ host: 'Excel', platform: 'OfficeOnline' }),
    HostType: { Excel: 'Excel' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    context: {
      displayLanguage: init.displayLanguage ?? 'vi-VN',
      document: { settings },
      requirements: { isSetSupported: (name: string, v?: string) => name === 'ExcelApi' && Number((v ?? '1.1').split('.')[1] ?? 0) <= (init.excelApi ?? 17) },
    },
  };
  return {
    Excel: excel as unknown as typeof Excel,
    Office: office as unknown as typeof Office,
    stats,
    state,
    setEditMode: (on) => { editMode = on; },
  };
}

/** A workbook "closed and reopened": same cells, formats, rules, names and saved settings, fresh objects. */
export function reopen(prev: FakeWorkbookState): FakeWorkbookState {
  const next = new FakeWorkbookState({ sheets: [] });
  next.sheets.length = 0;
  const copy = <K, V extends object>(m: Map<K, V>) => new Map([...m].map(([k, v]): [K, V] => [k, { ...v }]));
  for (const s of prev.sheets) {
    next.sheets.push({ ...s, cells: copy(s.cells), merges: s.merges.map((m) => ({ ...m })), fills: new Map(s.fills), rules: s.rules.map((r) => ({ ...r })), styles: s.styles && copy(s.styles), columnWidths: s.columnWidths && new Map(s.columnWidths), handlers: [] });
  }
  next.names = new Map([...prev.names].map(([k, n]) => [k, { ...n, rect: n.rect && { ...n.rect } }]));
  next.activeSheet = prev.activeSheet;
  next.settings = new Map(prev.savedSettings);
  next.savedSettings = new Map(prev.savedSettings);
  return next;
}
