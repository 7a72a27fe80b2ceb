/**
 * Legacy encodings at sheet level. The encoding is decided before the table is looked for and
 * the snapshot is converted, because header words ("Thôøi gian hoaøn thaønh", "Thêi gian hoµn
 * thµnh") are only recognised once they are Unicode. The decision is per sheet, else per column:
 * a column pasted from an old file into a Unicode sheet is legacy while its neighbours are not,
 * and converting those neighbours would corrupt Unicode cells made only of Latin-1 letters
 * ("Tháng 6" → "Thỏng 6").
 */
import type { SheetSnapshot } from '../types';
import { convertLegacy, detectLegacyEncoding, isCapitalsFont, isLegacyText, type LegacyEncoding } from './legacy';

/** Rows and columns sampled: a title block and a header with enough task rows to judge by. */
const SAMPLE_ROWS = 200;
const SAMPLE_COLUMNS = 60;

export interface SheetLegacy {
  encoding: LegacyEncoding;
  /** Sheet columns (1 = A) holding legacy text; null when the whole sheet does. */
  columns: ReadonlySet<number> | null;
  /** The first cell, row by row, whose text the conversion changes: where the sheet is shown to be legacy. */
  first: { row: number; col: number };
}

interface Sample {
  texts: string[];
  fonts: (string | null)[];
}

/** Texts and fonts of the sampled cells, for the whole sheet and per sheet column. */
function sample(snap: SheetSnapshot): { sheet: Sample; byColumn: Map<number, Sample> } {
  const sheet: Sample = { texts: [], fonts: [] };
  const byColumn = new Map<number, Sample>();
  for (let i = 0; i < Math.min(snap.values.length, SAMPLE_ROWS); i++) {
    const row = snap.values[i] ?? [];
    for (let j = 0; j < Math.min(row.length, SAMPLE_COLUMNS); j++) {
      const shown = snap.text?.[i]?.[j];
      const v = row[j];
      const t = shown || (typeof v === 'string' ? v : '');
      if (!t) continue;
      const col = snap.left + j;
      const column = byColumn.get(col) ?? { texts: [], fonts: [] };
      byColumn.set(col, column);
      // Fonts of empty cells say nothing about the text: fonts[k] is the font of texts[k].
      const font = snap.fonts?.[i]?.[j] ?? null;
      for (const s of [sheet, column]) {
        s.texts.push(t);
        s.fonts.push(font);
      }
    }
  }
  return { sheet, byColumn };
}

/**
 * Where the sheet holds legacy text, and in which encoding; null for a Unicode sheet, and for a
 * sheet whose conversion would change no cell (nothing to read differently, nothing to report).
 */
export function sheetLegacy(snap: SheetSnapshot): SheetLegacy | null {
  const plan = (encoding: LegacyEncoding, columns: ReadonlySet<number> | null): SheetLegacy | null => {
    const first = firstLegacyCell(snap, encoding, columns);
    return first ? { encoding, columns, first } : null;
  };
  const { sheet, byColumn } = sample(snap);
  const whole = detectLegacyEncoding(sheet.texts, sheet.fonts);
  if (whole) return plan(whole, null);
  // Each column by the same rule as the sheet: mostly legacy text, or a legacy font over text
  // that is not mostly Unicode.
  const found: Record<LegacyEncoding, Set<number>> = { tcvn3: new Set(), vni: new Set() };
  for (const [col, s] of byColumn) {
    const enc = detectLegacyEncoding(s.texts, s.fonts);
    if (enc) found[enc].add(col);
  }
  // The sheet is reported in one encoding; a sheet mixing pasted TCVN3 and VNI columns is not seen.
  const encoding: LegacyEncoding = found.vni.size > found.tcvn3.size ? 'vni' : 'tcvn3';
  const columns = found[encoding];
  return columns.size ? plan(encoding, columns) : null;
}

/**
 * One cell's text as Unicode (NFC) when it is legacy text; in a TCVN3 capitals font it is
 * upper-cased, as the font shows it ("phô lôc" in .VnTimeH is "PHỤ LỤC").
 */
function decodeCell(s: string, enc: LegacyEncoding, font: string | null | undefined): string {
  return isLegacyText(s, enc) ? convertLegacy(s, enc, { upperCaseFont: enc === 'tcvn3' && isCapitalsFont(font) }) : s;
}

function firstLegacyCell(snap: SheetSnapshot, enc: LegacyEncoding, columns: ReadonlySet<number> | null): SheetLegacy['first'] | null {
  for (let i = 0; i < snap.values.length; i++) {
    const row = snap.values[i] ?? [];
    for (let j = 0; j < row.length; j++) {
      const v = row[j];
      if (typeof v !== 'string' || (columns && !columns.has(snap.left + j))) continue;
      if (decodeCell(v, enc, snap.fonts?.[i]?.[j]) !== v) return { row: snap.top + i, col: snap.left + j };
    }
  }
  return null;
}

/**
 * The snapshot with every stored and displayed legacy string converted to Unicode (NFC): in the
 * legacy columns only when the sheet has some.
 */
export function decodeSheet(snap: SheetSnapshot, legacy: SheetLegacy): SheetSnapshot {
  const { encoding, columns } = legacy;
  const decode = (s: string, i: number, j: number) =>
    columns && !columns.has(snap.left + j) ? s : decodeCell(s, encoding, snap.fonts?.[i]?.[j]);
  return {
    ...snap,
    values: snap.values.map((row, i) => row?.map((v, j) => (typeof v === 'string' ? decode(v, i, j) : v))),
    text: snap.text?.map((row, i) => row?.map((t, j) => (typeof t === 'string' ? decode(t, i, j) : t))),
  };
}
