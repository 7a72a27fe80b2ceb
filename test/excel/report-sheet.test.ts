import { OWNER_SUMMARY_FIGURES } from '../../src/core/labels';
import { validate } from '../../src/core/validate';
import { reportRows } from '../../src/excel/report-sheet';

const snap = {
  sheetName: 'PL', top: 1, left: 1, merges: [],
  values: [
    ['TT', 'Nhiệm vụ', 'Kết quả', 'Đơn vị chủ trì', 'Thời hạn', 'Tiến độ thực hiện'],
    ['1', 'Ban hành kế hoạch', 'Kế hoạch', 'Sở Nội vụ', '30/6/2026', 'Đã hoàn thành'],
    ['2', 'Tổ chức hội nghị', 'Báo cáo', 'Sở Nội vụ', '30/9/2026', 'Đang thực hiện'],
  ],
};

describe('the check report sheet', () => {
  const report = validate(snap, { asOf: '2026-11-30' });
  const rows = reportRows(report, 'vi');
  const ownerHeader = rows.findIndex((r) => r[0] === 'Đơn vị chủ trì');

  test('every row is as wide as the by-owner table: the owner and each figure', () => {
    for (const r of rows) expect(r).toHaveLength(1 + OWNER_SUMMARY_FIGURES.length);
  });

  test('the by-owner table counts a done task with no completion date as done', () => {
    expect(rows[ownerHeader]).toEqual(['Đơn vị chủ trì', 'Số nhiệm vụ', 'Đến hạn', 'Đã hoàn thành', 'Hoàn thành đúng hạn', 'Hoàn thành quá hạn', 'Chưa hoàn thành, trong hạn', 'Chưa hoàn thành, quá hạn', 'Tỷ lệ quá hạn']);
    expect(rows[ownerHeader + 1]).toEqual(['Sở Nội vụ', 2, 2, 1, 0, 0, 0, 1, 50]);
  });
});
