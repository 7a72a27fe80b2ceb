/**
 * The in-memory workbook behind the fake Excel API: cells, merges, the user's own fills, the
 * conditional-format rules, selection, protection and settings. The demo grid renders from it;
 * the fake API (api.ts) reads and writes it only when a request is synced, like Excel does.
 */
import { columnLetter } from '../../core/address';
import { evaluateR1C1, numberText } from './cell-display';
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

/** A cell with content. A formula is kept as written in R1C1; the fake calculates nothing, so its value stays null. */
export interface FakeCell {
  value: CellValue;
  text: string;
  format: string;
  formulaR1C1?: string;
}

/** Formatting other than fills. The number format lives on the cell while it has content and here while it is empty. */
export interface FakeCellStyle {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  numberFormat?: string;
}

/** A workbook-level name; rect null once the rows it referred to were deleted (#REF!). */
export interface FakeName {
  name: string;
  sheet: string;
  rect: Rect | null;
  comment: string;
}

/** Excel's default column: 8.43 characters of the Normal style's font, 64 px = 48 pt. */
export const STANDARD_WIDTH = 8.43;
export const STANDARD_WIDTH_POINTS = 48;

export interface FakeSheet {
  name: string;
  cells: Map<string, FakeCell>;
  merges: MergeArea[];
  /** The user's own fill colour per cell ("r,c" → "#RRGGBB"). */
  fills: Map<string, string>;
  rules: CfRule[];
  protected: boolean;
  /** "r,c" → formatting set by the add-in or the user (optional: older states have none). */
  styles?: Map<string, FakeCellStyle>;
  /** Column → width in points, for columns not at the standard width. */
  columnWidths?: Map<number, number>;
  handlers: ((e: { address: string; source: 'Local' | 'Remote' }) => void)[];
}

type Listener = () => void;

export class FakeWorkbookState {
  readonly sheets: FakeSheet[] = [];
  activeSheet: string;
  selection: { sheet: string; address: string } | null = null;
  settings = new Map<string, unknown>();
  /** Workbook-level names by upper-cased name (Excel compares names case-insensitively). */
  names = new Map<string, FakeName>();
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
    // Like Excel, a typed number ("0,3" in a Vietnamese Excel) is stored as a number.
    const typed = typeof value === 'string' && /^-?\d+(?:[.,]\d+)?$/.test(value.trim()) ? Number(value.trim().replace(',', '.')) : value;
    writeCell(s, `${row},${col}`, typed); // as an API write would: the cell's format stays
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

  /** The user formats a cell by hand (bold, font colour…). */
  userFormat(sheetName: string, row: number, col: number, style: FakeCellStyle): void {
    const s = this.sheet(sheetName);
    if (!s) return;
    Object.assign(styleAt(s, `${row},${col}`), style);
    this.changed();
  }

  /**
   * The user inserts whole rows before `before`: everything from that row moves down, and names
   * follow their cells (a name spanning the insertion point grows), as in Excel.
   */
  userInsertRows(sheetName: string, before: number, count: number): void {
    const s = this.sheet(sheetName);
    if (!s) return;
    const move = <V>(m: Map<string, V> | undefined) => {
      if (!m) return;
      const moved = [...m].map(([k, v]): [string, V] => {
        const [r, c] = k.split(',').map(Number);
        return [r >= before ? `${r + count},${c}` : k, v];
      });
      m.clear();
      for (const [k, v] of moved) m.set(k, v);
    };
    move(s.cells);
    move(s.fills);
    move(s.styles);
    const shift = (r: Rect): Rect => ({ ...r, top: r.top >= before ? r.top + count : r.top, bottom: r.bottom >= before ? r.bottom + count : r.bottom });
    s.merges = s.merges.map(shift);
    for (const rule of s.rules) rule.ranges = rule.ranges.map(shift);
    for (const n of this.names.values()) if (n.sheet === s.name && n.rect) n.rect = shift(n.rect);
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

export function styleAt(s: FakeSheet, key: string): FakeCellStyle {
  s.styles ??= new Map();
  let st = s.styles.get(key);
  if (!st) s.styles.set(key, (st = {}));
  return st;
}

export function numberFormatAt(s: FakeSheet, key: string): string {
  return s.cells.get(key)?.format ?? s.styles?.get(key)?.numberFormat ?? 'General';
}

export function setNumberFormat(s: FakeSheet, key: string, format: string): void {
  const c = s.cells.get(key);
  if (c) c.format = format;
  styleAt(s, key).numberFormat = format;
}

/**
 * What writing one entry of Range.values / formulasR1C1 does: "" or null empties the cell (its
 * number format stays), a string starting with "=" is a formula, anything else a constant.
 * The cell keeps its number format, as in Excel.
 */
export function writeCell(s: FakeSheet, key: string, input: unknown): void {
  const format = numberFormatAt(s, key);
  if (input === '' || input === null || input === undefined) {
    if (format !== 'General') styleAt(s, key).numberFormat = format;
    s.cells.delete(key);
    return;
  }
  if (typeof input === 'string' && input.startsWith('=')) {
    s.cells.set(key, { value: null, text: '', format, formulaR1C1: input });
    return;
  }
  const value: CellValue = typeof input === 'number' || typeof input === 'boolean' || typeof input === 'string' ? input : String(input);
  // A number written through the API shows under its format (textAt); other values show as written.
  s.cells.set(key, { value, text: typeof value === 'number' ? '' : String(value), format });
}

/** What a cell holds: a formula's result (the fake evaluates simple relative sums), else its constant. */
export function valueAt(s: FakeSheet, row: number, col: number, depth = 0): CellValue {
  const cell = s.cells.get(`${row},${col}`);
  if (!cell) return null;
  // Excel reports a circular reference; a chain this deep can only be one.
  if (depth > 64) return { error: '#REF!' };
  if (cell.formulaR1C1) return evaluateR1C1(cell.formulaR1C1, row, col, (r, c) => valueAt(s, r, c, depth + 1));
  return cell.value;
}

/** The text Excel shows: the snapshot's own text, or a number (or formula result) under the cell's format. */
export function textAt(s: FakeSheet, row: number, col: number): string {
  const cell = s.cells.get(`${row},${col}`);
  if (!cell) return '';
  if (cell.text && !cell.formulaR1C1) return cell.text;
  const v = valueAt(s, row, col);
  if (typeof v === 'number') return numberText(v, numberFormatAt(s, `${row},${col}`));
  if (v !== null && typeof v === 'object') return v.error;
  return v === null ? '' : String(v);
}

function sheetFromSnapshot(s: SheetSnapshot, isProtected: boolean): FakeSheet {
  const cells = new Map<string, FakeCell>();
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
