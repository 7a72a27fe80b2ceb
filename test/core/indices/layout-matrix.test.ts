/** Placing a layout on a grid (shared by the CLI's xlsx and the add-in), style areas, R1C1 → A1, addresses. */
import { parseSheetRange, rangeA1 } from '../../../src/core/address';
import { cell, type TableLayout } from '../../../src/core/indices/layout';
import { areas, layoutMatrix, needsTextFormat, plane, r1c1ToA1, SELF_FILL } from '../../../src/core/indices/layout-matrix';
import { TARGET_FORMULA_R1C1 } from '../../../src/core/indices/layouts/target';
import { resolveProvince } from '../../../src/core/indices/provinces';
import { buildTable, requestFromMeta } from '../../../src/core/indices/tables';
import { loadDataset, loadGeo } from '../../../src/data/indices/load';

function tiny(): TableLayout {
  return {
    meta: { index: 'papi', layout: 'target', province: 'P06', provinceName: 'Lào Cai', members: [], years: [2019], lang: 'vi', key: 'k' },
    title: 'Mục tiêu',
    header: [[cell('TT', { bold: true, align: 'center' }), cell('Điểm', { bold: true, align: 'center' }), cell('Tăng', { bold: true }), cell('Mục tiêu', { bold: true })]],
    body: [
      [cell(1), cell(5.3, { numberFormat: '0.00', mark: 'self' }), cell(null, { numberFormat: '+0.00', data: { kind: 'increase', value: null, level: 'D1' } }), cell(5.3, { formulaR1C1: '=RC[-2]+RC[-1]', bold: true })],
      [cell('13/63'), cell(4.1), cell(null), cell(null)],
    ],
    merges: [{ top: 0, left: 0, bottom: 0, right: 3 }],
    columnWidths: [6, 9],
    source: 'Nguồn: PAPI 2019',
    notes: ['ghi chú'],
  };
}

describe('layoutMatrix', () => {
  test('title, header, body, a blank row, the source line and notes, as the CLI has always placed them', () => {
    const m = layoutMatrix(tiny());
    expect([m.rows, m.cols]).toEqual([7, 4]);
    expect(m.at).toEqual({ title: 0, header: 1, body: 2, source: 5 });
    expect(plane(m, (c) => c.input)).toEqual([
      ['Mục tiêu', null, null, null],
      ['TT', 'Điểm', 'Tăng', 'Mục tiêu'],
      [1, 5.3, null, '=RC[-2]+RC[-1]'],
      ['13/63', 4.1, null, null],
      [null, null, null, null],
      ['Nguồn: PAPI 2019', null, null, null],
      ['* ghi chú', null, null, null],
    ]);
    expect(m.cells[2][3]).toMatchObject({ value: 5.3, formulaR1C1: '=RC[-2]+RC[-1]', bold: true });
    expect(m.cells[3][0].numberFormat).toBe('@'); // would become a date
    expect(m.cells[2][1]).toMatchObject({ numberFormat: '0.00', fill: SELF_FILL });
    expect(m.cells[2][2].userInput).toBe(true);
    expect(m.cells[1][0].wrap).toBe(true);
    expect(m.cells[1][2].wrap).toBe(false); // no alignment given: left as Excel has it
    expect(m.cells[6][0]).toMatchObject({ italic: true, small: true });
    expect(m.columnWidths).toEqual([6, 9, 0, 0]);
    expect(m.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 3 }]);
  });

  test('style areas join runs along a row and identical runs below', () => {
    const m = layoutMatrix(tiny());
    expect(areas(m, (c) => c.bold || null)).toEqual([
      { top: 0, left: 0, bottom: 0, right: 0, value: true },
      { top: 1, left: 0, bottom: 1, right: 3, value: true },
      { top: 2, left: 3, bottom: 2, right: 3, value: true },
    ]);
    expect(areas(m, (c) => c.small || null)).toEqual([{ top: 5, left: 0, bottom: 6, right: 0, value: true }]);
    expect(areas(m, (c) => c.align)).toEqual([{ top: 1, left: 0, bottom: 1, right: 1, value: 'center' }]);
  });

  test('a real profile: one header row merged over two, scores in two decimals, ranks as text', async () => {
    const geo = await loadGeo();
    const m = layoutMatrix(buildTable('profile', { ds: await loadDataset('papi'), geo, selection: resolveProvince(geo, 'Lào Cai')!, years: [2018, 2019], lang: 'vi' }));
    expect([m.rows, m.cols]).toEqual([9, 20]);
    expect(m.cells[4][1]).toMatchObject({ input: '13/63', numberFormat: '@' });
    expect(m.cells[4][2]).toMatchObject({ input: 45.055061, numberFormat: '0.00' });
  });

  test('needsTextFormat: what Excel would parse as a number, date or formula', () => {
    expect(['13/63', '1,5', '45.06', '-', '=A1', '+3', '10%', 'TRUE', '12:30'].map(needsTextFormat)).toEqual(Array(9).fill(true));
    expect(['TBC', 'hạng tính toán 48/62', 'Năm', 'Điểm số'].map(needsTextFormat)).toEqual([false, false, false, false]);
  });
});

describe('r1c1ToA1', () => {
  test('relative, absolute and mixed references; strings untouched', () => {
    expect(r1c1ToA1(TARGET_FORMULA_R1C1, 7, 7)).toBe('=D7+F7');
    expect(r1c1ToA1('=R[-1]C+R2C3+RC', 5, 2)).toBe('=B4+$C$2+B5');
    expect(r1c1ToA1('=SUM(R[-2]C:R[-1]C)&"RC[1]"', 10, 4)).toBe('=SUM(D8:D9)&"RC[1]"');
    expect(r1c1ToA1('=ROUND(RC[-1],2)', 3, 3)).toBe('=ROUND(B3,2)');
  });
});

describe('addresses', () => {
  test('a name value or range address → sheet and rectangle', () => {
    expect(parseSheetRange("'Bảng 1'!$B$3:$U$11")).toEqual({ sheet: 'Bảng 1', top: 3, left: 2, bottom: 11, right: 21 });
    expect(parseSheetRange("='It''s'!A1")).toEqual({ sheet: "It's", top: 1, left: 1, bottom: 1, right: 1 });
    expect(parseSheetRange('Kế_hoạch!$C$5:$A$2')).toEqual({ sheet: 'Kế_hoạch', top: 2, left: 1, bottom: 5, right: 3 });
    expect(parseSheetRange('#REF!')).toBeNull();
    expect(parseSheetRange('Sheet1!A1:B2,Sheet1!D4')).toBeNull();
    expect(rangeA1(3, 2, 11, 21)).toBe('B3:U11');
    expect(rangeA1(3, 2, 3, 2)).toBe('B3');
  });
});

describe('requestFromMeta', () => {
  test('requestFromMeta rebuilds the same table', async () => {
    const geo = await loadGeo();
    const ds = await loadDataset('papi');
    const t = buildTable('profile', { ds, geo, selection: resolveProvince(geo, 'lao cai', true)!, years: [2019], lang: 'en' });
    expect(buildTable(t.meta.layout, requestFromMeta(t.meta, ds, geo)!)).toEqual(t);
    expect(requestFromMeta({ ...t.meta, province: 'P99' }, ds, geo)).toBeNull();
  });
});
