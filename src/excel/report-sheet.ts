/**
 * "Chèn báo cáo kiểm tra": the findings and the by-owner summary on a new sheet, written in one
 * batch, so the officer can print or send it with the plan. The add-in remembers the sheets it
 * inserted (settings) and removes only those.
 */
import { fieldLabel, OWNER_SUMMARY_COLUMNS, OWNER_SUMMARY_FIGURES as OWNER_KEYS, severityLabel, type Lang } from '../core/labels';
import type { Report } from '../core/types';
import { columnLetter } from '../core/address';

export const REPORT_SHEET = { vi: 'Báo cáo kiểm tra', en: 'Check report' } as const;

/** The sheet's rows: a title, the findings table, a blank row, the by-owner table. */
export function reportRows(report: Report, lang: Lang): (string | number)[][] {
  // The by-owner table is the widest: the owner and each figure.
  const width = 1 + OWNER_KEYS.length;
  const pad = (row: (string | number)[]) => [...row, ...Array(width - row.length).fill('')];
  const title = lang === 'vi' ? `Kết quả kiểm tra trang “${report.sheet}” ngày ${report.asOf}` : `Check of sheet “${report.sheet}” as of ${report.asOf}`;
  const rows: (string | number)[][] = [pad([title])];
  rows.push(pad(lang === 'vi' ? ['Ô', 'Nội dung', 'Mức độ', 'Mã', 'Nhận xét'] : ['Cell', 'Field', 'Severity', 'Code', 'Finding']));
  for (const f of report.findings) rows.push(pad([f.cell, fieldLabel(f.field, lang), severityLabel(f.severity, lang), f.code, lang === 'vi' ? f.message : f.messageEn]));
  rows.push(pad([]));
  rows.push(pad([OWNER_SUMMARY_COLUMNS.owner[lang], ...OWNER_KEYS.map((k) => OWNER_SUMMARY_COLUMNS[k][lang])]));
  for (const o of report.summary.byOwner) rows.push(pad([o.owner, ...OWNER_KEYS.map((k) => o[k])]));
  return rows;
}

export async function insertReportSheet(excel: typeof Excel, report: Report, lang: Lang): Promise<string> {
  return excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    const taken = new Set(sheets.items.map((s) => s.name));
    let name: string = REPORT_SHEET[lang];
    for (let i = 2; taken.has(name); i++) name = `${REPORT_SHEET[lang]} (${i})`;
    const sheet = sheets.add(name);
    const rows = reportRows(report, lang);
    sheet.getRange(`A1:${columnLetter(rows[0].length)}${rows.length}`).values = rows;
    sheet.getRange(`A1:${columnLetter(rows[0].length)}2`).format.font.bold = true;
    sheet.activate();
    await context.sync();
    return name;
  });
}

export async function deleteSheets(excel: typeof Excel, names: string[]): Promise<number> {
  if (names.length === 0) return 0;
  return excel.run(async (context) => {
    const found = names.map((n) => {
      const s = context.workbook.worksheets.getItemOrNullObject(n);
      s.load('name');
      return s;
    });
    await context.sync();
    const existing = found.filter((s) => !s.isNullObject);
    for (const s of existing) s.delete();
    await context.sync();
    return existing.length;
  });
}
