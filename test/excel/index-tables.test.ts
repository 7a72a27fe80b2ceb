/**
 * Index tables on the fake Excel: insert at the selected cell, refuse to overwrite, refresh in
 * place after an import, remove — with the user's formats and the rows added under the table kept.
 */
import { parseImport, withImported } from '../../src/core/indices/import';
import { cell, type LayoutMeta, type TableLayout } from '../../src/core/indices/layout';
import { layoutMatrix, plane } from '../../src/core/indices/layout-matrix';
import type { IndexDataset } from '../../src/core/indices/model';
import { resolveProvince } from '../../src/core/indices/provinces';
import { buildTable, requestFromMeta } from '../../src/core/indices/tables';
import type { SheetSnapshot } from '../../src/core/types';
import { createFakeExcel, reopen, PAYLOAD_LIMIT, type FakeWorkbookState } from '../../src/demo/fake-excel';
import { STANDARD_WIDTH_POINTS } from '../../src/demo/fake-excel/state';
import { AddinError } from '../../src/excel/api';
import { diffTable } from '../../src/excel/index-tables-refresh';
import { createOfficeWorkbook } from '../../src/excel/office-workbook';
import { loadDataset, loadGeo } from '../../src/data/indices/load';

const SHEET = 'Kế hoạch';

function sheet(values: SheetSnapshot['values'] = [['Kế hoạch cải thiện PAPI năm 2020']]): SheetSnapshot {
  return { sheetName: SHEET, top: 1, left: 1, values, merges: [] };
}

async function profile(ds?: IndexDataset): Promise<TableLayout> {
  const geo = await loadGeo();
  return buildTable('profile', { ds: ds ?? (await loadDataset('papi')), geo, selection: resolveProvince(geo, 'Lào Cai')!, years: [2018, 2019], lang: 'vi' });
}

/** What the pane passes to refreshIndexTables: the same table built over the current data. */
function rebuildOver(ds: IndexDataset) {
  return async (meta: LayoutMeta): Promise<TableLayout | null> => {
    const req = requestFromMeta(meta, ds, await loadGeo());
    return req && buildTable(meta.layout, req);
  };
}

/** PAPI 2019 for all 63 provinces as a user would paste it, with Lào Cai's D3 score raised by 0.01. */
async function papiWithImportedD3(): Promise<IndexDataset> {
  const geo = await loadGeo();
  const papi = await loadDataset('papi');
  const t = papi.tables.get(2019)!;
  const levels = t.levels.filter((l) => !l.parent).map((l) => l.code);
  const lines = [['Năm', 'Tỉnh', ...levels].join('\t')];
  t.units.forEach((u, i) => {
    const name = geo.provinces.find((p) => p.code === u)!.vi;
    const score = (l: string) => {
      const v = t.values[l][i];
      return v === null ? '' : String(u === 'P06' && l === 'D3' ? v + 0.01 : v).replace('.', ',');
    };
    lines.push(['2019', name, ...levels.map(score)].join('\t'));
  });
  const { tables, issues } = parseImport(lines.join('\n'), 'papi', geo);
  expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  return withImported(papi, tables);
}

function setup(state?: FakeWorkbookState) {
  const fake = createFakeExcel({ sheets: [sheet()] }, state);
  fake.state.selection = { sheet: SHEET, address: 'B3' };
  return { fake, api: createOfficeWorkbook(fake), cells: () => fake.state.sheet(SHEET)!.cells };
}

/** The profile at B3: title row 3, headers 4–5, 2018 in row 6, 2019 in row 7 (D3 score in J), blank, source in row 9, notes in 10–11; columns B–U. */
const AT = { address: 'B3:U11', cells: 9 * 20, d3of2019: '7,10', source: '9,2', below: 12 } as const;

