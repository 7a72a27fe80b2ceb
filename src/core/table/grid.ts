/**
 * Read access to a sheet snapshot in sheet coordinates, with merged cells resolved: every cell
 * of a merged area reads as its top-left anchor, as a person sees it. Merges are indexed once so
 * that a lookup is O(1) even on 100,000-row sheets.
 */
import { isErrorValue } from '../fields/cell-input';
import type { CellInput } from '../fields/cell-input';
import { clean } from '../text/normalize';
import type { CellValue, MergeArea, SheetSnapshot } from '../types';

export class Grid {
  readonly sheetName: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  private readonly snap: SheetSnapshot;
  /** Merge covering a cell, keyed by row * width + column offset. */
  private readonly mergeOf = new Map<number, MergeArea>();
  private readonly width: number;
  private readonly textCache = new Map<number, string>();

  constructor(snapshot: SheetSnapshot) {
    this.snap = snapshot;
    this.sheetName = snapshot.sheetName;
    this.top = snapshot.top;
    this.left = snapshot.left;
    const rows = snapshot.values.length;
    this.width = snapshot.values.reduce((w, r) => Math.max(w, r?.length ?? 0), 0);
    this.bottom = this.top + rows - 1;
    this.right = this.left + this.width - 1;
    for (const m of snapshot.merges ?? []) this.indexMerge(m);
  }

  private indexMerge(m: MergeArea): void {
    if (![m.top, m.left, m.bottom, m.right].every(Number.isInteger)) return;
    const top = Math.max(m.top, this.top);
    const bottom = Math.min(m.bottom, this.bottom);
    const left = Math.max(m.left, this.left);
    const right = Math.min(m.right, this.right);
    if (top > bottom || left > right || (top === bottom && left === right)) return;
    // Skip absurd merges (whole columns) beyond a cell budget; they carry no table structure.
    if ((bottom - top + 1) * (right - left + 1) > 2_000_000) return;
    const area = { top: m.top, left: m.left, bottom: m.bottom, right: m.right };
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) {
        const key = this.key(r, c);
        if (!this.mergeOf.has(key)) this.mergeOf.set(key, area);
      }
    }
  }

  private key(row: number, col: number): number {
    return (row - this.top) * this.width + (col - this.left);
  }

  private inside(row: number, col: number): boolean {
    return row >= this.top && row <= this.bottom && col >= this.left && col <= this.right;
  }

  /** The raw value stored in the cell itself (no merge resolution). */
  rawValue(row: number, col: number): CellValue {
    if (!this.inside(row, col)) return null;
    const v = this.snap.values[row - this.top]?.[col - this.left];
    return v === undefined ? null : v;
  }

  mergeAt(row: number, col: number): MergeArea | null {
    if (!this.inside(row, col)) return null;
    return this.mergeOf.get(this.key(row, col)) ?? null;
  }

  /** The anchor (top-left) of the merge covering a cell, or the cell itself. */
  anchor(row: number, col: number): { row: number; col: number } {
    const m = this.mergeAt(row, col);
    return m && this.inside(m.top, m.left) ? { row: m.top, col: m.left } : { row, col };
  }

  value(row: number, col: number): CellValue {
    const a = this.anchor(row, col);
    return this.rawValue(a.row, a.col);
  }

  /** Displayed text, merge-resolved, NFC with white space folded. */
  text(row: number, col: number): string {
    const a = this.anchor(row, col);
    if (!this.inside(a.row, a.col)) return '';
    const key = this.key(a.row, a.col);
    const cached = this.textCache.get(key);
    if (cached !== undefined) return cached;
    const shown = this.snap.text?.[a.row - this.top]?.[a.col - this.left];
    const v = this.rawValue(a.row, a.col);
    const raw = typeof shown === 'string' && shown !== '' ? shown : v === null ? '' : isErrorValue(v) ? v.error : String(v);
    const out = clean(raw);
    this.textCache.set(key, out);
    return out;
  }

  numberFormat(row: number, col: number): string | null {
    const a = this.anchor(row, col);
    return this.snap.numberFormats?.[a.row - this.top]?.[a.col - this.left] ?? null;
  }

  isEmpty(row: number, col: number): boolean {
    return this.text(row, col) === '';
  }

  isRawEmpty(row: number, col: number): boolean {
    const v = this.rawValue(row, col);
    return v === null || (typeof v === 'string' && clean(v) === '');
  }

  /** True when the cell lies in a merge but is not its anchor (its value comes from above/left). */
  isMergedFollower(row: number, col: number): boolean {
    const m = this.mergeAt(row, col);
    return !!m && (m.top !== row || m.left !== col);
  }

  cellInput(row: number, col: number): CellInput {
    return { value: this.value(row, col), text: this.text(row, col), numberFormat: this.numberFormat(row, col) };
  }

  /** Texts of a row from left to right, each merged area once. */
  rowTexts(row: number, from = this.left, to = this.right): string[] {
    const out: string[] = [];
    for (let c = from; c <= to; c++) {
      const m = this.mergeAt(row, c);
      if (m && m.left < c && m.left >= from) continue;
      const t = this.text(row, c);
      if (t) out.push(t);
    }
    return out;
  }
}
