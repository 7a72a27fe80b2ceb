/**
 * The active sheet's used range as the engine's snapshot. Sync 1 resolves the used range's
 * size, name and merged areas; sync 2 reads values, text and number formats — or, when the
 * response would pass Excel on the web's 5 MB, several row chunks, one sync each (a chunk that
 * turns out too big is halved and read again).
 */
import { parseA1 } from '../core/address';
import type { CellValue, MergeArea, SheetSnapshot } from '../core/types';
import { emptySheet } from './errors';

/** Bytes per cell for values + text + numberFormat in a JSON response (typical short cells). */
const BYTES_PER_CELL = 60;
const RESPONSE_BUDGET = 4.5 * 1024 * 1024;
const CELL_BUDGET = 4_000_000;

const ERROR_VALUE = /^#(?:REF!|N\/A|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BUSY!|GETTING_DATA|BLOCKED!|CONNECT!|UNKNOWN!)$/;

export async function readActiveSheet(excel: typeof Excel): Promise<SheetSnapshot> {
  return excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load('name');
    const used = sheet.getUsedRangeOrNullObject(false);
    used.load('address,rowCount,columnCount,rowIndex,columnIndex');
    const merged = used.getMergedAreasOrNullObject();
    merged.load('address');
    await context.sync();
    if (used.isNullObject) throw emptySheet();

    const top = used.rowIndex + 1;
    const left = used.columnIndex + 1;
    const rows = used.rowCount;
    const cols = used.columnCount;
    // Optimistic chunks (one for a normal sheet); a response over the limit halves the chunk.
    let chunk = Math.max(1, Math.min(rows, Math.floor(RESPONSE_BUDGET / (cols * BYTES_PER_CELL)), Math.floor(CELL_BUDGET / cols)));
    const parts: Excel.Range[] = [];
    for (let r = 0; r < rows; ) {
      const n = Math.min(chunk, rows - r);
      const part = sheet.getRangeByIndexes(top - 1 + r, left - 1, n, cols);
      part.load('values,text,numberFormat');
      try {
        await context.sync();
      } catch (e) {
        if (isPayloadError(e) && n > 1) {
          chunk = Math.ceil(n / 2);
          continue;
        }
        throw e;
      }
      parts.push(part);
      r += n;
    }

    const values: CellValue[][] = [];
    const text: string[][] = [];
    const numberFormats: string[][] = [];
    for (const p of parts) {
      for (let i = 0; i < p.values.length; i++) {
        values.push(p.values[i].map(toCellValue));
        text.push(p.text[i]);
        numberFormats.push(p.numberFormat[i] as string[]);
      }
    }
    return { sheetName: sheet.name, top, left, values, text, numberFormats, merges: merged.isNullObject ? [] : parseAreas(merged.address) };
  });
}

function isPayloadError(e: unknown): boolean {
  return /PayloadSizeLimitExceeded/.test((e as { code?: string })?.code ?? '');
}

function toCellValue(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'string' && ERROR_VALUE.test(v)) return { error: v };
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v;
  return String(v);
}

/** "Sheet1!A1:G1,Sheet1!B6:G6" → merge areas. */
export function parseAreas(address: string): MergeArea[] {
  const out: MergeArea[] = [];
  for (const part of address.split(',')) {
    const [a, b] = part.replace(/^.*!/, '').replace(/\$/g, '').split(':');
    const p = parseA1(a);
    const q = b ? parseA1(b) : p;
    if (p && q) out.push({ top: p.row, left: p.col, bottom: q.row, right: q.col });
  }
  return out;
}
