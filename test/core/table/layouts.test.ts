import fc from 'fast-check';
import { validate } from '../../../src/core/validate';
import type { CellValue, MergeArea, SheetSnapshot } from '../../../src/core/types';
import { parseA1 } from '../../../src/core/address';

function sheet(rows: CellValue[][], merges: MergeArea[] = [], top = 1, left = 1): SheetSnapshot {
  return { sheetName: 'Phụ lục', top, left, values: rows, merges };
}
const asOf = '2025-06-15';

describe('layouts seen in real appendices', () => {
  test('column order changed and ALL CAPS headers with footnote markers', () => {
    const r = validate(sheet([
      ['KẾ HOẠCH HÀNH ĐỘNG NĂM 2025', null, null, null, null],
      ['STT', 'CƠ QUAN CHỦ TRÌ[1]', 'CƠ QUAN PHỐI HỢP', 'NỘI DUNG NHIỆM VỤ', 'THỜI HẠN HOÀN THÀNH'],
      ['1', 'Sở Nội vụ', 'Sở Tư pháp', 'Rà soát thủ tục hành chính', 'Quý III/2025'],
      ['2', '', 'Các sở, ngành', 'Tổ chức tập huấn', '2025'],
    ]), { asOf });
    expect(r.table!.columns).toMatchObject({ id: 'A', owner: 'B', partners: 'C', task: 'D', deadline: 'E', target: null });
    expect(r.planYear).toBe(2025);
    expect(r.tasks.map((t) => [t.id, t.deadline.due])).toEqual([['1', '2025-09-30'], ['2', '2025-12-31']]);
    expect(r.findings.find((f) => f.code === 'owner.missing')?.cell).toBe('B4');
    expect(r.findings.some((f) => f.code === 'table.column-missing')).toBe(true);
  });

  test('a table from column B under three title lines, with a two-row header and a merged group', () => {
    const r = validate(sheet([
      ['ỦY BAN NHÂN DÂN TỈNH', null, null, null, null, null],
      ['PHỤ LỤC', null, null, null, null, null],
      ['Nhiệm vụ cải thiện Chỉ số PAR INDEX năm 2024', null, null, null, null, null],
      ['TT', 'Nhiệm vụ', 'Kết quả cần đạt', 'Phân công thực hiện', null, 'Thời gian thực hiện'],
      [null, null, null, 'Chủ trì', 'Phối hợp', null],
      ['I', 'CẢI CÁCH THỂ CHẾ', null, null, null, null],
      ['1', 'Xây dựng kế hoạch kiểm tra', 'Kế hoạch', 'Sở Tư pháp', 'Các sở, ngành', '30/6/2024'],
      ['2', 'Tuyên truyền', '100% xã, phường', 'Sở Văn hóa, Thể thao và Du lịch', 'UBND các huyện', 'Hằng quý'],
      ['Nơi nhận:', null, null, null, null, null],
      ['- Như trên;', null, null, null, null, null],
    ], [
      { top: 4, left: 2, bottom: 5, right: 2 }, { top: 4, left: 3, bottom: 5, right: 3 }, { top: 4, left: 4, bottom: 5, right: 4 },
      { top: 4, left: 5, bottom: 4, right: 6 }, { top: 4, left: 7, bottom: 5, right: 7 }, { top: 6, left: 3, bottom: 6, right: 7 },
    ], 1, 2), { asOf: '2024-10-01' });
    expect(r.table).toMatchObject({ headerRows: [4, 5], firstRow: 6, lastRow: 8 });
    expect(r.table!.columns).toMatchObject({ id: 'B', task: 'C', target: 'D', owner: 'E', partners: 'F', deadline: 'G' });
    expect(r.tasks.map((t) => [t.id, t.section, t.status])).toEqual([['1', 'I', 'overdue'], ['2', 'I', 'on-track']]);
    expect(r.tasks[1].owner.agencies).toEqual(['Sở Văn hóa, Thể thao và Du lịch']);
    expect(r.tasks[1].deadline).toMatchObject({ kind: 'recurring', due: '2024-12-31' });
  });

  test('two appendices glued on one sheet: PHỤ LỤC II starts a table with its own header', () => {
    const r = validate(sheet([
      ['PHỤ LỤC I', null, null, null],
      ['TT', 'Tên nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian hoàn thành'],
      ['1', 'Nhiệm vụ A', 'Sở Tài chính', '12/2025'],
      ['PHỤ LỤC II', null, null, null],
      ['STT', 'Tên dự án, nhiệm vụ', 'Cơ quan chủ trì', 'Tình trạng', 'Thời gian thực hiện'],
      ['1', 'Dự án B', 'Sở Xây dựng', 'Thực hiện mới', '2026 - 2030'],
    ]), { asOf });
    expect(r.tables!.map((t) => t.headerRows)).toEqual([[2], [5]]);
    expect(r.tasks.map((t) => [t.row, t.id, t.deadline.due])).toEqual([[3, '1', '2025-12-31'], [6, '1', '2030-12-31']]);
    expect(r.tables![1].columns).toMatchObject({ progress: 'D', deadline: 'E' });
  });

  test('indicator table: "Chỉ tiêu" is the task and "Kết quả" the target when no task column exists', () => {
    const r = validate(sheet([
      ['TT', 'Chỉ tiêu', 'Đơn vị', 'Kết quả', 'Cơ quan chủ trì theo dõi, đánh giá'],
      ['1', 'Tỷ lệ hồ sơ trực tuyến', '%', '≥ 80', 'Văn phòng Chính phủ'],
    ]), { asOf });
    expect(r.table!.columns).toMatchObject({ task: 'B', target: 'D', owner: 'E' });
    expect(r.tasks[0].target.kind).toBe('measurable');
  });

  test('a report: "Kết quả thực hiện" is progress, continuation rows join the task above', () => {
    const r = validate(sheet([
      ['TT', 'Nội dung', 'Kết quả cần đạt', 'Đơn vị chủ trì', 'Thời hạn', 'Kết quả thực hiện'],
      ['1', 'Ban hành quy chế phối hợp', 'Quy chế', 'Sở Nội vụ', '30/6/2025', 'Đã hoàn thành ngày 20/6/2025'],
      [null, 'giữa các cơ quan', null, null, null, null],
      ['2', 'Kiểm tra công vụ', 'Ít nhất 02 đợt/năm', 'Sở Nội vụ; Thanh tra tỉnh', 'Quý II/2025', 'Đang thực hiện'],
    ]), { asOf: '2025-07-10' });
    expect(r.table!.columns).toMatchObject({ progress: 'F', target: 'C' });
    expect(r.tasks[0]).toMatchObject({ rows: [2, 3], task: 'Ban hành quy chế phối hợp giữa các cơ quan', status: 'done', doneTiming: 'on-time' });
    expect(r.tasks[1]).toMatchObject({ status: 'overdue', daysOverdue: 10 });
    expect(r.findings.some((f) => f.code === 'owner.multiple' && f.cell === 'D4')).toBe(true);
  });

  test('decomposed (NFD) text is read like NFC and noted at its cell', () => {
    const r = validate(sheet([
      ['TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn'],
      ['1', 'Rà soát', 'Sở Nội vụ'.normalize('NFD'), 'Quý III/2025'],
    ]), { asOf });
    expect(r.tasks[0].owner.agencies).toEqual(['Sở Nội vụ']);
    expect(r.findings.filter((f) => f.code === 'text.not-nfc').map((f) => f.cell)).toEqual(['C2']);
  });

  test('footnote lines under the table end it; a #REF! owner is a cell error, not an owner', () => {
    const r = validate(sheet([
      ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì[1]', 'Thời hạn'],
      ['1', 'Rà soát', { error: '#REF!' }, 'Quý III/2025'],
      [null, null, null, null],
      ['[1] Cơ quan chủ trì chịu trách nhiệm báo cáo kết quả.', null, null, null],
    ]), { asOf });
    expect(r.table!.lastRow).toBe(2);
    expect(r.tasks.map((t) => t.row)).toEqual([2]);
    expect(r.findings.filter((f) => f.cell === 'C2').map((f) => [f.code, f.severity, f.field])).toEqual([['cell.error', 'error', 'owner']]);
    expect(r.summary.byOwner.map((o) => o.owner)).not.toContain('#REF!');
  });

  test('an empty sheet and a sheet of error values report table.not-found', () => {
    expect(validate(sheet([]), { asOf }).findings[0].code).toBe('table.not-found');
    expect(validate(sheet([[{ error: '#REF!' }, { error: '#N/A' }]]), { asOf }).findings[0].code).toBe('table.not-found');
  });
});

