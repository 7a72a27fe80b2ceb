/**
 * The target check on seed 001's tables: the shared PAPI fixture and the PAR INDEX fixture built
 * by scripts/build-target-fixtures.mjs. Exactly the seed's errors are reported, none on the
 * corrected copy, and none on a table the project itself generates.
 */
import path from 'node:path';
import { checkTargetTables } from '../../../src/core/indices/target-check';
import { buildTable } from '../../../src/core/indices/tables';
import { resolveProvince } from '../../../src/core/indices/provinces';
import type { IndexDataset, IndexId } from '../../../src/core/indices/model';
import { displayText } from '../../../src/core/indices/render';
import type { SheetSnapshot } from '../../../src/core/types';
import { readWorkbook } from '../../../src/cli/read-workbook';
import { loadDataset, loadGeo } from '../../../src/data/indices/load';

const fixture = (name: string) => path.join(__dirname, '..', '..', 'fixtures', name);

async function check(file: string, province?: string) {
  const geo = await loadGeo();
  const datasets: Partial<Record<IndexId, IndexDataset>> = { papi: await loadDataset('papi'), par: await loadDataset('par') };
  const { sheets } = await readWorkbook(fixture(file));
  return checkTargetTables(sheets[0], { geo, datasets, province, fileName: file });
}

const errors = (r: Awaited<ReturnType<typeof check>>) => r.findings.filter((f) => f.severity === 'error').map((f) => `${f.cell} ${f.code}`);

test('PAPI (seed 001 §2.2): only row 8 is wrong, 6,08 + 0,17 ≠ 6,63; D8 2,16 vs 2,1666 is rounding', async () => {
  const r = await check('cao-bang-2023-score-tables.xlsx');
  expect(r.tables).toEqual([expect.objectContaining({ index: 'papi', year: 2022, province: 'Cao Bằng', headerRows: [3, 4] })]);
  expect(errors(r)).toEqual(['G8 target-sum']);
  expect(r.findings.find((f) => f.code === 'score-rounding')).toMatchObject({ cell: 'D12', severity: 'info' });
});

test('PAR INDEX (seed 001 §2.1): area 5 and area 8 sub-rows do not add up; the page break is read through', async () => {
  const r = await check('cao-bang-2023-par-targets.xlsx');
  expect(r.tables).toHaveLength(1);
  expect(r.tables[0]).toMatchObject({ index: 'par', year: 2022, province: 'Cao Bằng', lastRow: 28 });
  expect(errors(r)).toEqual(['D13 subrows-sum', 'D22 subrows-sum']);
  expect(r.findings.find((f) => f.cell === 'D13')!.message).toContain('11,54');
});

test('the corrected copy has no error', async () => {
  const r = await check('cao-bang-2023-par-targets-corrected.xlsx');
  expect(errors(r)).toEqual([]);
});

test('a generated target table checks clean, and a wrong increase in it is found', async () => {
  const geo = await loadGeo();
  const papi = await loadDataset('papi');
  const selection = resolveProvince(geo, 'Cao Bằng')!;
  const t = buildTable('target', { ds: papi, geo, selection, years: [2022], lang: 'vi' });
  // Put it on a sheet as Excel would show it: increase typed, the formula's cached result.
  const rows = [...t.header, ...t.body].map((row) => row.map((c) => {
    if (c.data?.kind === 'increase') return 0.5;
    if (c.data?.kind === 'target') return (row.find((x) => x.data?.kind === 'score')!.value as number) + 0.5;
    return c.value;
  }));
  const snap: SheetSnapshot = { sheetName: 'PAPI', top: 1, left: 1, values: rows, merges: t.merges.filter((m) => m.top > 0).map((m) => ({ top: m.top, left: m.left + 1, bottom: m.bottom, right: m.right + 1 })) };
  snap.text = rows.map((row, i) => row.map((v, j) => ([...t.header, ...t.body][i][j].data?.kind === 'increase' ? '+0,50' : displayText({ ...[...t.header, ...t.body][i][j], value: v }, 'vi'))));
  const ok = checkTargetTables(snap, { geo, datasets: { papi }, province: 'Cao Bằng' });
  expect(ok.tables[0]).toMatchObject({ index: 'papi', year: 2022, rows: 8 });
  expect(ok.findings.filter((f) => f.severity === 'error')).toEqual([]);
  rows[4][6] = (rows[4][6] as number) + 0.3;
  snap.text![4][6] = displayText({ value: rows[4][6] as number, numberFormat: '"≥ "0.00' }, 'vi');
  const bad = checkTargetTables(snap, { geo, datasets: { papi }, province: 'Cao Bằng' });
  expect(bad.findings.filter((f) => f.severity === 'error').map((f) => f.cell)).toEqual(['G5']);
});
