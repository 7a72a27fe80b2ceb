import fc from 'fast-check';
import { classifyTarget } from '../../../src/core/fields/target';
import { parseViNumber } from '../../../src/core/numbers';

describe('targets', () => {
  test.each([
    ['100% xã, phường', 'measurable'],
    ['≥ 8,97', 'measurable'],
    ['>= 30', 'measurable'],
    ['Tối thiểu 30% đơn vị cấp xã được kiểm tra', 'measurable'],
    ['Ít nhất 01 đợt/ năm', 'measurable'],
    ['Phấn đấu đạt mục tiêu 1.200 công trình xanh', 'measurable'],
    ['tăng ít nhất 01 bậc so với năm 2024', 'measurable'],
    ['90', 'measurable'],
    ['Không có trường hợp phải chi thêm tiền để được quan tâm hơn', 'measurable'],
    ['Quyết định của UBND tỉnh', 'deliverable'],
    ['Kế hoạch', 'deliverable'],
    ['Báo cáo', 'deliverable'],
    ['Quyết định của Thủ tướng Chính phủ', 'deliverable'],
    ['Cơ sở dữ liệu', 'deliverable'],
    ['Triển khai đồng bộ', 'vague'],
    ['Theo Kế hoạch của UBND tỉnh', 'vague'],
    // Monitoring is an activity, not a reference to another plan: its figures decide.
    ['Theo dõi thi hành pháp luật: đạt từ 70% - 100% số văn bản được xử lý', 'measurable'],
    ['Các giải pháp triển khai thực hiện', 'vague'],
    ['Đạt mức tiên tiến ở nhiều lĩnh vực quan trọng', 'vague'],
    ['Kế hoạch số 12/KH-UBND năm 2025', 'deliverable'],
    ['Đã thực hiện', 'vague'],
    ['', 'missing'],
    ['-', 'missing'],
  ])('%s → %s', (text, kind) => {
    expect(classifyTarget(text).kind).toBe(kind);
  });

  test('Vietnamese numbers: decimal comma, thousands dot', () => {
    expect(parseViNumber('8,97')).toBe(8.97);
    expect(parseViNumber('1.200')).toBe(1200);
    expect(parseViNumber('1.234,5')).toBe(1234.5);
    expect(parseViNumber('6.08')).toBe(6.08);
    expect(parseViNumber('01')).toBe(1);
    expect(parseViNumber('abc')).toBeNull();
    expect(classifyTarget('≥ 5,30').numbers).toEqual([5.3]);
  });

  test('never throws', () => {
    fc.assert(fc.property(fc.string({ maxLength: 500 }), (s) => { classifyTarget(s); }), { numRuns: 300 });
  });
});
