/**
 * "Cập nhật bảng": every recorded index table rebuilt from the current data and written back in
 * place, cell by cell, only where the content differs. Formats are left alone (the user may have
 * re-coloured or re-bolded cells), as are the cells the user is meant to type (planned
 * increases) and anything outside the recorded range, such as rows added under the table.
 *
 * Three syncs however many tables: the names, the ranges' contents, the changed cells (two when
 * nothing changed).
 */
import { a1 } from '../core/address';
import { layoutMatrix, type CellInput, type LayoutMatrix } from '../core/indices/layout-matrix';
import type { LayoutMeta, TableLayout } from '../core/indices/layout';
import type { IndexTableChange, RefreshSummary } from './api';
import { liveRecords, recordMap, type LiveRecord, type RecordStore } from './index-tables';

/** The summary lists this many changed cells at most; cellsChanged counts them all. */
export const REFRESH_CHANGES_CAP = 200;

export interface CellChange {
  /** 0-based within the table. */
  row: number;
  col: number;
  before: CellInput;
  after: CellInput;
  /** Set when the cell still has Excel's General format and the table wants another. */
  numberFormat?: string;
}

const asInput = (v: unknown): CellInput => (v === '' || v === null || v === undefined ? null : typeof v === 'number' || typeof v === 'string' ? v : String(v));

/** Excel keeps 15 significant digits; a figure read back may differ from the written one in the last bit. */
function same(a: CellInput, b: CellInput): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  return a === b;
}

/**
 * The cells whose content (formulasR1C1: a formula, else the value) differs from the rebuilt
 * table. Pure, so that the rule is tested without Excel.
 */
export function diffTable(current: unknown[][], formats: string[][], m: LayoutMatrix): CellChange[] {
  const out: CellChange[] = [];
  m.cells.forEach((row, i) =>
    row.forEach((c, j) => {
      if (c.userInput) return;
      const before = asInput(current[i]?.[j]);
      if (same(before, c.input)) return;
      const change: CellChange = { row: i, col: j, before, after: c.input };
      if ((formats[i]?.[j] ?? 'General') === 'General' && c.numberFormat !== 'General') change.numberFormat = c.numberFormat;
      out.push(change);
    }),
  );
  return out;
}

/** Changed cells next to each other in a row are written as one range. */
function queueChanges(sheet: Excel.Worksheet, row0: number, col0: number, changes: CellChange[]): void {
  for (let i = 0; i < changes.length; ) {
    let k = i;
    while (k + 1 < changes.length && changes[k + 1].row === changes[i].row && changes[k + 1].col === changes[k].col + 1) k++;
    const run = changes.slice(i, k + 1);
    for (const c of run) if (c.numberFormat) sheet.getRangeByIndexes(row0 + c.row, col0 + c.col, 1, 1).numberFormat = [[c.numberFormat]];
    sheet.getRangeByIndexes(row0 + run[0].row, col0 + run[0].col, 1, run.length).formulasR1C1 = [run.map((c) => c.after ?? '')];
    i = k + 1;
  }
}

type Rebuild = (meta: LayoutMeta) => Promise<TableLayout | null>;

async function rebuilt(rebuild: Rebuild, meta: LayoutMeta): Promise<TableLayout | null | 'failed'> {
  try {
    return await rebuild(meta);
  } catch {
    return 'failed';
  }
}

export async function refreshIndexTables(excel: typeof Excel, store: RecordStore, rebuild: Rebuild): Promise<RefreshSummary> {
  return excel.run(async (context) => {
    const summary: RefreshSummary = { tables: 0, cellsChanged: 0, changes: [], skipped: [] };
    const { live, gone } = await liveRecords(context, store.read());
    for (const g of gone) summary.skipped.push({ key: g.record.key, reason: 'name-removed' });

    const reads = live.map((l) => {
      const range = context.workbook.worksheets.getItem(l.record.sheet).getRange(l.record.address);
      return range.load('rowIndex,columnIndex,rowCount,columnCount,formulasR1C1,numberFormat');
    });
    if (live.length || gone.length) await context.sync();

    const kept: LiveRecord[] = [...live];
    let writes = gone.length > 0; // deleting #REF! names
    for (const [i, l] of live.entries()) {
      const range = reads[i];
      const layout = await rebuilt(rebuild, l.record.meta);
      if (layout === 'failed' || layout === null) {
        summary.skipped.push({ key: l.record.key, reason: layout === null ? 'no-data' : 'rebuild-failed' });
        continue;
      }
      const m = layoutMatrix(layout);
      if (m.rows !== range.rowCount || m.cols !== range.columnCount) {
        summary.skipped.push({ key: l.record.key, reason: 'shape-changed' });
        continue;
      }
      const changes = diffTable(range.formulasR1C1, range.numberFormat as string[][], m);
      const sheet = context.workbook.worksheets.getItem(l.record.sheet);
      queueChanges(sheet, range.rowIndex, range.columnIndex, changes);
      writes ||= changes.length > 0;
      summary.tables++;
      summary.cellsChanged += changes.length;
      for (const c of changes.slice(0, REFRESH_CHANGES_CAP - summary.changes.length)) {
        summary.changes.push(change(l, range.rowIndex + 1 + c.row, range.columnIndex + 1 + c.col, c));
      }
      kept[i] = { ...l, record: { ...l.record, meta: layout.meta } };
    }
    if (writes) await context.sync();
    // Addresses move with inserted rows and metas may gain a label: save only when something did.
    const next = recordMap(kept);
    if (JSON.stringify(next) !== JSON.stringify(store.read())) await store.write(next);
    return summary;
  });
}

function change(l: LiveRecord, row: number, col: number, c: CellChange): IndexTableChange {
  return { key: l.record.key, sheet: l.record.sheet, address: a1(row, col), before: c.before, after: c.after };
}
