/**
 * .xlsx → the engine's sheet snapshots, with exceljs. Values are given as Office.js gives them:
 * dates as Excel serials with their number format (computed in UTC, so no time zone moves a
 * date), merged cells empty except their anchor, formula cells as their cached result.
 */
import { promises as fs } from 'node:fs';
import ExcelJS from 'exceljs';
import { isoToExcelSerial } from '../core/dates';
import type { CellValue, MergeArea, SheetSnapshot } from '../core/types';
import { columnNumber } from '../core/address';

/** Input the CLI cannot use: a one-line bilingual message, exit code 2. */
export class UnusableInputError extends Error {
  constructor(readonly messageVi: string, readonly messageEn: string) {
    super(`${messageVi} / ${messageEn}`);
    this.name = 'UnusableInputError';
  }
}

export interface WorkbookRead {
  sheets: SheetSnapshot[];
  date1904: boolean;
  workbook: ExcelJS.Workbook;
}

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

export async function readWorkbook(path: string): Promise<WorkbookRead> {
  let data: Buffer;
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory()) throw new UnusableInputError(`“${path}” là thư mục, không phải tệp .xlsx`, `“${path}” is a directory, not an .xlsx file`);
    data = await fs.readFile(path);
  } catch (e) {
    if (e instanceof UnusableInputError) throw e;
    throw new UnusableInputError(`Không tìm thấy tệp “${path}”`, `File not found: “${path}”`);
  }
  if (data.subarray(0, 4).equals(OLE)) {
    throw new UnusableInputError(
      `“${path}” được mã hóa bằng mật khẩu hoặc là tệp .xls cũ: hãy mở bằng Excel và lưu lại dạng .xlsx không mật khẩu`,
      `“${path}” is password-protected or a legacy .xls file: open it in Excel and save it as an unprotected .xlsx`,
    );
  }
  if (!data.subarray(0, 4).equals(ZIP)) {
    throw new UnusableInputError(`“${path}” không phải tệp Excel .xlsx`, `“${path}” is not an Excel .xlsx file`);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new UnusableInputError(`Tệp “${path}” bị hỏng, không đọc được`, `“${path}” is damaged and cannot be read`);
  }
  const date1904 = Boolean((workbook.properties as { date1904?: boolean } | undefined)?.date1904);
  return { sheets: workbook.worksheets.map((ws) => worksheetToSnapshot(ws, date1904)), date1904, workbook };
}

function cellValue(cell: ExcelJS.Cell, date1904: boolean): CellValue {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return isoToExcelSerial(utcIso(v)) - (date1904 ? 1462 : 0) + dayFraction(v);
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('error' in o) return { error: String(o.error) };
    if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((r) => r.text).join('');
    if ('result' in o || 'formula' in o || 'sharedFormula' in o) {
      const r = o.result as unknown;
      if (r === undefined || r === null) return null;
      if (r instanceof Date) return isoToExcelSerial(utcIso(r)) - (date1904 ? 1462 : 0);
      if (typeof r === 'object' && r && 'error' in r) return { error: String((r as { error: unknown }).error) };
      return r as CellValue;
    }
    if ('text' in o) return String(o.text);
  }
  return String(v);
}

function utcIso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function dayFraction(d: Date): number {
  const ms = d.getUTCHours() * 3600000 + d.getUTCMinutes() * 60000 + d.getUTCSeconds() * 1000;
  return ms / 86400000;
}

function displayText(value: CellValue, cell: ExcelJS.Cell): string {
  if (value === null) return '';
  if (typeof value === 'object') return value.error;
  if (typeof value === 'number' && cell.value instanceof Date) {
    const iso = utcIso(cell.value);
    return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  }
  return String(value);
}

function parseRange(ref: string): MergeArea | null {
  const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/i.exec(ref.replace(/^.*!/, ''));
  if (!m) return null;
  return { top: Number(m[2]), left: columnNumber(m[1]), bottom: Number(m[4]), right: columnNumber(m[3]) };
}

export function worksheetToSnapshot(ws: ExcelJS.Worksheet, date1904 = false): SheetSnapshot {
  const merges = ((ws.model as { merges?: string[] }).merges ?? []).map(parseRange).filter((m): m is MergeArea => m !== null);
  const followers = new Set<string>();
  for (const m of merges) for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) followers.add(`${r},${c}`);

  const cells: { r: number; c: number; value: CellValue; text: string; fmt: string; font: string | null }[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (followers.has(`${r},${c}`)) return; // exceljs repeats the anchor's value in merged cells; Excel does not
      const value = cellValue(cell, date1904);
      if (value === null) return;
      cells.push({ r, c, value, text: displayText(value, cell), fmt: cell.numFmt ?? 'General', font: cell.font?.name ?? null });
    });
  });
  if (cells.length === 0) return { sheetName: ws.name, top: 1, left: 1, values: [], text: [], numberFormats: [], merges, fonts: [], date1904 };

  let top = Infinity, left = Infinity, bottom = 0, right = 0;
  for (const x of [...cells.map((c) => ({ top: c.r, left: c.c, bottom: c.r, right: c.c })), ...merges]) {
    top = Math.min(top, x.top); left = Math.min(left, x.left); bottom = Math.max(bottom, x.bottom); right = Math.max(right, x.right);
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
  return { sheetName: ws.name, top, left, values, text, numberFormats, merges, fonts, date1904 };
}
