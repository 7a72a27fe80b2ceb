/**
 * `phuluc check-targets FILE.xlsx [--sheet NAME] [--province NAME] [--year N] [--format text|json] [--lang vi|en]`:
 * the target-table check over every sheet (or the named ones). Exit 1 when an error is found,
 * 2 when the file cannot be used.
 */
import path from 'node:path';
import { resolveProvince } from '../../core/indices/provinces';
import { checkTargetTables, type TargetReport } from '../../core/indices/target-check';
import { looseKey } from '../../core/text/normalize';
import { loadGeo } from '../../data/indices/load';
import { datasetsForTargets } from '../../data/indices/with-data';
import { langArg, oneOf, parseFlags } from '../args';
import { EXIT_FINDINGS, EXIT_OK, type CliIO } from '../io';
import { UnusableInputError } from '../open-workbook';
import { readWorkbook } from '../read-workbook';

const FLAGS = {
  sheet: { type: 'string', multiple: true },
  province: { type: 'string' },
  year: { type: 'string' },
  format: { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const USAGE = 'phuluc check-targets TỆP.xlsx [--sheet TÊN] [--province TÊN] [--year NĂM] [--format text|json] [--lang vi|en]';

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values: v, positionals } = parseFlags(argv, FLAGS);
  if (v.help) {
    io.out(USAGE + '\n');
    return EXIT_OK;
  }
  const file = positionals[0];
  if (!file) throw new UnusableInputError(`Chưa chỉ ra tệp .xlsx (${USAGE})`, 'No .xlsx file given');
  const format = oneOf(v.format, ['text', 'json'] as const, 'text', '--format');
  const lang = langArg(v.lang);
  const year = v.year !== undefined ? Number(v.year) : undefined;
  if (year !== undefined && !(Number.isInteger(year) && year > 1999 && year < 2101)) throw new UnusableInputError(`--year phải là năm, ví dụ 2022, không phải “${v.year}”`, `--year must be a year such as 2022, not “${v.year}”`);
  const geo = await loadGeo();
  if (v.province && !resolveProvince(geo, v.province)) throw new UnusableInputError(`Không tìm thấy tỉnh “${v.province}”`, `Unknown province “${v.province}”`);

  const { sheets } = await readWorkbook(file);
  const wanted = v.sheet?.map(looseKey);
  const chosen = wanted ? sheets.filter((s) => wanted.includes(looseKey(s.sheetName))) : sheets;
  if (wanted && chosen.length === 0) throw new UnusableInputError(`Không có trang tính “${v.sheet!.join(', ')}” trong tệp`, `No sheet “${v.sheet!.join(', ')}” in the file`);

  const datasets = await datasetsForTargets(chosen);

  const reports: TargetReport[] = chosen
    .map((s) => checkTargetTables(s, { geo, datasets, province: v.province, year, fileName: path.basename(file) }))
    .filter((r) => r.tables.length > 0);
  if (reports.length === 0) throw new UnusableInputError(`Không tìm thấy bảng mục tiêu (Chỉ số/Lĩnh vực, Điểm, Mục tiêu) trong “${path.basename(file)}”`, `No target table (Indicator/Area, Score, Target) found in “${path.basename(file)}”`);

  const errors = reports.reduce((n, r) => n + r.findings.filter((f) => f.severity === 'error').length, 0);
  if (format === 'json') io.out(JSON.stringify({ file: path.basename(file), errors, sheets: reports }, null, 2) + '\n');
  else io.out(formatReports(reports, path.basename(file), lang, errors));
  return errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}

const SEVERITY = { error: ['Lỗi', 'Error'], warning: ['Cảnh báo', 'Warning'], info: ['Ghi chú', 'Note'] } as const;

function formatReports(reports: TargetReport[], file: string, lang: 'vi' | 'en', errors: number): string {
  const en = lang === 'en';
  const out: string[] = [`${en ? 'File' : 'Tệp'}: ${file}`];
  for (const r of reports) {
    for (const t of r.tables) {
      out.push(`${en ? 'Sheet' : 'Trang tính'} “${r.sheet}”: ${en ? 'target table' : 'bảng mục tiêu'} ${t.index?.toUpperCase() ?? '?'} ${t.year ?? ''}, ${t.province ?? (en ? 'province unknown' : 'chưa rõ tỉnh')}, ${en ? 'rows' : 'dòng'} ${t.headerRows[0]}–${t.lastRow}`);
    }
    for (const f of r.findings) out.push(`  ${f.cell.padEnd(5)} ${SEVERITY[f.severity][en ? 1 : 0]}: ${en ? f.messageEn : f.message}`);
  }
  out.push(errors > 0 ? (en ? `✘ ${errors} error(s) to fix.` : `✘ Có ${errors} lỗi cần sửa.`) : en ? '✔ The target tables add up.' : '✔ Các bảng mục tiêu khớp số liệu.');
  return out.join('\n') + '\n';
}