describe('inserting an index table', () => {
  test('at the selected cell, in 2 syncs: values, formats, merges, widths, a name and a record', async () => {
    const { fake, api, cells } = setup();
    const ws = fake.state.sheet(SHEET)!;
    ws.columnWidths = new Map([[3, 80]]); // column C sized by the user
    fake.stats.syncs = 0;
    const rec = await api.insertIndexTable(await profile());
    expect(fake.stats.syncs).toBe(2);
    expect(fake.stats.maxRequestBytes).toBeLessThan(20_000); // far under 5 MB
    expect(fake.stats.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT);

    expect(rec).toMatchObject({ key: 'phuluc:papi:profile:P06:2018-2019:', sheet: SHEET, address: AT.address, meta: { index: 'papi', province: 'P06', years: [2018, 2019] } });
    expect(cells().get('3,2')?.value).toBe('Kết quả PAPI của Lào Cai, 2018–2019');
    expect(cells().get('4,2')?.value).toBe('Năm');
    expect(cells().get('6,2')?.value).toBe(2018);
    expect(cells().get('7,3')).toMatchObject({ value: '13/63', format: '@' }); // text, not a date
    expect(cells().get('7,4')).toMatchObject({ value: 45.055061, format: '0.00' });
    expect(cells().get(AT.source)?.value).toMatch(/^Nguồn: /);
    expect(cells().get('1,1')?.value).toBe('Kế hoạch cải thiện PAPI năm 2020'); // untouched
    expect(ws.merges).toEqual(expect.arrayContaining([{ top: 4, left: 2, bottom: 5, right: 2 }, { top: 4, left: 4, bottom: 4, right: 5 }]));
    expect(ws.styles?.get('4,2')).toMatchObject({ bold: true, horizontalAlignment: 'Center', wrapText: true });
    expect(ws.styles?.get('3,2')).toMatchObject({ bold: true });
    expect(ws.styles?.get(AT.source)).toMatchObject({ italic: true, size: 9 });
    expect(ws.columnWidths.get(3)).toBe(80); // the user's width stays
    expect(ws.columnWidths.get(2)).toBe(42); // 8 characters
    expect(fake.state.names.get('PHULUC_TBL_1')).toMatchObject({ sheet: SHEET, rect: { top: 3, left: 2, bottom: 11, right: 21 }, comment: rec.key });

    fake.stats.syncs = 0;
    expect(await api.listIndexTables()).toEqual([rec]);
    expect(fake.stats.syncs).toBe(1);
  });

  test('over non-empty cells: refused with "not-empty", nothing written', async () => {
    const { fake, api, cells } = setup();
    fake.state.userEdit(SHEET, 6, 4, 'ghi chú');
    fake.state.userEdit(SHEET, 11, 21, 5);
    const before = JSON.stringify([...cells()]);
    const err = await api.insertIndexTable(await profile()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AddinError);
    expect(err).toMatchObject({ code: 'not-empty' });
    expect((err as AddinError).messageVi).toMatch(/^Vùng B3:U11 có 2 ô đã có dữ liệu/);
    expect((err as AddinError).messageEn).toMatch(/^B3:U11 has 2 non-empty cells/);
    expect(JSON.stringify([...cells()])).toBe(before);
    expect(fake.state.sheet(SHEET)!.merges).toEqual([]);
    expect(fake.state.names.size).toBe(0);
    expect(await api.listIndexTables()).toEqual([]);
  });

  test('with overwrite the table replaces what was there', async () => {
    const { fake, api, cells } = setup();
    fake.state.userEdit(SHEET, 6, 4, 'ghi chú');
    const rec = await api.insertIndexTable(await profile(), { overwrite: true });
    expect(cells().get('6,4')?.value).toBe(44.373124);
    expect(await api.listIndexTables()).toEqual([rec]);
  });

  test('a table overwritten by another one is forgotten', async () => {
    const { fake, api } = setup();
    await api.insertIndexTable(await profile());
    fake.state.selection = { sheet: SHEET, address: 'D5' };
    const geo = await loadGeo();
    const other = buildTable('profile', { ds: await loadDataset('papi'), geo, selection: resolveProvince(geo, 'Yên Bái')!, years: [2019], lang: 'vi' });
    await expect(api.insertIndexTable(other)).rejects.toMatchObject({ code: 'not-empty' });
    const rec = await api.insertIndexTable(other, { overwrite: true });
    expect(await api.listIndexTables()).toEqual([rec]);
    expect([...fake.state.names.keys()]).toEqual(['PHULUC_TBL_2']); // _1 went with the old table
    expect(fake.state.names.get('PHULUC_TBL_2')!.rect).toEqual({ top: 5, left: 4, bottom: 11, right: 23 });
  });

  test('inserting the same table twice gives two records with distinct keys', async () => {
    const { fake, api } = setup();
    const a = await api.insertIndexTable(await profile());
    fake.state.selection = { sheet: SHEET, address: 'B20' };
    const b = await api.insertIndexTable(await profile());
    expect([a.key, b.key]).toEqual(['phuluc:papi:profile:P06:2018-2019:', 'phuluc:papi:profile:P06:2018-2019:#2']);
    expect(b.address).toBe('B20:U28');
    expect([...fake.state.names.keys()]).toEqual(['PHULUC_TBL_1', 'PHULUC_TBL_2']);
  });
});

