/** `phuluc table` and `phuluc check-targets` through their run() functions, output captured. */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { run as table } from '../../../src/cli/commands/table';
import { run as checkTargets } from '../../../src/cli/commands/check-targets';
import type { CliIO } from '../../../src/cli/io';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const cli: CliIO = { out: (t) => out.push(t), err: (t) => err.push(t) };
  return { cli, out: () => out.join(''), err: () => err.join('') };
}

test('table papi profile JSON: scores with two decimals, group codes, ranks as numbers', async () => {
  const o = io();
  expect(await table(['papi', '--province', 'lao cai', '--years', '2018-2019', '--layout', 'profile', '--format', 'json'], o.cli)).toBe(0);
  const json = JSON.parse(o.out());
  expect(json.meta).toMatchObject({ index: 'papi', layout: 'profile', province: 'P06', years: [2018, 2019] });
  const first = json.rows[0].cells;
  expect(first[1]).toMatchObject({ kind: 'rank', rank: 29, of: 63, basis: 'published' });
  expect(first[2]).toMatchObject({ kind: 'score', value: 44.37, level: 'total' });
  expect(first[3]).toMatchObject({ kind: 'group', code: 'TBC' });
  expect(json.source).toMatch(/PAPI 2018/);
});

test('table par target for Cao Bằng 2022 comes from seed 001 with its source; English headers with --lang en', async () => {
  const o = io();
  expect(await table(['par', '--province', 'Cao Bang', '--years', '2022', '--layout', 'target', '--lang', 'en'], o.cli)).toBe(0);
  expect(o.out()).toMatch(/Planned increase 2023/);
  expect(o.out()).toMatch(/11\.49/);
  expect(o.out()).toMatch(/Cao Bằng/);
});

test('unusable input is a one-line error, not a stack trace', async () => {
  await expect(table(['papi', '--province', 'Atlantis', '--years', '2019'], io().cli)).rejects.toThrow(/Không tìm thấy tỉnh/);
  await expect(table(['par', '--province', 'Hà Nội', '--years', '2011'], io().cli)).rejects.toThrow(/Không có số liệu/);
  await expect(table(['papi', '--province', 'Lào Cai', '--years', 'hai nghìn'], io().cli)).rejects.toThrow(/--years/);
});

test('check-targets: exit 1 with row 8 flagged on the shared PAPI fixture', async () => {
  const o = io();
  const file = path.join(__dirname, '..', '..', 'fixtures', 'cao-bang-2023-score-tables.xlsx');
  expect(await checkTargets([file, '--format', 'json'], o.cli)).toBe(1);
  const json = JSON.parse(o.out());
  expect(json.sheets[0].findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([expect.objectContaining({ row: 8, cell: 'G8', code: 'target-sum' })]);
});

test('table --out writes the layout as layoutMatrix places it: title, merged header, live target formula, source line', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'phuluc-table-'));
  const file = path.join(dir, 'target.xlsx');
  expect(await table(['par', '--province', 'Cao Bang', '--years', '2022', '--layout', 'target', '--out', file], io().cli)).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[0];
  expect(ws.getCell('A1').value).toMatch(/^Mục tiêu PAR INDEX năm 2023/);
  expect(ws.getCell('A1').font).toMatchObject({ bold: true });
  expect(ws.getCell('A2').isMerged && ws.getCell('A3').master.address).toBe('A2');
  expect(ws.getCell('G4').value).toMatchObject({ formula: 'D4+F4' });
  expect(ws.getCell('G4').numFmt).toBe('"≥ "0.00');
  expect(ws.getCell('C4').numFmt).toBe('@'); // the rank "a/63" stays text when the cell is edited
  const last = ws.rowCount;
  const lines = Array.from({ length: last }, (_, i) => ws.getCell(i + 1, 1).value).filter((v) => typeof v === 'string' && /^Nguồn: /.test(v));
  expect(lines).toHaveLength(1);
  await fs.rm(dir, { recursive: true });
});
