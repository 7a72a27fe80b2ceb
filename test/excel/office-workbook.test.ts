import path from 'node:path';
import { readWorkbook } from '../../src/cli/read-workbook';
import { validate } from '../../src/core/validate';
import type { SheetSnapshot } from '../../src/core/types';
import { createFakeExcel, reopen, PAYLOAD_LIMIT } from '../../src/demo/fake-excel';
import { AddinError } from '../../src/excel/api';
import { createOfficeWorkbook } from '../../src/excel/office-workbook';
import { rowBlocks } from '../../src/excel/highlight';

function bigSheet(rows: number): SheetSnapshot {
  const values = [['TT', 'Nhiệm vụ', 'Chỉ tiêu', 'Đơn vị chủ trì', 'Thời hạn', 'Tiến độ thực hiện']];
  for (let i = 1; i <= rows; i++) values.push([String(i), `Nhiệm vụ số ${i}`, '100% xã', 'Sở Nội vụ', i % 3 ? '30/6/2023' : '31/12/2023', i % 4 ? '' : 'Hoàn thành']);
  return { sheetName: 'Phụ lục', top: 1, left: 1, values, merges: [{ top: 2, left: 4, bottom: 3, right: 4 }] };
}

async function fixtureSheet(): Promise<SheetSnapshot> {
  return (await readWorkbook(path.join(__dirname, '../fixtures/ha-giang-2023-tracking.xlsx'))).sheets[0];
}

describe('reading the active sheet', () => {
  test.each([1000, 10000])('%i rows: at most 2 syncs, every payload under 5 MB', async (n) => {
    const fake = createFakeExcel({ sheets: [bigSheet(n)] });
    const snap = await createOfficeWorkbook(fake).readActiveSheet();
    expect(fake.stats.syncs).toBeLessThanOrEqual(2);
    expect(fake.stats.maxResponseBytes).toBeLessThan(PAYLOAD_LIMIT);
    expect(snap.values).toHaveLength(n + 1);
    expect(snap.merges).toEqual([{ top: 2, left: 4, bottom: 3, right: 4 }]);
  });

  test('the fixture reads the same as from the .xlsx file, and validates the same', async () => {
    const sheet = await fixtureSheet();
    const fake = createFakeExcel({ sheets: [sheet] });
    const snap = await createOfficeWorkbook(fake).readActiveSheet();
    const a = validate(sheet, { asOf: '2023-10-16' });
    const b = validate(snap, { asOf: '2023-10-16' });
    expect(b.tasks.map((t) => [t.row, t.status, t.deadline.due])).toEqual(a.tasks.map((t) => [t.row, t.status, t.deadline.due]));
  });

  test('a sheet too big for one response is read in row chunks', async () => {
    const fake = createFakeExcel({ sheets: [bigSheet(60000)] });
    const snap = await createOfficeWorkbook(fake).readActiveSheet();
    expect(snap.values).toHaveLength(60001);
    expect(fake.stats.syncs).toBeGreaterThan(2);
    expect(fake.stats.maxResponseBytes).toBeLessThan(PAYLOAD_LIMIT);
  });

  test('an empty sheet is a clear error', async () => {
    const fake = createFakeExcel({ sheets: [{ sheetName: 'Trống', top: 1, left: 1, values: [], merges: [] }] });
    await expect(createOfficeWorkbook(fake).readActiveSheet()).rejects.toMatchObject({ code: 'empty-sheet' });
  });

  test('an Excel without ExcelApi 1.13 is told so', async () => {
    const fake = createFakeExcel({ sheets: [bigSheet(3)], excelApi: 12 });
    await expect(createOfficeWorkbook(fake).readActiveSheet()).rejects.toMatchObject({ code: 'api-version' });
  });
});

