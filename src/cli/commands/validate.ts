/**
 * `phuluc validate <file.xlsx>…`: the add-in's engine over .xlsx files. One report per file
 * (per sheet with several --sheet), printed as text or JSON; exit 1 when any report has an
 * error, 2 when an input cannot be used (the other files are still reported).
 */
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { looseKey } from '../../core/text/normalize';
import type { Report, ValidateOptions } from '../../core/types';
import { validate } from '../../core/validate';
import { annotateWorkbook, assertDistinctOutput } from '../annotate';
import { agenciesArg, columnsArg, daysArg, isoDateArg, langArg, oneOf, parseFlags } from '../args';
import { ANSI_PAINT, formatText, NO_PAINT } from '../format-text';
import { EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE, type CliIO } from '../io';
import { loadWorkbook, UnusableInputError } from '../open-workbook';
import { worksheetToSnapshot } from '../read-workbook';
import { USAGE } from '../strings';

const FLAGS = {
  sheet: { type: 'string', multiple: true },
  'as-of': { type: 'string' },
  'due-soon-days': { type: 'string' },
  profile: { type: 'string' },
  format: { type: 'string' },
  lang: { type: 'string' },
  annotate: { type: 'string' },
  agencies: { type: 'string' },
  columns: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface RunContext {
  /** Colours allowed (a terminal, no NO_COLOR). */
  color?: boolean;
}

export async function run(argv: string[], io: CliIO, ctx: RunContext = {}): Promise<number> {
  const { values: v, positionals: files } = parseFlags(argv, FLAGS);
  if (v.help) {
    io.out(USAGE + '\n');
    return EXIT_OK;
  }
  if (files.length === 0) throw new UnusableInputError('Chưa chỉ ra tệp .xlsx (phuluc validate kehoach.xlsx)', 'No .xlsx file given (phuluc validate plan.xlsx)');
  const format = oneOf(v.format, ['text', 'json'] as const, 'text', '--format');
  const lang = langArg(v.lang);
  const options: ValidateOptions = {
    profile: oneOf(v.profile, ['normal', 'strict'] as const, 'normal', '--profile'),
    asOf: v['as-of'] !== undefined ? isoDateArg(v['as-of']) : undefined,
    dueSoonDays: v['due-soon-days'] !== undefined ? daysArg(v['due-soon-days']) : undefined,
    columns: v.columns !== undefined ? columnsArg(v.columns) : undefined,
    agencies: v.agencies !== undefined ? await agenciesArg(v.agencies) : undefined,
  };
  if (v.annotate !== undefined) {
    if (files.length > 1) throw new UnusableInputError('--annotate chỉ dùng với một tệp đầu vào', '--annotate takes a single input file');
    assertDistinctOutput(files[0], v.annotate);
  }

  const reports: Report[] = [];
  let unusable = false;
  for (const file of files) {
    try {
      const workbook = await loadWorkbook(file);
      const own = validateWorkbook(workbook, v.sheet, { ...options, file: path.basename(file) });
      reports.push(...own);
      if (v.annotate !== undefined) await annotateWorkbook(workbook, file, v.annotate, own);
    } catch (e) {
      if (!(e instanceof UnusableInputError)) throw e;
      io.err(`phuluc: ${e.message}\n`);
      unusable = true;
    }
  }

  if (reports.length > 0) {
    const paint = ctx.color ? ANSI_PAINT : NO_PAINT;
    io.out(format === 'json' ? JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2) + '\n' : reports.map((r) => formatText(r, lang, paint)).join('\n') + '\n');
  }
  if (unusable) return EXIT_UNUSABLE;
  return reports.some((r) => r.summary.errors > 0) ? EXIT_FINDINGS : EXIT_OK;
}

/** The reports of one workbook: the named sheets, else the first sheet that holds a task table. */
export function validateWorkbook(workbook: ExcelJS.Workbook, sheetNames: string[] | undefined, options: ValidateOptions): Report[] {
  const date1904 = Boolean((workbook.properties as { date1904?: boolean } | undefined)?.date1904);
  const check = (ws: ExcelJS.Worksheet): Report => validate(worksheetToSnapshot(ws, date1904), options);
  if (sheetNames && sheetNames.length > 0) return sheetNames.map((name) => check(findSheet(workbook, name)));

  // Visible sheets first: a hidden sheet is usually a lookup list, not the appendix.
  const sheets = [...workbook.worksheets].sort((a, b) => Number(a.state !== 'visible') - Number(b.state !== 'visible'));
  let first: Report | null = null;
  for (const ws of sheets) {
    const report = check(ws);
    if (report.table) return [report];
    first ??= report;
  }
  return [first!];
}

/** The sheet by its exact name, else by a case- and diacritic-insensitive match ("phu luc" finds "Phụ lục"). */
function findSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const exact = workbook.worksheets.find((ws) => ws.name === name);
  if (exact) return exact;
  const loose = workbook.worksheets.filter((ws) => looseKey(ws.name) === looseKey(name));
  if (loose.length === 1) return loose[0];
  const names = workbook.worksheets.map((ws) => `“${ws.name}”`).join(', ');
  throw new UnusableInputError(`Không có trang tính “${name}” (có: ${names})`, `No sheet named “${name}” (sheets: ${names})`);
}
