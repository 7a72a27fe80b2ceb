/**
 * `--annotate OUT.xlsx`: a copy of the workbook with each finding as a cell note (both
 * languages, with its severity) and each task's status as a row fill. The input file is never
 * written to: the copy is refused when OUT is the input, even through another path or a link.
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { columnNumber } from '../core/address';
import { severityLabel, statusLabel } from '../core/labels';
import type { Finding, Report, TableInfo, TaskStatus } from '../core/types';
import { UnusableInputError } from './open-workbook';

/** The same colours the add-in uses: overdue red, due soon amber, done green. */
export const STATUS_FILL: Partial<Record<TaskStatus, string>> = {
  overdue: 'FFFFC7CE',
  'due-soon': 'FFFFEB9C',
  done: 'FFC6EFCE',
};

/** The canonical path of a file that may not exist yet (its directory must). */
function canonical(file: string): string {
  const abs = path.resolve(file);
  try {
    return realpathSync(abs);
  } catch {
    try {
      return path.join(realpathSync(path.dirname(abs)), path.basename(abs));
    } catch {
      return abs;
    }
  }
}

export function assertDistinctOutput(input: string, out: string): void {
  if (canonical(input) === canonical(out)) {
    throw new UnusableInputError(
      `Tệp --annotate “${out}” trùng tệp gốc: phuluc không bao giờ ghi đè tệp của người dùng`,
      `--annotate “${out}” is the input file: the original is never overwritten`,
    );
  }
}

export function noteLine(f: Finding): string {
  return `[${severityLabel(f.severity, 'vi')} / ${severityLabel(f.severity, 'en')}] ${f.message} / ${f.messageEn}`;
}

function existingNote(cell: ExcelJS.Cell): string {
  const note = cell.note as unknown;
  if (!note) return '';
  if (typeof note === 'string') return note;
  const texts = (note as { texts?: { text?: string }[] }).texts;
  return Array.isArray(texts) ? texts.map((t) => t.text ?? '').join('') : '';
}

function addNote(cell: ExcelJS.Cell, lines: string[]): void {
  const before = existingNote(cell);
  cell.note = [before, ...lines].filter(Boolean).join('\n');
}

function span(t: TableInfo): [number, number] {
  const cols = Object.values(t.columns).filter((c): c is string => !!c).map(columnNumber);
  return [Math.min(...cols), Math.max(...cols)];
}

function fillRow(ws: ExcelJS.Worksheet, row: number, [first, last]: [number, number], argb: string): void {
  for (let c = first; c <= last; c++) {
    const cell = ws.getCell(row, c);
    // Cells loaded with one style share its object in exceljs: give each cell its own copy.
    cell.style = { ...cell.style, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb } } };
  }
}

function annotateSheet(ws: ExcelJS.Worksheet, report: Report): void {
  const tables = report.tables && report.tables.length > 0 ? report.tables : report.table ? [report.table] : [];
  const tableOf = (row: number) => tables.find((t) => row >= t.firstRow && row <= t.lastRow) ?? tables[0];
  const notes = new Map<string, string[]>();
  for (const f of report.findings) notes.set(f.cell, [...(notes.get(f.cell) ?? []), noteLine(f)]);
  for (const task of report.tasks) {
    const argb = STATUS_FILL[task.status];
    const table = tableOf(task.row);
    if (!argb || !table) continue;
    const cols = span(table);
    for (const r of task.rows) fillRow(ws, r, cols, argb);
    if (task.status !== 'done') {
      // The fill says "late"; the note on the row's first cell says why, for readers without colour.
      const first = ws.getCell(task.row, cols[0]).address;
      const days = task.daysOverdue ? ` (${task.daysOverdue} ngày / days)` : '';
      notes.set(first, [...(notes.get(first) ?? []), `${statusLabel(task.status, 'vi')} / ${statusLabel(task.status, 'en')}${days}`]);
    }
  }
  for (const [address, lines] of notes) addNote(ws.getCell(address), lines);
}

/** Writes the annotated copy. The workbook object is the one read from `input`; the input file is not touched. */
export async function annotateWorkbook(wb: ExcelJS.Workbook, input: string, out: string, reports: Report[]): Promise<void> {
  assertDistinctOutput(input, out);
  for (const report of reports) {
    const ws = wb.getWorksheet(report.sheet);
    if (ws) annotateSheet(ws, report);
  }
  try {
    await wb.xlsx.writeFile(out);
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new UnusableInputError(`Không ghi được tệp “${out}”: ${why}`, `Cannot write “${out}”: ${why}`);
  }
}