describe('highlighting is reversible', () => {
  async function setup() {
    const sheet = await fixtureSheet();
    const fake = createFakeExcel({ sheets: [sheet] });
    const api = createOfficeWorkbook(fake);
    const report = validate(sheet, { asOf: '2023-10-16' });
    const req = { sheet: sheet.sheetName, firstColumn: 1, lastColumn: 9, tasks: report.tasks.map((t) => ({ rows: t.rows, status: t.status })) };
    return { fake, api, req, name: sheet.sheetName };
  }

  test('overdue red, due soon amber, done green; ongoing untouched; clear restores every fill', async () => {
    const { fake, api, req, name } = await setup();
    fake.state.userFill(name, 7, 3, '#00B0F0'); // a cell the user coloured before
    fake.state.userFill(name, 5, 2, '#FFFFFF'); // white, not "no fill"
    const before = (r: number, c: number) => fake.state.effectiveFill(name, r, c);
    const snapshot = [[7, 3], [5, 2], [4, 1], [6, 1], [11, 1]].map(([r, c]) => before(r, c));
    await api.highlight(req);
    expect(before(7, 1)).toBe('#FFC7CE'); // 1.4 overdue
    expect(before(11, 1)).toBe('#FFEB9C'); // 2.3 due soon
    expect(before(6, 1)).toBe('#C6EFCE'); // 1.3 done
    expect(before(4, 1)).toBeNull(); // 1.1 ongoing
    await api.clearHighlight(name);
    expect([[7, 3], [5, 2], [4, 1], [6, 1], [11, 1]].map(([r, c]) => before(r, c))).toEqual(snapshot);
  });

  test('highlighting twice replaces instead of stacking; a re-coloured cell keeps the user colour', async () => {
    const { fake, api, req, name } = await setup();
    await api.highlight(req);
    const rules = fake.state.sheet(name)!.rules.length;
    await api.highlight(req);
    expect(fake.state.sheet(name)!.rules.length).toBe(rules);
    fake.state.userFill(name, 7, 2, '#7030A0');
    await api.clearHighlight(name);
    expect(fake.state.effectiveFill(name, 7, 2)).toBe('#7030A0');
    expect(fake.state.sheet(name)!.rules).toEqual([]);
  });

  test('the highlight survives closing and reopening, and is cleared after it', async () => {
    const { fake, api, req, name } = await setup();
    await api.highlight(req);
    const again = createFakeExcel({ sheets: [] }, reopen(fake.state));
    expect(again.state.effectiveFill(name, 7, 1)).toBe('#FFC7CE');
    const removed = await createOfficeWorkbook(again).clearHighlight();
    expect(removed.removed).toBeGreaterThan(0);
    expect(again.state.effectiveFill(name, 7, 1)).toBeNull();
  });

  test('10,000 task rows: 2 syncs, no request over 5 MB, addresses under 8,192 characters', async () => {
    const sheet = bigSheet(10000);
    const fake = createFakeExcel({ sheets: [sheet] });
    const report = validate(sheet, { asOf: '2023-10-16' });
    fake.stats.syncs = 0;
    await createOfficeWorkbook(fake).highlight({ sheet: 'Phụ lục', firstColumn: 1, lastColumn: 6, tasks: report.tasks.map((t) => ({ rows: t.rows, status: t.status })) });
    expect(fake.stats.syncs).toBe(2);
    expect(fake.stats.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT);
    expect(rowBlocks(report.tasks.map((t) => t.row), 1, 6).every((a) => a.length < 8192)).toBe(true);
  });

  test('a protected sheet is refused with a clear message and nothing written', async () => {
    const sheet = await fixtureSheet();
    const fake = createFakeExcel({ sheets: [sheet], protectedSheets: [sheet.sheetName] });
    const report = validate(sheet, { asOf: '2023-10-16' });
    const err = await createOfficeWorkbook(fake).highlight({ sheet: sheet.sheetName, firstColumn: 1, lastColumn: 9, tasks: report.tasks.map((t) => ({ rows: t.rows, status: t.status })) }).catch((e) => e);
    expect(err).toBeInstanceOf(AddinError);
    expect(err.code).toBe('protected');
    expect(err.messageVi).toMatch(/bảo vệ/);
    expect(fake.state.sheet(sheet.sheetName)!.rules).toEqual([]);
  });

  test('cell-edit mode is explained, not crashed on', async () => {
    const { fake, api, req } = await setup();
    fake.setEditMode(true);
    await expect(api.highlight(req)).rejects.toMatchObject({ code: 'edit-mode' });
  });
});

describe('report sheet, settings, selection, change events', () => {
  test('insert and remove the report sheet', async () => {
    const sheet = await fixtureSheet();
    const fake = createFakeExcel({ sheets: [sheet] });
    const api = createOfficeWorkbook(fake);
    const { sheet: name } = await api.insertReportSheet(validate(sheet, { asOf: '2023-10-16' }), 'vi');
    expect(name).toBe('Báo cáo kiểm tra');
    expect(fake.state.sheet(name)!.cells.get('2,1')?.value).toBe('Ô');
    expect(await api.removeReportSheets()).toBe(1);
    expect(fake.state.sheet(name)).toBeUndefined();
  });

  test('settings round-trip and selection', async () => {
    const fake = createFakeExcel({ sheets: [bigSheet(3)] });
    const api = createOfficeWorkbook(fake);
    await api.saveSettings({ profile: 'strict', columns: { owner: 'D' }, asOf: '2023-10-16' });
    expect(await api.loadSettings()).toEqual({ profile: 'strict', columns: { owner: 'D' }, asOf: '2023-10-16' });
    await api.selectCell('Phụ lục', 'D3');
    expect(fake.state.selection).toEqual({ sheet: 'Phụ lục', address: 'D3' });
  });

  test('user edits trigger one debounced re-validation', async () => {
    jest.useFakeTimers();
    const fake = createFakeExcel({ sheets: [bigSheet(3)] });
    const api = createOfficeWorkbook(fake);
    const handler = jest.fn();
    const stop = await api.onSheetChanged(handler);
    fake.state.userEdit('Phụ lục', 2, 2, 'a');
    fake.state.userEdit('Phụ lục', 2, 3, 'b');
    jest.advanceTimersByTime(1000);
    expect(handler).toHaveBeenCalledTimes(1);
    stop();
    jest.useRealTimers();
  });
});
