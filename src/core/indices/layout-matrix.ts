/**
 * A layout placed on a grid: the one place that decides where the title, header, body, source
 * line and notes go and how each cell looks, for every writer (the CLI's exceljs file, the
 * add-in's Office.js range). Row 0 holds the title; the header and body rows follow; one blank
 * row; then the source line and one row per note, all in the first column.
 */
import { columnLetter } from '../address';
import type { LayoutMerge, TableLayout } from './layout';

export type CellInput = string | number | null;

export interface PlacedCell {
  /** What to write: a constant, or the R1C1 formula ("=RC[-3]+RC[-1]"); null leaves it empty. */
  input: CellInput;
  /** What the cell shows: for a formula, the result the layout expects. */
  value: CellInput;
  formulaR1C1?: string;
  /** "General" when the layout gives none; "@" (text) for a string Excel would read as a number or date. */
  numberFormat: string;
  bold: boolean;
  italic: boolean;
  align: 'left' | 'center' | 'right' | null;
  /** Header labels wrap inside their (often narrow) columns. */
  wrap: boolean;
  /** "#RRGGBB" behind the user's own province. */
  fill: string | null;
  /** Source and notes lines are set smaller (9 pt). */
  small: boolean;
  /** Left for the user to type (a planned increase): a refresh never overwrites it. */
  userInput: boolean;
}

export interface LayoutMatrix {
  rows: number;
  cols: number;
  cells: PlacedCell[][];
  /** Merges in matrix coordinates (0-based, inclusive). */
  merges: LayoutMerge[];
  /** Widths in characters (Excel's column-width unit), one per column. */
  columnWidths: number[];
  /** First matrix row of each part. */
  at: { title: number; header: number; body: number; source: number };
}

export const SELF_FILL = '#FFF2CC';
export const NOTE_FONT_SIZE = 9;

/**
 * Typed into a cell, "13/63" becomes a date and "1,5" a number: Excel parses strings written
 * through Range.values the way it parses typing. Such strings get the text format first.
 */
export function needsTextFormat(s: string): boolean {
  return /^\s*[=+\-@]/.test(s) || /^(?:true|false)$/i.test(s.trim()) || (/\d/.test(s) && /^[\s\d.,/:%()$€-]+$/.test(s));
}

function blank(): PlacedCell {
  return { input: null, value: null, numberFormat: 'General', bold: false, italic: false, align: null, wrap: false, fill: null, small: false, userInput: false };
}

export function layoutMatrix(t: TableLayout): LayoutMatrix {
  const grid = [...t.header, ...t.body];
  const cols = Math.max(1, ...grid.map((r) => r.length));
  const row = () => Array.from({ length: cols }, blank);
  const cells: PlacedCell[][] = [row()];
  cells[0][0] = { ...blank(), input: t.title, value: t.title, bold: true };
  grid.forEach((src, i) => {
    const out = row();
    src.forEach((c, j) => {
      const text = typeof c.value === 'string' && !c.formulaR1C1 && needsTextFormat(c.value);
      out[j] = {
        input: c.formulaR1C1 ?? c.value,
        value: c.value,
        formulaR1C1: c.formulaR1C1,
        numberFormat: c.numberFormat ?? (text ? '@' : 'General'),
        bold: c.bold ?? false,
        italic: c.italic ?? false,
        align: c.align ?? null,
        wrap: i < t.header.length && c.align !== undefined,
        fill: c.mark === 'self' ? SELF_FILL : null,
        small: false,
        userInput: c.data?.kind === 'increase',
      };
    });
    cells.push(out);
  });
  cells.push(row());
  const source = cells.length;
  for (const line of [t.source, ...t.notes.map((n) => `* ${n}`)]) {
    const out = row();
    out[0] = { ...blank(), input: line, value: line, italic: true, small: true };
    cells.push(out);
  }
  const widths = Array.from({ length: cols }, (_, j) => t.columnWidths[j] ?? 0);
  return { rows: cells.length, cols, cells, merges: t.merges, columnWidths: widths, at: { title: 0, header: 1, body: 1 + t.header.length, source } };
}

/** One property of every cell, as the 2-D array Excel's range setters take. */
export function plane<T>(m: LayoutMatrix, pick: (c: PlacedCell) => T): T[][] {
  return m.cells.map((r) => r.map(pick));
}

export interface Area<T> {
  top: number;
  left: number;
  bottom: number;
  right: number;
  value: T;
}

/**
 * Rectangles of cells sharing one non-null value of a property (bold runs, a filled row…), so an
 * adapter sets each style with a handful of range operations rather than one per cell. Runs
 * along a row are joined with the identical run directly above.
 */
export function areas<T>(m: LayoutMatrix, pick: (c: PlacedCell) => T | null): Area<T>[] {
  const out: Area<T>[] = [];
  const open = new Map<string, Area<T>>();
  m.cells.forEach((r, i) => {
    for (let j = 0; j < m.cols; ) {
      const v = pick(r[j]);
      let k = j;
      while (k + 1 < m.cols && v !== null && pick(r[k + 1]) === v) k++;
      if (v !== null) {
        const key = `${j}:${k}:${String(v)}`;
        const above = open.get(key);
        if (above && above.bottom === i - 1) above.bottom = i;
        else {
          const a = { top: i, left: j, bottom: i, right: k, value: v };
          out.push(a);
          open.set(key, a);
        }
      }
      j = k + 1;
    }
  });
  return out;
}

/**
 * An R1C1 formula as A1 for the cell at (row, col), 1-based: R[-1]C[2] is relative, R3C4
 * absolute ($D$3). Text inside double quotes is left alone.
 */
export function r1c1ToA1(formula: string, row: number, col: number): string {
  const ref = /(?<![A-Za-z0-9_.])R(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?(?![A-Za-z0-9_(])/g;
  const part = (spec: string | undefined, here: number, name: (n: number) => string) => {
    if (spec === undefined) return name(here);
    if (spec.startsWith('[')) return name(here + Number(spec.slice(1, -1)));
    return '$' + name(Number(spec));
  };
  return formula
    .split('"')
    .map((s, i) => (i % 2 ? s : s.replace(ref, (_, r?: string, c?: string) => part(c, col, columnLetter) + part(r, row, String))))
    .join('"');
}
