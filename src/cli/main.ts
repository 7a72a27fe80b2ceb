/**
 * The `phuluc` command line: `phuluc validate <file.xlsx>…` runs the same engine as the add-in
 * over .xlsx files. Exit codes: 0 no errors, 1 errors found, 2 unusable input. Nothing is ever
 * printed as a stack trace: every failure becomes one line in both languages.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseAgencyCsv, parseAgencyJson } from '../core/agencies/directory';
import { isIsoDate } from '../core/dates';
import type { AgencyEntry, ColumnMap, Report, Role, ValidateOptions } from '../core/types';
import { ROLES } from '../core/types';
import { validate } from '../core/validate';
import { annotateWorkbook } from './annotate';
import { formatText } from './format-text';
import { EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE, type CliIO } from './io';
import { readWorkbook, UnusableInputError } from './read-workbook';

const USAGE = `phuluc — kiểm tra phụ lục kế hoạch / plan-appendix checker

  phuluc validate <file.xlsx>… [--sheet NAME] [--as-of YYYY-MM-DD] [--due-soon-days N]
                  [--profile normal|strict] [--format text|json] [--lang vi|en]
                  [--annotate OUT.xlsx] [--agencies FILE.csv|FILE.json] [--columns owner=E,deadline=G]

Exit codes: 0 không có lỗi / no errors · 1 có lỗi / errors found · 2 không dùng được đầu vào / unusable input`;

const stdio: CliIO = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };

export async function main(argv: string[], io: CliIO = stdio): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (!command || command === 'help' || command === '--help' || command === '-h') {
      io.out(USAGE + '\n');
      return command ? EXIT_OK : EXIT_UNUSABLE;
    }
    if (command === '--version') {
      io.out('phuluc 0.1.0\n');
      return EXIT_OK;
    }
    if (command === 'validate') return await runValidate(rest, io);
    throw new UnusableInputError(`Lệnh không hợp lệ “${command}”`, `Unknown command “${command}” (see phuluc --help)`);
  } catch (e) {
    io.err(`phuluc: ${oneLine(e)}\n`);
    return EXIT_UNUSABLE;
  }
}

function oneLine(e: unknown): string {
  if (e instanceof UnusableInputError) return e.message;
  const msg = e instanceof Error ? e.message : String(e);
  return `Lỗi không mong đợi / Unexpected error: ${msg.split('\n')[0]}`;
}

async function runValidate(argv: string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        sheet: { type: 'string' },
        'as-of': { type: 'string' },
        'due-soon-days': { type: 'string' },
        profile: { type: 'string' },
        format: { type: 'string' },
        lang: { type: 'string' },
        annotate: { type: 'string' },
        agencies: { type: 'string' },
        columns: { type: 'string' },
      },
    });
  } catch (e) {
    throw new UnusableInputError('Tham số không hợp lệ', (e as Error).message.split('\n')[0]);
  }
  const { values: v, positionals: files } = parsed;
  if (files.length === 0) throw new UnusableInputError('Chưa chỉ ra tệp .xlsx', 'No .xlsx file given (phuluc validate plan.xlsx)');
  const format = oneOf(v.format ?? 'text', ['text', 'json'], '--format');
  const lang = oneOf(v.lang ?? 'vi', ['vi', 'en'], '--lang') as 'vi' | 'en';
  const options: ValidateOptions = {
    profile: oneOf(v.profile ?? 'normal', ['normal', 'strict'], '--profile') as ValidateOptions['profile'],
    asOf: v['as-of'] !== undefined ? isoArg(v['as-of']) : undefined,
    dueSoonDays: v['due-soon-days'] !== undefined ? daysArg(v['due-soon-days']) : undefined,
    columns: v.columns !== undefined ? columnsArg(v.columns) : undefined,
    agencies: v.agencies !== undefined ? await agenciesArg(v.agencies) : undefined,
  };
  if (v.annotate && files.length > 1) throw new UnusableInputError('--annotate chỉ dùng với một tệp', '--annotate takes a single input file');

  const reports: Report[] = [];
  for (const file of files) {
    const wb = await readWorkbook(file);
    const sheets = v.sheet !== undefined ? wb.sheets.filter((s) => s.sheetName === v.sheet) : wb.sheets;
    if (v.sheet !== undefined && sheets.length === 0) {
      const names = wb.sheets.map((s) => s.sheetName).join(', ');
      throw new UnusableInputError(`Không có trang tính “${v.sheet}” (có: ${names})`, `No sheet named “${v.sheet}” (sheets: ${names})`);
    }
    if (sheets.length === 0) throw new UnusableInputError(`Tệp “${file}” không có trang tính nào`, `“${file}” has no worksheet`);
    const opts = { ...options, file: path.basename(file) };
    const report = pickReport(sheets.map((s) => validate(s, opts)));
    reports.push(report);
    if (v.annotate) await annotateWorkbook(wb.workbook, file, v.annotate, report, lang);
  }

  io.out(format === 'json' ? JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2) + '\n' : reports.map((r) => formatText(r, lang)).join('\n'));
  return reports.some((r) => r.summary.errors > 0) ? EXIT_FINDINGS : EXIT_OK;
}

/** With no --sheet: the first sheet holding a task table, else the first sheet. */
function pickReport(reports: Report[]): Report {
  return reports.find((r) => r.table !== null) ?? reports[0];
}

function oneOf(value: string, allowed: string[], flag: string): string {
  if (!allowed.includes(value)) throw new UnusableInputError(`${flag} phải là ${allowed.join(' | ')}`, `${flag} must be ${allowed.join(' | ')}`);
  return value;
}

function isoArg(s: string): string {
  if (!isIsoDate(s)) throw new UnusableInputError(`--as-of phải là ngày YYYY-MM-DD, không phải “${s}”`, `--as-of must be a date YYYY-MM-DD, not “${s}”`);
  return s;
}

function daysArg(s: string): number {
  const n = Number(s);
  if (!Number.isInteger(n) || n < 0 || n > 366) throw new UnusableInputError('--due-soon-days phải là số ngày 0–366', '--due-soon-days must be a whole number of days, 0–366');
  return n;
}

function columnsArg(s: string): Partial<ColumnMap> {
  const out: Partial<ColumnMap> = {};
  for (const part of s.split(',').filter(Boolean)) {
    const [role, col] = part.split('=').map((x) => x.trim());
    if (!ROLES.includes(role as Role) || !/^([A-Za-z]{1,3}|none)$/.test(col ?? '')) {
      throw new UnusableInputError(`--columns không hợp lệ: “${part}” (ví dụ owner=E,deadline=G)`, `bad --columns entry “${part}” (e.g. owner=E,deadline=G)`);
    }
    out[role as Role] = col === 'none' ? null : col.toUpperCase();
  }
  return out;
}

async function agenciesArg(file: string): Promise<AgencyEntry[]> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    throw new UnusableInputError(`Không đọc được danh mục đơn vị “${file}”`, `Cannot read the agency file “${file}”`);
  }
  try {
    return file.toLowerCase().endsWith('.json') ? parseAgencyJson(text) : parseAgencyCsv(text);
  } catch (e) {
    throw new UnusableInputError('Danh mục đơn vị không hợp lệ', (e as Error).message);
  }
}
