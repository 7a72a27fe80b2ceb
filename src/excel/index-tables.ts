/**
 * "Bảng chỉ số": index tables written into the user's sheet. Each inserted table gets a
 * workbook-level defined name over its range (a name follows its cells when the user inserts
 * rows above, and survives saving in any Excel) and a record in the document settings saying
 * what it is, so that it can be refreshed in place or removed later.
 *
 * Syncs: listing 1 (2 when a name left at #REF! is deleted); inserting 2 (look at the target,
 * then write everything); removing 2 (find the name, clear).
 * Refreshing is in index-tables-refresh.ts.
 */
import { parseA1, parseSheetRange, rangeA1 } from '../core/address';
import { areas, layoutMatrix, NOTE_FONT_SIZE, plane, type LayoutMatrix } from '../core/indices/layout-matrix';
import type { TableLayout } from '../core/indices/layout';
import type { IndexTableRecord } from './api';
import { notEmpty } from './errors';

/** Defined name → record, as kept in the document settings. */
export type RecordMap = Record<string, IndexTableRecord>;

export interface RecordStore {
  read(): RecordMap;
  /** Replace the records and save the settings with the document. */
  write(records: RecordMap): Promise<void>;
}

export const NAME_PREFIX = 'phuluc_tbl_';

export interface LiveRecord {
  name: string;
  record: IndexTableRecord;
}

/** Queue loading every workbook name with what it refers to: a range name's value is the range's address. */
export function loadNames(context: Excel.RequestContext): Excel.NamedItemCollection {
  const names = context.workbook.names;
  names.load('items/name,items/type,items/value,items/formula');
  return names;
}

type Rect = NonNullable<ReturnType<typeof parseSheetRange>>;

/**
 * After loadNames has synced: the recorded tables whose name still refers to a range, with the
 * name's current sheet and address (the record's may be stale: names follow inserted rows), and
 * the others as gone. A name left pointing at #REF! (its rows were deleted) is queued for deletion.
 */
export function reconcile(names: Excel.NamedItemCollection, records: RecordMap): { live: (LiveRecord & { rect: Rect })[]; gone: LiveRecord[] } {
  const byName = new Map(names.items.map((n) => [n.name.toUpperCase(), n]));
  const live: (LiveRecord & { rect: Rect })[] = [];
  const gone: LiveRecord[] = [];
  for (const [name, record] of Object.entries(records)) {
    const item = byName.get(name.toUpperCase());
    const rect = item && item.type === 'Range' ? (parseSheetRange(String(item.value)) ?? parseSheetRange(item.formula)) : null;
    if (!rect) {
      if (item) item.delete();
      gone.push({ name, record });
    } else live.push({ name, rect, record: { ...record, sheet: rect.sheet, address: rangeA1(rect.top, rect.left, rect.bottom, rect.right) } });
  }
  return { live, gone };
}

/** The live and gone records, in one sync. */
export async function liveRecords(context: Excel.RequestContext, records: RecordMap): Promise<{ live: LiveRecord[]; gone: LiveRecord[] }> {
  const names = loadNames(context);
  await context.sync();
  return reconcile(names, records);
}

export function recordMap(live: LiveRecord[]): RecordMap {
  return Object.fromEntries(live.map((l) => [l.name, l.record]));
}

const overlaps = (a: Rect, b: Rect): boolean => a.sheet === b.sheet && a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

export async function listIndexTables(excel: typeof Excel, store: RecordStore): Promise<IndexTableRecord[]> {
  return excel.run(async (context) => {
    const stored = store.read();
    const { live, gone } = await liveRecords(context, stored);
    if (gone.length) {
      await context.sync(); // deletes the #REF! names
      await store.write(recordMap(live));
    }
    return live.map((l) => l.record);
  });
}

/** Excel column width in characters (file units, padding included) → points, for Calibri 11 (7 px a character). */
const charsToPoints = (chars: number): number => Math.round(chars * 7) * 0.75;
/** The sheet's default column in points: standardWidth characters plus 5 px of padding. */
const standardPoints = (standardWidth: number): number => Math.trunc(standardWidth * 7 + 5) * 0.75;

/**
 * Everything the table needs, queued for one sync: the number formats first
 * (so that "13/63" written to a text cell stays text), the contents, then styles by areas,
 * merges and the widths of the columns the user has not sized.
 */
