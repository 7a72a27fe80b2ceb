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
    ['Duy trì 10/10 tiêu chí', 'measurable'],
    ['18/18 chỉ số thành phần đạt điểm tối đa', 'measurable'],
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

describe('reviewer readings', () => {
  test.each([
    // "tầng" is not "tăng"; "tăng cường" (strengthen) is no increase.
    ['Hạ tầng 5G phủ sóng', 'vague'],
    ['Tăng cường ứng dụng 4.0', 'vague'],
    ['Đạt phủ sóng 5G', 'vague'],
    // A document's or a standard's number names it; it is no quantity.
    ['Triển khai Đề án 06 đạt hiệu quả', 'vague'],
    ['Triển khai Nghị quyết 57-NQ/TW đạt kết quả', 'vague'],
    ['Đạt chuẩn theo Nghị định 61/2018/NĐ-CP', 'vague'],
    ['Đề án 06 được phê duyệt', 'deliverable'],
  ])('no quantity: %s → %s', (text, kind) => {
    expect(classifyTarget(text).kind).toBe(kind);
  });

  test.each([
    ['Tăng 10% so với năm 2024', 'tang'],
    ['Giảm 20% hồ sơ trễ hạn', 'giam'],
    ['tăng 2 bậc', 'tang'],
    ['Đạt 95 điểm', 'dat'],
    ['Đạt chuẩn ISO 9001:2015 ở 100% cơ quan', 'dat'],
    ['Triển khai Đề án 06 tại 100% xã', null],
    ['Hoàn thành kế hoạch 100%', null],
    ['Chuyển đổi số 100% xã, phường', null],
    ['Top 10', 'top'],
  ])('quantities stay measurable: %s', (text, comparator) => {
    expect(classifyTarget(text)).toMatchObject({ kind: 'measurable', comparator });
  });

  test.each([
    ['Tối thiểu 10/năm', [10]],
    ['01/năm', [1]],
    ['02/quý', [2]],
    ['Ít nhất 01 lần/tháng', [1]],
    ['Kế hoạch 02 đợt kiểm tra', [2]],
  ])('a count per period or of a plan is measurable: %s', (text, numbers) => {
    expect(classifyTarget(text)).toMatchObject({ kind: 'measurable', numbers });
  });

  test.each([
    'Tờ trình UBND tỉnh',
    'Dự thảo Nghị quyết HĐND tỉnh',
    'Bộ câu hỏi khảo sát',
    'Phiếu khảo sát',
    'Biên bản kiểm tra',
    'Thông báo kết luận kiểm tra',
    'Kết luận kiểm tra',
    'Lớp bồi dưỡng',
    'Tin, bài tuyên truyền',
    // A named standard or a certificate (this read vague, its number dropped as a name).
    'Đạt chuẩn ISO 9001:2015',
    'Được cấp chứng nhận VietGAP',
  ])('deliverable: %s', (text) => {
    expect(classifyTarget(text).kind).toBe('deliverable');
  });

  test.each([
    'Không có hồ sơ trễ hạn',
    'Không có văn bản trái pháp luật',
    'Không để xảy ra khiếu nại vượt cấp',
    'Không để tồn đọng hồ sơ',
  ])('a zero target: %s', (text) => {
    expect(classifyTarget(text)).toMatchObject({ kind: 'measurable', numbers: [0] });
  });

  test('"no target" is no zero target', () => {
    expect(classifyTarget('Không có chỉ tiêu').kind).toBe('vague');
    expect(classifyTarget('Không có').kind).toBe('vague');
  });

  test.each(['Top 10', 'Hạng 15/63', 'Xếp hạng 20/63', 'Bình quân 2 ngày/hồ sơ'])('a rank or a rate: %s', (text) => {
    expect(classifyTarget(text).kind).toBe('measurable');
  });

  test('a status typed in the target cell is vague (§4.1)', () => {
    expect(classifyTarget('Kế hoạch (đã thực hiện)').kind).toBe('vague');
    expect(classifyTarget('Báo cáo (đang thực hiện)').kind).toBe('vague');
  });
});
