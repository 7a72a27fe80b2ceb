/**
 * `phuluc table <papi|par|sipas|pci> --province NAME --years 2018-2019 --layout profile|detail|ranking|target
 *  [--out FILE.xlsx] [--format text|json|csv] [--lang vi|en] [--data FILE] [--level D4] [--merged]`:
 * an index table from the bundled dataset (plus the user's imported data), printed or written
 * to a new workbook with live formulas, merges and number formats.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parseImport, withImported } from '../../core/indices/import';
import { LAYOUT_KINDS, type TableLayout } from '../../core/indices/layout';
import { layoutMatrix, NOTE_FONT_SIZE, r1c1ToA1 } from '../../core/indices/layout-matrix';
import { INDEX_IDS, type Geo, type IndexDataset, type IndexId } from '../../core/indices/model';
import { resolveProvince, suggestProvinces } from '../../core/indices/provinces';
import { yearsOf } from '../../core/indices/query';
import { renderCsv, renderText, toJson } from '../../core/indices/render';
import { buildTable, hasFigures } from '../../core/indices/tables';
import type { Lang } from '../../core/labels';
import { loadDataset, loadGeo } from '../../data/indices/load';
import { langArg, oneOf, parseFlags } from '../args';
import { EXIT_OK, type CliIO } from '../io';
import { UnusableInputError } from '../open-workbook';

const FLAGS = {
  province: { type: 'string' },
  years: { type: 'string' },
  layout: { type: 'string' },
  out: { type: 'string' },
  format: { type: 'string' },
  lang: { type: 'string' },
  data: { type: 'string' },
  level: { type: 'string' },
  merged: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const TABLE_USAGE = `phuluc table <papi|par|sipas|pci> --province TÊN --years 2018-2019 --layout profile|detail|ranking|target
  [--out TỆP.xlsx] [--format text|json|csv] [--lang vi|en] [--data TỆP.csv] [--level D4] [--merged]`;

function yearsArg(value: string | undefined): number[] {
  const m = /^\s*(\d{4})\s*(?:[-–]\s*(\d{4}))?\s*$/.exec(value ?? '');
  const list = value && !m ? value.split(',').map((s) => Number(s.trim())) : null;
  if (list && list.every((y) => Number.isInteger(y) && y > 1999 && y < 2101)) return list;
  if (!m) throw new UnusableInputError(`--years phải có dạng 2019 hoặc 2018-2019, không phải “${value ?? ''}”`, `--years must look like 2019 or 2018-2019, not “${value ?? ''}”`);
  const [a, b] = [Number(m[1]), Number(m[2] ?? m[1])];
  if (b < a || b - a > 30) throw new UnusableInputError(`Khoảng năm không hợp lệ “${value}”`, `Invalid year range “${value}”`);
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

/** The user's data file (--data), validated; its errors make the input unusable. */
async function importFile(file: string, index: IndexId, geo: Geo, ds: IndexDataset, io: CliIO): Promise<IndexDataset> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    throw new UnusableInputError(`Không đọc được tệp số liệu “${file}”`, `Cannot read the data file “${file}”`);
  }
  const { tables, issues } = parseImport(text, index, geo);
  const errors = issues.filter((i) => i.severity === 'error');
  for (const w of issues.filter((i) => i.severity === 'warning')) io.err(`phuluc: ${w.message} / ${w.messageEn}\n`);
  if (errors.length) {
    const e = errors[0];
    const more = errors.length > 1 ? ` (+${errors.length - 1})` : '';
    throw new UnusableInputError(`${path.basename(file)} dòng ${e.line}: ${e.message}${more}`, `${path.basename(file)} line ${e.line}: ${e.messageEn}${more}`);
  }
  if (tables.length === 0) throw new UnusableInputError(`Tệp “${file}” không có số liệu ${index.toUpperCase()}`, `“${file}” holds no ${index.toUpperCase()} data`);
  return withImported(ds, tables);
}