function queueTable(sheet: Excel.Worksheet, target: Excel.Range, row0: number, col0: number, m: LayoutMatrix, defaultColumns: boolean[]): void {
  target.numberFormat = plane(m, (c) => c.numberFormat);
  target.formulasR1C1 = plane(m, (c) => c.input ?? '');
  const at = (a: { top: number; left: number; bottom: number; right: number }) =>
    sheet.getRangeByIndexes(row0 + a.top, col0 + a.left, a.bottom - a.top + 1, a.right - a.left + 1);
  for (const a of areas(m, (c) => c.bold || null)) at(a).format.font.bold = true;
  for (const a of areas(m, (c) => c.italic || null)) at(a).format.font.italic = true;
  for (const a of areas(m, (c) => c.small || null)) at(a).format.font.size = NOTE_FONT_SIZE;
  for (const a of areas(m, (c) => c.wrap || null)) at(a).format.wrapText = true;
  for (const a of areas(m, (c) => c.fill)) at(a).format.fill.color = a.value;
  for (const a of areas(m, (c) => c.align)) {
    const f = at(a).format;
    f.horizontalAlignment = a.value === 'center' ? 'Center' : a.value === 'right' ? 'Right' : 'Left';
    f.verticalAlignment = 'Center';
  }
  for (const g of m.merges) at(g).merge(false);
  m.columnWidths.forEach((w, j) => {
    if (w > 0 && defaultColumns[j]) sheet.getRangeByIndexes(row0, col0 + j, 1, 1).format.columnWidth = charsToPoints(w);
  });
}

/** "phuluc:papi:profile:P06:2018-2019:" again → "…#2": a record's key names one table. */
function uniqueKey(key: string, records: RecordMap): string {
  const taken = new Set(Object.values(records).map((r) => r.key));
  let k = key;
  for (let i = 2; taken.has(k); i++) k = `${key}#${i}`;
  return k;
}

export async function insertIndexTable(excel: typeof Excel, store: RecordStore, layout: TableLayout, overwrite: boolean, now = new Date()): Promise<IndexTableRecord> {
  const m = layoutMatrix(layout);
  return excel.run(async (context) => {
    // Sync 1: where the table goes, what is there, which columns still have the default width, the names.
    const target = context.workbook.getActiveCell().getResizedRange(m.rows - 1, m.cols - 1);
    target.load('address,rowIndex,columnIndex,formulasR1C1');
    const sheet = target.worksheet;
    sheet.load('name,standardWidth');
    const columns = m.columnWidths.map((_, j) => target.getColumn(j).format.load('columnWidth'));
    const names = loadNames(context);
    await context.sync();

    // formulasR1C1 rather than values: a formula showing "" is still the user's content.
    const filled = target.formulasR1C1.flat().filter((v) => v !== '' && v !== null).length;
    const address = target.address.replace(/^.*!/, '');
    if (filled > 0 && !overwrite) throw notEmpty(address, filled);
    const { live } = reconcile(names, store.read());
    const here = parseSheetRange(target.address);
    // A table written over (with the user's consent) is no table any more: its name and record go.
    const covered = live.filter((l) => here && overlaps(l.rect, here));
    for (const l of covered) context.workbook.names.getItem(l.name).delete();
    if (filled > 0) {
      // Start from clean cells, so no old merge or format is left inside the table.
      target.unmerge();
      target.clear('All');
    }
    const defaults = columns.map((c) => c.columnWidth !== null && Math.abs(c.columnWidth - standardPoints(sheet.standardWidth)) < 0.5);
    queueTable(sheet, target, target.rowIndex, target.columnIndex, m, defaults);
    const taken = new Set(names.items.map((n) => n.name.toUpperCase()));
    let n = 1;
    while (taken.has(`${NAME_PREFIX}${n}`.toUpperCase())) n++;
    const name = `${NAME_PREFIX}${n}`;
    // The comment shows in the Name Manager what the name is for (255 characters at most).
    context.workbook.names.add(name, target, layout.meta.key.slice(0, 255));
    await context.sync();

    const kept = recordMap(live.filter((l) => !covered.includes(l)));
    const record: IndexTableRecord = { key: uniqueKey(layout.meta.key, kept), sheet: sheet.name, address, meta: layout.meta, insertedAt: now.toISOString() };
    await store.write({ ...kept, [name]: record });
    return record;
  });
}

export async function removeIndexTable(excel: typeof Excel, store: RecordStore, key: string): Promise<number> {
  return excel.run(async (context) => {
    const { live, gone } = await liveRecords(context, store.read());
    const hit = live.find((l) => l.record.key === key);
    if (!hit && !gone.length) return 0;
    if (hit) {
      const range = context.workbook.worksheets.getItem(hit.record.sheet).getRange(hit.record.address);
      range.unmerge();
      range.clear('All');
      context.workbook.names.getItem(hit.name).delete();
    }
    await context.sync();
    await store.write(recordMap(live.filter((l) => l !== hit)));
    return hit ? cellsIn(hit.record.address) : 0;
  });
}

function cellsIn(address: string): number {
  const [a, b = a] = address.split(':');
  const p = parseA1(a);
  const q = parseA1(b);
  return p && q ? (Math.abs(q.row - p.row) + 1) * (Math.abs(q.col - p.col) + 1) : 0;
}
