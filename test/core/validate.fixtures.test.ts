import path from 'node:path';
import { readFileSync } from 'node:fs';
import { readWorkbook } from '../../src/cli/read-workbook';
import { validate } from '../../src/core/validate';
import type { Report } from '../../src/core/types';

const fixture = (f: string) => path.join(__dirname, '../fixtures', f);
async function run(file: string, asOf = '2023-10-16', dueSoonDays = 14): Promise<Report> {
  const wb = await readWorkbook(fixture(file));
  return validate(wb.sheets[0], { asOf, dueSoonDays });
}
const ids = (r: Report) => [...new Set(r.tasks.map((t) => t.id))].sort().join(' ');

describe('Hà Giang 2023 PAPI appendix (merged cells, number row, 8 sections)', () => {
  let r: Report;
  beforeAll(async () => { r = await run('ha-giang-2023-papi-appendix.xlsx'); });

  test('finds the header at row 4, the number row and every column role', () => {
    expect(r.table).toMatchObject({ headerRows: [4], numberRow: 5, firstRow: 6, lastRow: 53 });
    expect(r.table!.columns).toEqual({ id: 'A', criterion: 'B', task: 'C', target: 'D', owner: 'E', partners: 'F', deadline: 'G', progress: null, note: null });
    expect(r.planYear).toBe(2023);
  });

  test('the 8 group rows are sections, not tasks; every other row belongs to a task', () => {
    const groups = [6, 11, 18, 23, 30, 36, 46, 50];
    expect(r.tasks.filter((t) => groups.includes(t.row))).toEqual([]);
    expect(new Set(r.tasks.map((t) => t.section))).toEqual(new Set(['1', '2', '3', '4', '5', '6', '7', '8']));
    const covered = new Set(r.tasks.flatMap((t) => t.rows));
    for (let row = 7; row <= 53; row++) if (!groups.includes(row)) expect(covered.has(row)).toBe(true);
  });

  test('reports the missing 2.1 target and 3.3 deadline once, and no owner missing under merges', () => {
    const at = (code: string) => r.findings.filter((f) => f.code === code).map((f) => f.cell);
    expect(at('target.missing')).toEqual(expect.arrayContaining(['D12']));
    expect(at('deadline.missing')).toEqual(['G21']);
    expect(at('owner.missing')).toEqual([]);
    const t22 = r.tasks.find((t) => t.row === 22)!;
    expect(t22.owner.agencies).toEqual(['Phòng Tư pháp']);
    expect(t22.cells.owner).toBe('E21');
  });

  test('reads the deadline and target forms of the plan', () => {
    const task = (row: number) => r.tasks.find((t) => t.rows.includes(row))!;
    expect(task(19).deadline).toMatchObject({ kind: 'period', due: '2023-12-31' });
    expect(task(8).deadline).toMatchObject({ kind: 'period', due: '2023-12-31' });
    expect(task(29).deadline.kind).toBe('recurring');
    expect(task(33).deadline.kind).toBe('status');
    expect(task(42).deadline.kind).toBe('reference');
    expect(task(40).target.kind).toBe('measurable');
    expect(task(41).target.kind).toBe('vague');
    expect(r.summary.errors).toBeGreaterThan(0);
  });

  test('the strict profile turns vague targets and deadlines into errors', async () => {
    const wb = await readWorkbook(fixture('ha-giang-2023-papi-appendix.xlsx'));
    const strict = validate(wb.sheets[0], { asOf: '2023-10-16', profile: 'strict' });
    const vague = strict.findings.filter((f) => f.code === 'target.vague');
    expect(vague.length).toBeGreaterThan(0);
    expect(vague.every((f) => f.severity === 'error')).toBe(true);
    expect(strict.summary.errors).toBeGreaterThan(r.summary.errors);
  });
});

test('raw paste (repeated headers, rows split at page breaks) gives the same tasks', async () => {
  const clean = await run('ha-giang-2023-papi-appendix.xlsx');
  const raw = await run('ha-giang-2023-papi-raw-paste.xlsx');
  expect(ids(raw)).toBe(ids(clean));
  const split = raw.tasks.find((t) => t.rows.includes(45))!;
  expect(split.rows).toEqual([43, 45]);
  expect(split.deadline.kind).toBe('ongoing'); // "Thường" + "xuyên" joined across the break
  expect(raw.tasks.some((t) => [12, 19, 25, 30, 37, 44, 49, 54, 60].includes(t.row))).toBe(false);
});

test('tracking sheet: every status and due date as expected, in any time zone', async () => {
  const exp = JSON.parse(readFileSync(fixture('ha-giang-2023-tracking.expected.json'), 'utf8'));
  const r = await run('ha-giang-2023-tracking.xlsx', exp.asOf, exp.dueSoonDays);
  expect(r.table!.headerRows).toEqual([exp.headerRow]);
  expect(r.planYear).toBe(exp.planYear);
  const got = exp.tasks.map((e: { row: number }) => {
    const t = r.tasks.find((x) => x.row === e.row)!;
    return { row: e.row, status: t.status, due: t.deadline.due };
  });
  expect(got).toEqual(exp.tasks.map((e: { row: number; status: string; due: string | null }) => ({ row: e.row, status: e.status, due: e.due })));
  const nv = r.summary.byOwner.find((o) => o.owner === 'Phòng Nội vụ')!;
  expect(nv).toMatchObject({ tasks: 4, overdue: 0 });
});

test('a score table is not a task appendix', async () => {
  const r = await run('cao-bang-2023-score-tables.xlsx');
  expect(r.tasks).toEqual([]);
  expect(r.findings.map((f) => f.code)).toEqual(['table.not-found']);
});