describe('refreshing and removing', () => {
  /** The user's touches: a score re-coloured and bolded, a line typed under the table. */
  async function inserted() {
    const s = setup();
    await s.api.insertIndexTable(await profile());
    s.fake.state.userFormat(SHEET, 6, 4, { bold: true, color: '#C00000' });
    s.fake.state.userFill(SHEET, 6, 4, '#FFFF00');
    s.fake.state.userEdit(SHEET, AT.below, 2, 'Ghi chú của phòng: số liệu đã đối chiếu.');
    return s;
  }
  const userTouchesKept = (state: FakeWorkbookState) => {
    const ws = state.sheet(SHEET)!;
    expect(ws.styles?.get('6,4')).toMatchObject({ bold: true, color: '#C00000' });
    expect(ws.fills.get('6,4')).toBe('#FFFF00');
    expect(ws.cells.get(`${AT.below},2`)?.value).toBe('Ghi chú của phòng: số liệu đã đối chiếu.');
  };

  test('unchanged data: 0 cells written, the user formats and the added row stay; 2 syncs (nothing to write)', async () => {
    const { fake, api } = await inserted();
    fake.stats.syncs = 0;
    const summary = await api.refreshIndexTables(rebuildOver(await loadDataset('papi')));
    expect(summary).toEqual({ tables: 1, cellsChanged: 0, changes: [], skipped: [] });
    expect(fake.stats.syncs).toBe(2); // nothing to write: the third sync is skipped
    userTouchesKept(fake.state);
  });

  test('after an import: exactly the changed score and the source line are written and reported', async () => {
    const { fake, api, cells } = await inserted();
    fake.stats.syncs = 0;
    const summary = await api.refreshIndexTables(rebuildOver(await papiWithImportedD3()));
    expect(fake.stats.syncs).toBe(3);
    expect(summary.tables).toBe(1);
    expect(summary.cellsChanged).toBe(2);
    expect(summary.changes).toEqual([
      { key: 'phuluc:papi:profile:P06:2018-2019:', sheet: SHEET, address: 'J7', before: 4.979992, after: expect.closeTo(4.989992, 9) },
      { key: 'phuluc:papi:profile:P06:2018-2019:', sheet: SHEET, address: 'B9', before: expect.stringMatching(/PAPI 2019, CECODES/), after: expect.stringMatching(/PAPI 2019, số liệu do người dùng nhập$/) },
    ]);
    expect(cells().get(AT.d3of2019)).toMatchObject({ value: expect.closeTo(4.989992, 9), format: '0.00' });
    userTouchesKept(fake.state);
    // A second refresh over the same data finds nothing left to do.
    expect((await api.refreshIndexTables(rebuildOver(await papiWithImportedD3()))).cellsChanged).toBe(0);
  });

  test('a rebuilt table of another shape is skipped, not squeezed over the user rows', async () => {
    const { fake, api } = await inserted();
    const before = JSON.stringify([...fake.state.sheet(SHEET)!.cells]);
    const geo = await loadGeo();
    const papi = await loadDataset('papi');
    const summary = await api.refreshIndexTables(async (meta) => buildTable('profile', { ...requestFromMeta(meta, papi, geo)!, years: [2017, 2018, 2019] }));
    expect(summary).toEqual({ tables: 0, cellsChanged: 0, changes: [], skipped: [{ key: 'phuluc:papi:profile:P06:2018-2019:', reason: 'shape-changed' }] });
    expect(JSON.stringify([...fake.state.sheet(SHEET)!.cells])).toBe(before);
    expect((await api.refreshIndexTables(async () => null)).skipped).toEqual([{ key: 'phuluc:papi:profile:P06:2018-2019:', reason: 'no-data' }]);
  });

  test('the name follows rows inserted above the table', async () => {
    const { fake, api } = await inserted();
    fake.state.userInsertRows(SHEET, 2, 3);
    const [rec] = await api.listIndexTables();
    expect(rec.address).toBe('B6:U14');
    const summary = await api.refreshIndexTables(rebuildOver(await papiWithImportedD3()));
    expect(summary.changes.map((c) => c.address)).toEqual(['J10', 'B12']);
  });

  test('remove: the range is empty and unmerged, the record and name gone, the added row intact', async () => {
    const { fake, api, cells } = await inserted();
    fake.stats.syncs = 0;
    expect(await api.removeIndexTable('phuluc:papi:profile:P06:2018-2019:')).toBe(AT.cells);
    expect(fake.stats.syncs).toBe(2);
    const inTable = [...cells().keys()].filter((k) => {
      const [r, c] = k.split(',').map(Number);
      return r >= 3 && r <= 11 && c >= 2 && c <= 21;
    });
    expect(inTable).toEqual([]);
    expect(fake.state.sheet(SHEET)!.merges).toEqual([]);
    expect(fake.state.sheet(SHEET)!.fills.size).toBe(0);
    expect(cells().get(`${AT.below},2`)?.value).toMatch(/^Ghi chú/);
    expect(cells().get('1,1')?.value).toMatch(/^Kế hoạch/);
    expect(fake.state.names.size).toBe(0);
    expect(await api.listIndexTables()).toEqual([]);
    expect(await api.removeIndexTable('phuluc:papi:profile:P06:2018-2019:')).toBe(0);
  });

  test('the record survives closing and reopening the workbook', async () => {
    const { fake, api } = await inserted();
    const [rec] = await api.listIndexTables();
    const again = setup(reopen(fake.state));
    expect(await again.api.listIndexTables()).toEqual([rec]);
    expect((await again.api.refreshIndexTables(rebuildOver(await papiWithImportedD3()))).cellsChanged).toBe(2);
    expect(await again.api.removeIndexTable(rec.key)).toBe(AT.cells);
  });

  test('a name whose rows were deleted (#REF!) is removed with its record', async () => {
    const { fake, api } = await inserted();
    fake.state.names.get('PHULUC_TBL_1')!.rect = null;
    expect(await api.listIndexTables()).toEqual([]);
    expect(fake.state.names.size).toBe(0);
  });

  test('a name the user deleted drops the record, and refresh reports it', async () => {
    const { fake, api } = await inserted();
    fake.state.names.delete('PHULUC_TBL_1');
    const summary = await api.refreshIndexTables(rebuildOver(await loadDataset('papi')));
    expect(summary.skipped).toEqual([{ key: 'phuluc:papi:profile:P06:2018-2019:', reason: 'name-removed' }]);
    expect(await api.listIndexTables()).toEqual([]);
  });
});

