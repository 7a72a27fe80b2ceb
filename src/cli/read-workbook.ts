/**
 * .xlsx → the engine's sheet snapshots, with exceljs. Values arrive as Office.js gives them:
 * dates as Excel serials with their number format, merged cells empty except their anchor,
 * formula cells as their cached result, errors as { error }. Serials are computed from the
 * Date's epoch milliseconds (UTC by definition), so no time zone can move a date.
 */
import ExcelJS from 'exceljs';
import { columnNumber } from '../core/address';
import type { CellValue, MergeArea, SheetSnapshot } from '../core/types';
import { cellText } from './cell-text';
import { loadWorkbook } from './open-workbook';

export { UnusableInputError } from './open-workbook';

export interface WorkbookRead {
  sheets: SheetSnapshot[];
  date1904: boolean;
  /** The loaded workbook, so that --annotate writes its copy without reading the file twice. */
  workbook: ExcelJS.Workbook;
}

export async function readWorkbook(path: string): Promise<WorkbookRead> {
  const workbook = await loadWorkbook(path);
  const date1904 = Boolean((workbook.properties as { date1904?: boolean } | undefined)?.date1904);
  return { sheets: workbook.worksheets.map((ws) => worksheetToSnapshot(ws, date1904)), date1904, workbook };
}

const MS_PER_DAY = 86400000;
/** Serial of 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;

/** A JS Date from exceljs → its Excel serial (the inverse of exceljs' own conversion). */
export function dateToSerial(d: Date, date1904: boolean): number {
  const serial = UNIX_EPOCH_SERIAL + d.getTime() / MS_PER_DAY - (date1904 ? 1462 : 0);
  // exceljs rounds to the millisecond; snap float noise back onto whole seconds.
  return Math.round(serial * 86400) / 86400;
}

interface Raw {
  value: CellValue;
  /** The value was a date in exceljs (a date number format). */
  isDate: boolean;
}

function scalar(v: unknown, date1904: boolean): Raw {
  if (v === null || v === undefined) return { value: null, isDate: false };
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? { value: { error: '#VALUE!' }, isDate: false } : { value: dateToSerial(v, date1904), isDate: true };
  if (typeof v === 'number' || typeof v === 'boolean') return { value: v, isDate: false };
  if (typeof v === 'string') return { value: v === '' ? null : v, isDate: false };
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('error' in o) return { value: { error: String(o.error) }, isDate: false };
    if (Array.isArray(o.richText)) return scalar((o.richText as { text?: string }[]).map((r) => r.text ?? '').join(''), date1904);
    // Formula (plain or shared): the cached result, which may itself be a date or an error.
    if ('formula' in o || 'sharedFormula' in o || 'result' in o) return scalar(o.result, date1904);
    // Hyperlink: the text shown, possibly rich text.
    if ('text' in o) return scalar(o.text, date1904);
  }
  return { value: String(v), isDate: false };
}

export function parseRange(ref: string): MergeArea | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)$/i.exec(ref.replace(/^.*!/, ''));
  if (!m) return null;
  const [a, b] = [Number(m[2]), Number(m[4])];
  const [c, d] = [columnNumber(m[1]), columnNumber(m[3])];
  return { top: Math.min(a, b), left: Math.min(c, d), bottom: Math.max(a, b), right: Math.max(c, d) };
}

function mergesOf(ws: ExcelJS.Worksheet): MergeArea[] {
  const model = (ws.model as { merges?: string[] }).merges;
  const refs = model ?? Object.values((ws as unknown as { _merges?: Record<string, { range: string }> })._merges ?? {}).map((m) => m.range);
  return refs.map(parseRange).filter((m): m is MergeArea => m !== null);
}

const MERGE_SLACK_ROWS = 1000;
const MERGE_SLACK_COLS = 100;
const SMALL_MERGE = 4096;

/** Whether (r, c) is a non-anchor cell of a merge: a set for ordinary merges, a scan for the rare huge ones. */
function followerTest(merges: readonly MergeArea[]): (r: number, c: number) => boolean {
  const small = new Set<string>();
  const big: MergeArea[] = [];
  for (const m of merges) {
    if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > SMALL_MERGE) {
      big.push(m);
      continue;
    }
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) small.add(`${r},${c}`);
  }
  return (r, c) => small.has(`${r},${c}`) || big.some((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && (r !== m.top || c !== m.left));
}

interface Cell {
  r: number;
  c: number;
  value: CellValue;
  text: string;
  fmt: string;
  font: string | null;
}

export function worksheetToSnapshot(ws: ExcelJS.Worksheet, date1904 = false): SheetSnapshot {
  const merges = mergesOf(ws);
  const isFollower = followerTest(merges);

  const cells: Cell[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (isFollower(r, c)) return; // exceljs repeats the anchor's value in merged cells; Excel does not
      const raw = scalar(cell.value, date1904);
      if (raw.value === null) return;
      const fmt = cell.numFmt || 'General';
      cells.push({ r, c, value: raw.value, text: cellText(raw.value, fmt, raw.isDate, date1904), fmt, font: cell.font?.name ?? null });
    });
  });
  const base = { sheetName: ws.name, merges, date1904 };
  if (cells.length === 0 && merges.length === 0) return { ...base, top: 1, left: 1, values: [], text: [], numberFormats: [], fonts: [] };

  let top = Infinity, left = Infinity, bottom = 0, right = 0;
  for (const c of cells) {
    top = Math.min(top, c.r);
    left = Math.min(left, c.c);
    bottom = Math.max(bottom, c.r);
    right = Math.max(right, c.c);
  }
  // Merges belong to the used range (as in Office.js' getUsedRange), but a stray merge
  // stretched to the end of the sheet must not become a grid of millions of empty cells.
  const [maxBottom, maxRight] = cells.length ? [bottom + MERGE_SLACK_ROWS, right + MERGE_SLACK_COLS] : [MERGE_SLACK_ROWS, MERGE_SLACK_COLS];
  for (const m of merges) {
    top = Math.min(top, m.top);
    left = Math.min(left, m.left);
    bottom = Math.max(bottom, Math.min(m.bottom, Math.max(maxBottom, m.top)));
    right = Math.max(right, Math.min(m.right, Math.max(maxRight, m.left)));
  }
  const h = bottom - top + 1;
  const w = right - left + 1;
  const grid = <T>(fill: T): T[][] => Array.from({ length: h }, () => new Array<T>(w).fill(fill));
  const values = grid<CellValue>(null);
  const text = grid('');
  const numberFormats = grid('General');
  const fonts = grid<string | null>(null);
  for (const c of cells) {
    values[c.r - top][c.c - left] = c.value;
    text[c.r - top][c.c - left] = c.text;
    numberFormats[c.r - top][c.c - left] = c.fmt;
    fonts[c.r - top][c.c - left] = c.font;
  }
  return { ...base, top, left, values, text, numberFormats, fonts };
}