/** A new workbook holding the table as layoutMatrix places it: title, header, body with formulas, source line and notes. */
async function writeXlsx(t: TableLayout, file: string, lang: Lang): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(`${t.meta.index.toUpperCase()} ${t.meta.years.join('-')}`.slice(0, 31));
  const m = layoutMatrix(t);
  m.cells.forEach((row, i) => {
    row.forEach((c, j) => {
      if (c.input === null && c.numberFormat === 'General' && !c.bold && !c.italic && !c.align && !c.fill) return;
      const x = ws.getCell(i + 1, j + 1);
      if (c.formulaR1C1) {
        const a1 = r1c1ToA1(c.formulaR1C1, i + 1, j + 1).replace(/^=/, '');
        x.value = { formula: a1, result: typeof c.value === 'number' ? c.value : undefined } as ExcelJS.CellFormulaValue;
      } else if (c.input !== null) x.value = c.input;
      if (c.numberFormat !== 'General') x.numFmt = c.numberFormat;
      if (c.bold || c.italic) x.font = { bold: c.bold || undefined, italic: c.italic || undefined, size: c.small ? NOTE_FONT_SIZE : undefined };
      if (c.align) x.alignment = { horizontal: c.align, vertical: 'middle', wrapText: c.wrap };
      if (c.fill) x.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${c.fill.slice(1)}` } };
    });
  });
  for (const g of m.merges) ws.mergeCells(g.top + 1, g.left + 1, g.bottom + 1, g.right + 1);
  m.columnWidths.forEach((w, j) => (ws.getColumn(j + 1).width = w));
  void lang;
  try {
    await wb.xlsx.writeFile(file);
  } catch (e) {
    throw new UnusableInputError(`Không ghi được “${file}”`, `Cannot write “${file}”: ${(e as Error).message.split('\n')[0]}`);
  }
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values: v, positionals } = parseFlags(argv, FLAGS);
  if (v.help) {
    io.out(TABLE_USAGE + '\n');
    return EXIT_OK;
  }
  const index = oneOf(positionals[0], INDEX_IDS, 'papi', 'chỉ số / index');
  if (positionals[0] === undefined) throw new UnusableInputError(`Chưa chọn chỉ số: ${TABLE_USAGE}`, 'No index given (papi, par, sipas or pci)');
  if (!v.province) throw new UnusableInputError('Thiếu --province (ví dụ --province "Lào Cai")', 'Missing --province (e.g. --province "Lào Cai")');
  const layout = oneOf(v.layout, LAYOUT_KINDS, 'profile', '--layout');
  const format = oneOf(v.format, ['text', 'json', 'csv'] as const, 'text', '--format');
  const lang = langArg(v.lang);
  const geo = await loadGeo();
  let ds = await loadDataset(index);
  if (v.data) ds = await importFile(v.data, index, geo, ds, io);
  const available = yearsOf(ds);
  const years = v.years ? yearsArg(v.years) : available.slice(-1);
  const selection = resolveProvince(geo, v.province, v.merged);
  if (!selection) {
    const hint = suggestProvinces(geo, v.province);
    throw new UnusableInputError(
      `Không tìm thấy tỉnh “${v.province}”${hint.length ? ` (có phải: ${hint.join(', ')}?)` : ''}`,
      `Unknown province “${v.province}”${hint.length ? ` (did you mean: ${hint.join(', ')}?)` : ''}`,
    );
  }
  const table = buildTable(layout, { ds, geo, selection, years, lang, level: v.level });
  if (!hasFigures(table)) {
    throw new UnusableInputError(
      `Không có số liệu ${index.toUpperCase()} ${years.join(', ')} cho ${selection.province.vi} (có các năm: ${available.join(', ')}); có thể nhập số liệu bằng --data TỆP.csv`,
      `No ${index.toUpperCase()} data for ${selection.province.en} in ${years.join(', ')} (years available: ${available.join(', ')}); import data with --data FILE.csv`,
    );
  }
  if (v.out) await writeXlsx(table, v.out, lang);
  io.out(format === 'json' ? JSON.stringify(toJson(table), null, 2) + '\n' : format === 'csv' ? renderCsv(table, lang) : renderText(table, lang));
  return EXIT_OK;
}
