/**
 * The in-memory workbook behind the fake Excel API: cells, merges, the user's own fills, the
 * conditional-format rules, selection, protection and settings. The demo grid renders from it;
 * the fake API (api.ts) reads and writes it only when a request is synced, like Excel does.
 */
import { columnLetter } from '../../core/address';
import type { CellValue, MergeArea, SheetSnapshot } from '../../core/types';

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface CfRule {
  id: number;
  ranges: Rect[];
  formula: string;
  fill: string | null;
}

export interface FakeSheet {
  name: string;
  cells: Map<string, { value: CellValue; text: string; format: string }>;
  merges: MergeArea[];
  /** The user's own fill colour per cell ("r,c" → "#RRGGBB"). */
  fills: Map<string, string>;
  rules: CfRule[];
  protected: boolean;
  handlers: ((e: { address: string; source: 'Local' | 'Remote' }) => void)[];
}

type Listener = () => void;

export class FakeWorkbookState {
  readonly sheets: FakeSheet[] = [];
  activeSheet: string;
  selection: { sheet: string; address: string } | null = null;
  settings = new Map<string, unknown>();
  savedSettings = new Map<string, unknown>();
  private listeners = new Set<Listener>();
  private nextRuleId = 1;

  constructor(init: { sheets: SheetSnapshot[]; activeSheet?: string; protectedSheets?: string[] }) {
    for (const s of init.sheets) this.sheets.push(sheetFromSnapshot(s, init.protectedSheets?.includes(s.sheetName) ?? false));
    this.activeSheet = init.activeSheet ?? this.sheets[0]?.name ?? 'Sheet1';
    if (this.sheets.length === 0) this.addSheet(this.activeSheet);
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  addSheet(name: string): FakeSheet {
    const s: FakeSheet = { name, cells: new Map(), merges: [], fills: new Map(), rules: [], protected: false, handlers: [] };
    this.sheets.push(s);
    return s;
  }

  deleteSheet(name: string): void {
    const i = this.sheets.findIndex((s) => s.name === name);
    if (i >= 0) this.sheets.splice(i, 1);
    if (this.activeSheet === name) this.activeSheet = this.sheets[0]?.name ?? '';
  }

  addRule(sheet: FakeSheet, ranges: Rect[], formula: string, fill: string | null): CfRule {
    const rule = { id: this.nextRuleId++, ranges, formula, fill };
    sheet.rules.push(rule);
    return rule;
  }

  /** The fill a person sees: the last matching conditional format wins over the cell's own fill. */
  effectiveFill(sheetName: string, row: number, col: number): string | null {
    const s = this.sheet(sheetName);
    if (!s) return null;
    for (let i = s.rules.length - 1; i >= 0; i--) {
      const rule = s.rules[i];
      if (rule.fill && rule.ranges.some((r) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right)) return rule.fill;
    }
    return s.fills.get(`${row},${col}`) ?? null;
  }

  /** A user edit from the grid: changes the cell and raises the sheet's onChanged handlers. */
  userEdit(sheetName: string, row: number, col: number, value: CellValue): void {
    const s = this.sheet(sheetName);
    if (!s) return;
    s.cells.set(`${row},${col}`, { value, text: value === null ? '' : String(value), format: 'General' });
    for (const h of s.handlers) h({ address: `${columnLetter(col)}${row}`, source: 'Local' });
    this.changed();
  }

  /** The user colours a cell by hand (used to test that such colours survive clearing). */
  userFill(sheetName: string, row: number, col: number, color: string | null): void {
    const s = this.sheet(sheetName);
    if (!s) return;
    if (color) s.fills.set(`${row},${col}`, color);
    else s.fills.delete(`${row},${col}`);
    this.changed();
  }

  /** The user clicks a cell (the demo grid): it becomes the selection and the active cell. */
  select(sheetName: string, address: string): void {
    this.selection = { sheet: sheetName, address };
    this.changed();
  }

  /** The user clicks a sheet tab. */
  activate(sheetName: string): void {
    if (!this.sheet(sheetName)) return;
    this.activeSheet = sheetName;
    this.changed();
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Counts changes, so that a view (useSyncExternalStore) knows when to draw again. */
  version = 0;

  changed(): void {
    this.version++;
    for (const l of this.listeners) l();
  }
}

function sheetFromSnapshot(s: SheetSnapshot, isProtected: boolean): FakeSheet {
  const cells = new Map<string, { value: CellValue; text: string; format: string }>();
  s.values.forEach((row, i) =>
    row.forEach((value, j) => {
      if (value === null) return;
      const r = s.top + i;
      const c = s.left + j;
      cells.set(`${r},${c}`, { value, text: s.text?.[i]?.[j] || String(typeof value === 'object' ? value.error : value), format: s.numberFormats?.[i]?.[j] ?? 'General' });
    }),
  );
  return { name: s.sheetName, cells, merges: [...s.merges], fills: new Map(), rules: [], protected: isProtected, handlers: [] };
}
