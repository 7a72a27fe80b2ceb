/** `phuluc table` and `phuluc check-targets` through their run() functions, output captured. */
import path from 'node:path';
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