describe('robustness', () => {
  const cell: fc.Arbitrary<CellValue> = fc.oneof(
    fc.constant(null),
    fc.string({ maxLength: 30 }),
    fc.constantFrom('TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Chỉ tiêu', 'Quý III/2023', 'Sở Nội vụ', 'I', '1.1', '(1)', 'Thường xuyên'),
    fc.constantFrom('Đơn vị chủ trì', 'Thời gian thực hiện', 'Tháng 12 hằng năm').map((s) => s.normalize('NFD')),
    // Inline assignments and labelled lines in cells: headings, labels with and without values, bullets.
    fc.array(fc.constantFrom('1. Rà soát', 'a) Tập huấn', 'II. NHIỆM VỤ', '- Cơ quan chủ trì: Sở Nội vụ', '- Cơ quan chủ trì:', '+ Sở Tư pháp chủ trì nội dung: x', '- Thời gian thực hiện: Quý II/2025', 'Phân công trách nhiệm:', '- Phối hợp:', 'Sản phẩm: Báo cáo', ''), { maxLength: 5 }).map((l) => l.join('\n')),
    fc.string({ minLength: 2000, maxLength: 3000 }),
    fc.double({ noNaN: false }),
    fc.integer({ min: -5, max: 80000 }),
    fc.boolean(),
    fc.constantFrom({ error: '#REF!' }, { error: '#N/A' }, { error: '#VALUE!' }),
  );
  const snapshot = fc.record({
    top: fc.integer({ min: 1, max: 30 }),
    left: fc.integer({ min: 1, max: 5 }),
    rows: fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 25 }),
    merges: fc.array(fc.record({ top: fc.integer({ min: -3, max: 60 }), left: fc.integer({ min: -3, max: 12 }), h: fc.integer({ min: -2, max: 6 }), w: fc.integer({ min: -2, max: 6 }) }), { maxLength: 8 }),
  });

  test('random snapshots never make the engine throw, and every finding lies inside the snapshot', () => {
    fc.assert(
      fc.property(snapshot, ({ top, left, rows, merges }) => {
        const snap: SheetSnapshot = {
          sheetName: 'S', top, left, values: rows,
          merges: merges.map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w })),
        };
        const r = validate(snap, { asOf });
        const width = Math.max(1, ...rows.map((x) => x.length));
        const height = Math.max(1, rows.length);
        for (const f of r.findings) {
          const at = parseA1(f.cell)!;
          expect(at.row).toBeGreaterThanOrEqual(top);
          expect(at.row).toBeLessThan(top + height);
          expect(at.col).toBeGreaterThanOrEqual(left);
          expect(at.col).toBeLessThan(left + width);
        }
      }),
      { numRuns: 300 },
    );
  });
});