describe('a target table', () => {
  async function target() {
    const geo = await loadGeo();
    return buildTable('target', { ds: await loadDataset('par'), geo, selection: resolveProvince(geo, 'Cao Bằng')!, years: [2022], lang: 'vi' });
  }

  test('the target is a live R1C1 formula, and a refresh keeps the increases the user typed', async () => {
    const { fake, api, cells } = setup();
    fake.state.selection = { sheet: SHEET, address: 'A3' };
    await api.insertIndexTable(await target());
    // Row 3 title, 4–5 header, first area in row 6: score D, increase F, target G.
    expect(cells().get('6,7')).toMatchObject({ formulaR1C1: '=RC[-3]+RC[-1]', format: '"≥ "0.00' });
    expect(fake.state.sheet(SHEET)!.styles?.get('6,6')?.numberFormat).toBe('+0.00;-0.00;0.00');
    fake.state.userEdit(SHEET, 6, 6, 0.5);
    const geo = await loadGeo();
    const par = await loadDataset('par');
    const summary = await api.refreshIndexTables(async (meta) => buildTable(meta.layout, requestFromMeta(meta, par, geo)!));
    expect(summary.cellsChanged).toBe(0);
    expect(cells().get('6,6')?.value).toBe(0.5);
  });

  test('a column the user never sized gets the table width; the default is detected in points', async () => {
    const { fake, api } = setup();
    await api.insertIndexTable(await target());
    expect(fake.state.sheet(SHEET)!.columnWidths?.get(3)).toBe(252); // 48 characters
    expect(STANDARD_WIDTH_POINTS).toBe(48);
  });
});

function tiny(second = cell(4.1)): TableLayout {
  return {
    meta: { index: 'papi', layout: 'target', province: 'P06', provinceName: 'Lào Cai', members: [], years: [2019], lang: 'vi', key: 'k' },
    title: 'Mục tiêu',
    header: [[cell('TT'), cell('Điểm'), cell('Tăng'), cell('Mục tiêu')]],
    body: [
      [cell(1), cell(5.3, { numberFormat: '0.00' }), cell(null, { numberFormat: '+0.00', data: { kind: 'increase', value: null, level: 'D1' } }), cell(5.3, { formulaR1C1: '=RC[-2]+RC[-1]' })],
      [cell('13/63'), second, cell(null), cell(null)],
    ],
    merges: [],
    columnWidths: [],
    source: 'Nguồn: PAPI 2019',
    notes: [],
  };
}

describe('diffTable (refresh)', () => {
  test('only differing contents; typed increases never; General cells get the table format', () => {
    const m = layoutMatrix(tiny());
    const current = plane(m, (c) => c.input ?? '');
    const formats = plane(m, (c) => c.numberFormat);
    expect(diffTable(current, formats, m)).toEqual([]);
    current[2][2] = 0.4; // the user typed an increase
    current[2][1] = 5.3 + 1e-12; // read back with a last-bit difference
    current[3][1] = '';
    formats[3][1] = 'General';
    current[2][3] = 5.3; // someone pasted values over the formula
    expect(diffTable(current, formats, m)).toEqual([
      { row: 2, col: 3, before: 5.3, after: '=RC[-2]+RC[-1]' },
      { row: 3, col: 1, before: null, after: 4.1 },
    ]);
    const m2 = layoutMatrix(tiny(cell(4.1, { numberFormat: '0.00' })));
    expect(diffTable(current, formats, m2).find((c) => c.row === 3)).toEqual({ row: 3, col: 1, before: null, after: 4.1, numberFormat: '0.00' });
  });
});
