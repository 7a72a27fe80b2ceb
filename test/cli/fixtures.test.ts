/**
 * The layout fixtures built by scripts/build-fixtures.mjs, run through the CLI's JSON report and
 * compared with the hand-written <name>.expected.json next to each (header rows, column
 * letters, task rows and ids, statuses and due dates, key findings, exit code).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding, Report, TableInfo } from '../../src/core/types';
import { main } from '../../src/cli/main';

interface ExpectedTask {
  row: number;
  id?: string;
  section?: string;
  status: string;
  due: string | null;
  owner?: string;
  deadlineKind?: string;
  task?: string;
  doneTiming?: string;
}
interface Expected {
  sheet: string;
  asOf: string;
  dueSoonDays: number;
  planYear?: number;
  exit: number;
  tables: (Partial<TableInfo> & { columns: Record<string, string | null> })[];
  tasks: ExpectedTask[];
  findings: Partial<Finding>[];
  absent: Partial<Finding>[];
}

const dir = path.join(__dirname, '../fixtures');
const shared = new Set(['ha-giang-2023-tracking.expected.json']); // the shared fixture's own format, checked in test/core
const names = readdirSync(dir).filter((f) => f.endsWith('.expected.json') && !shared.has(f)).map((f) => f.replace('.expected.json', ''));

const matches = (f: Finding, want: Partial<Finding>) => Object.entries(want).every(([k, v]) => f[k as keyof Finding] === v);

test('every built fixture has its expected results', () => {
  expect(names.sort()).toEqual(
    ['date1904', 'dongthap-caps-footnotes', 'empty-workbook', 'inline-assignments', 'parindex-col-b-two-row-header', 'protected-sheet', 'qd2530-column-order', 'qd2530-glued-appendices', 'values-and-errors'],
  );
});

describe.each(names)('%s', (name) => {
  const exp = JSON.parse(readFileSync(path.join(dir, `${name}.expected.json`), 'utf8')) as Expected;
  let report: Report;
  let code: number;

  beforeAll(async () => {
    let out = '';
    let err = '';
    code = await main(['validate', path.join(dir, `${name}.xlsx`), '--as-of', exp.asOf, '--due-soon-days', String(exp.dueSoonDays), '--format', 'json'], {
      out: (t) => (out += t),
      err: (t) => (err += t),
    });
    expect(err).toBe('');
    report = JSON.parse(out) as Report;
  });

  test('sheet, plan year and exit code', () => {
    expect(report.sheet).toBe(exp.sheet);
    if (exp.planYear !== undefined) expect(report.planYear).toBe(exp.planYear);
    expect(code).toBe(exp.exit);
  });

  test('tables: header rows, extent and column letters', () => {
    const tables = report.tables ?? (report.table ? [report.table] : []);
    expect(tables).toHaveLength(exp.tables.length);
    exp.tables.forEach((want, i) => {
      const { columns, ...shape } = want;
      expect(tables[i]).toMatchObject(shape);
      for (const [role, letter] of Object.entries(columns)) expect([role, tables[i].columns[role as keyof TableInfo['columns']]]).toEqual([role, letter]);
    });
  });

  test('tasks: exactly the expected rows, with ids, statuses and due dates', () => {
    expect(report.tasks.map((t) => t.row)).toEqual(exp.tasks.map((t) => t.row));
    for (const want of exp.tasks) {
      const t = report.tasks.find((x) => x.row === want.row)!;
      const got: Record<string, unknown> = { row: t.row, status: t.status, due: t.deadline.due };
      if (want.id !== undefined) got.id = t.id;
      if (want.section !== undefined) got.section = t.section;
      if (want.owner !== undefined) got.owner = t.owner.agencies.includes(want.owner) ? want.owner : t.owner;
      if (want.deadlineKind !== undefined) got.deadlineKind = t.deadline.kind;
      if (want.task !== undefined) got.task = t.task;
      if (want.doneTiming !== undefined) got.doneTiming = t.doneTiming;
      expect(got).toEqual(want);
    }
  });

  test('key findings present, wrong ones absent', () => {
    for (const want of exp.findings) expect([want, report.findings.some((f) => matches(f, want))]).toEqual([want, true]);
    for (const bad of exp.absent) expect(report.findings.filter((f) => matches(f, bad))).toEqual([]);
  });
});
