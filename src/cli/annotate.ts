/**
 * `--annotate OUT.xlsx`: a copy of the workbook with each finding as a cell note and each task's
 * status as a row fill. The original file is never written to.
 */
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { severityLabel, statusLabel, type Lang } from '../core/labels';
import type { Report, TaskStatus } from '../core/types';
import { columnNumber } from '../core/address';
import { UnusableInputError } from './read-workbook';

/** The same colours the add-in uses: overdue red, due soon amber, done green. */
export const STATUS_FILL: Partial<Record<TaskStatus, string>> = {
  overdue: 'FFFFC7CE',
  'due-soon': 'FFFFEB9C',
  done: 'FFC6EFCE',
};

export async function annotateWorkbook(wb: ExcelJS.Workbook, input: string, out: string, report: Report, lang: Lang): Promise<void> {
  if (path.resolve(out) === path.resolve(input)) {
    throw new UnusableInputError('Tệp đầu ra trùng tệp gốc: không ghi đè tệp của người dùng', 'The output is the input file: the original is never overwritten');
  }
  const ws = wb.getWorksheet(report.sheet);
  if (!ws || !report.table) return writeCopy(wb, out);
  const cols = Object.values(report.table.columns).filter((c): c is string => !!c).map(columnNumber);
  const first = Math.min(...cols);
  const last = Math.max(...cols);
  for (const task of report.tasks) {
    const argb = STATUS_FILL[task.status];
    if (!argb) continue;
    for (const r of task.rows) {
      for (let c = first; c <= last; c++) {
        // Cells loaded from one style share its object in exceljs: give each cell its own copy.
        const cell = ws.getCell(r, c);
        cell.style = { ...cell.style, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb } } };
      }
    }
  }
  const notes = new Map<string, string[]>();
  for (const f of report.findings) {
    const line = `[${severityLabel(f.severity, lang)}] ${lang === 'vi' ? `${f.message} / ${f.messageEn}` : f.messageEn}`;
    notes.set(f.cell, [...(notes.get(f.cell) ?? []), line]);
  }
  for (const [cell, lines] of notes) ws.getCell(cell).note = lines.join('\n');
  for (const task of report.tasks) {
    if (task.status !== 'overdue' && task.status !== 'due-soon') continue;
    const c = ws.getCell(task.row, first);
    if (!c.note) c.note = statusLabel(task.status, lang);
  }
  await writeCopy(wb, out);
}

async function writeCopy(wb: ExcelJS.Workbook, out: string): Promise<void> {
  try {
    await wb.xlsx.writeFile(out);
  } catch {
    throw new UnusableInputError(`Không ghi được tệp “${out}”`, `Cannot write “${out}”`);
  }
}
