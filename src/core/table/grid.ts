/**
 * Read access to a sheet snapshot in sheet coordinates, with merged cells resolved: every cell
 * of a merged area reads as its top-left anchor, as a person sees it. Merges are indexed once, by
 * row, so that a lookup is two array reads even on 100,000-row sheets; each cell's cleaned text
 * is computed once, on first use, because detection and row reading ask for it many times.
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
  /**
   * Merge covering a cell: mergeRows[row offset][column offset]. Rows without merges stay
   * undefined, so a sheet without merges costs nothing (arrays beat a Map keyed by number here).
   */
  private readonly mergeRows: (MergeArea | undefined)[][];
  private readonly width: number;
  /**
   * Cleaned text of anchor cells, filled lazily: texts[row offset * width + column offset].
   * One flat array rather than one per row: on large sheets it is allocated outside the young
   * generation, so garbage collections during a validation do not copy 10,000 row arrays.
   */
  private readonly texts: (string | undefined)[];
  /**
   * clean() of short raw texts. Owners, deadlines, targets, statuses and ids repeat down a sheet
   * and are short; long texts (task descriptions) rarely repeat and are cleaned directly.
   */
  private readonly cleaned = new Map<string, string>();

  constructor(snapshot: SheetSnapshot) {
    this.snap = snapshot;
    this.sheetName = snapshot.sheetName;
    this.top = snapshot.top;
    this.left = snapshot.left;
    const rows = snapshot.values.length;
    this.width = snapshot.values.reduce((w, r) => Math.max(w, r?.length ?? 0), 0);
    this.bottom = this.top + rows - 1;
    this.right = this.left + this.width - 1;
    // Sized up front: rows are filled in any order, and a preallocated array stays fast.
    this.mergeRows = new Array(rows);
    this.texts = new Array(rows * this.width);
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
      const line = (this.mergeRows[r - this.top] ??= []);
      for (let c = left; c <= right; c++) {
        // The first merge to claim a cell keeps it (overlapping merges in broken files).
        if (line[c - this.left] === undefined) line[c - this.left] = area;
      }
    }
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
    return this.mergeRows[row - this.top]?.[col - this.left] ?? null;
  }

  /** The merge covering a cell when its anchor lies in the snapshot; otherwise the cell reads as itself. */
  anchoredMerge(row: number, col: number): MergeArea | null {
    const m = this.mergeAt(row, col);
    return m && this.inside(m.top, m.left) ? m : null;
  }

  /** The anchor (top-left) of the merge covering a cell, or the cell itself. */
  anchor(row: number, col: number): { row: number; col: number } {
    const m = this.anchoredMerge(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }

  value(row: number, col: number): CellValue {
    const m = this.mergeAt(row, col);
    return m && this.inside(m.top, m.left) ? this.rawValue(m.top, m.left) : this.rawValue(row, col);
  }

  /** Displayed text, merge-resolved, NFC with white space folded. */
  text(row: number, col: number): string {
    // The anchor without allocating: this is the engine's most frequent call.
    const m = this.mergeAt(row, col);
    let r = row;
    let c = col;
    if (m && this.inside(m.top, m.left)) {
      r = m.top;
      c = m.left;
    }
    if (!this.inside(r, c)) return '';
    const dr = r - this.top;
    const dc = c - this.left;
    const at = dr * this.width + dc;
    const cached = this.texts[at];
    if (cached !== undefined) return cached;
    const shown = this.snap.text?.[dr]?.[dc];
    const v = this.rawValue(r, c);
    const raw = typeof shown === 'string' && shown !== '' ? shown : v === null ? '' : isErrorValue(v) ? v.error : String(v);
    const out = raw.length <= 64 ? this.cleanShort(raw) : clean(raw);
    this.texts[at] = out;
    return out;
  }

  private cleanShort(raw: string): string {
    let out = this.cleaned.get(raw);
    if (out === undefined) {
      if (this.cleaned.size >= 10_000) this.cleaned.clear();
      this.cleaned.set(raw, (out = clean(raw)));
    }
    return out;
  }

  numberFormat(row: number, col: number): string | null {
    const formats = this.snap.numberFormats;
    if (!formats) return null;
    const m = this.mergeAt(row, col);
    const anchored = m !== null && this.inside(m.top, m.left);
    return formats[(anchored ? m.top : row) - this.top]?.[(anchored ? m.left : col) - this.left] ?? null;
  }

  isEmpty(row: number, col: number): boolean {
    return this.text(row, col) === '';
  }

  isRawEmpty(row: number, col: number): boolean {
    const v = this.rawValue(row, col);
    if (typeof v !== 'string') return v === null;
    // A printable ASCII first character survives clean(): skip cleaning ids like "1.2" on every row.
    const first = v.charCodeAt(0);
    if (first > 32 && first < 127) return false;
    return clean(v) === '';
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
    this.eachRowText(row, from, to, (t) => {
      out.push(t);
      return true;
    });
    return out;
  }

  /** rowTexts without the array: visits the texts until visit returns false; false if it did. */
  eachRowText(row: number, from: number, to: number, visit: (text: string) => boolean): boolean {
    for (let c = from; c <= to; c++) {
      const m = this.mergeAt(row, c);
      if (m && m.left < c && m.left >= from) continue;
      const t = this.text(row, c);
      if (t && !visit(t)) return false;
    }
    return true;
  }
}
