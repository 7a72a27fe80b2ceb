import fc from 'fast-check';
import { parseDeadline } from '../../../src/core/fields/deadline';
import type { DeadlineKind } from '../../../src/core/types';

const ctx = { planYear: 2025, asOf: '2025-06-15' };
const parse = (text: string, c = ctx) => parseDeadline({ value: text, text }, c);

// [phrase as written, kind, due] — the research catalogue's forms (466 real cells) and the seeds'.
const TABLE: [string, DeadlineKind, string | null][] = [
  // dates, day-first only
  ['30/6/2023', 'date', '2023-06-30'],
  ['30-6-2023', 'date', '2023-06-30'],
  ['30.6.2023', 'date', '2023-06-30'],
  ['ngày 30 tháng 6 năm 2023', 'date', '2023-06-30'],
  ['trước ngày 10/6/2020', 'date', '2020-06-10'],
  ['Chậm nhất ngày 15/11/2025', 'date', '2025-11-15'],
  ['trước ngày 10/6', 'date', '2025-06-10'],
  ['Trước 15/10', 'date', '2025-10-15'],
  ['10/16/2023', 'invalid', null],
  ['31/02/2023', 'invalid', null],
  // months
  ['6/2025', 'period', '2025-06-30'],
  ['06/2025', 'period', '2025-06-30'],
  ['2/2025', 'period', '2025-02-28'],
  ['12/2028', 'period', '2028-12-31'],
  ['T6/2025', 'period', '2025-06-30'],
  ['Tháng 6 năm 2025', 'period', '2025-06-30'],
  ['Tháng 10/2025', 'period', '2025-10-31'],
  ['Tháng 12/2025.', 'period', '2025-12-31'],
  // quarters
  ['Quý III/2023', 'period', '2023-09-30'],
  ['Quí IV-2025', 'period', '2025-12-31'],
  ['quý I năm 2026', 'period', '2026-03-31'],
  ['QIII/2023', 'period', '2023-09-30'],
  ['Quý III Năm 2026', 'period', '2026-09-30'],
  ['Quý II/2030', 'period', '2030-06-30'],
  ['Quý IV/2025- Quý II/2026', 'period', '2026-06-30'],
  // halves and years
  ['6 tháng đầu năm 2023', 'period', '2023-06-30'],
  ['6 tháng cuối năm 2023', 'period', '2023-12-31'],
  ['2025', 'period', '2025-12-31'],
  ['Năm 2026', 'period', '2026-12-31'],
  ['Trong năm 2023', 'period', '2023-12-31'],
  ['Hoàn thành trong năm 2025.', 'period', '2025-12-31'],
  // year ranges
  ['2026 - 2030', 'period', '2030-12-31'],
  ['2026-2030', 'period', '2030-12-31'],
  ['Giai đoạn 2026 - 2030', 'period', '2030-12-31'],
  ['Giai đoạn 2026 - 2030.', 'period', '2030-12-31'],
  ['Năm 2025-2030', 'period', '2030-12-31'],
  ['năm 2026 - 2027.', 'period', '2027-12-31'],
  ['2025 - 2035', 'period', '2035-12-31'],
  ['Trước năm 2030', 'period', '2029-12-31'],
  // recurring: the occurrence in the as-of year
  ['Hằng năm', 'recurring', '2025-12-31'],
  ['Hàng năm', 'recurring', '2025-12-31'],
  ['hằng năm', 'recurring', '2025-12-31'],
  ['Hằng năm.', 'recurring', '2025-12-31'],
  ['Tháng 12 hằng năm', 'recurring', '2025-12-31'],
  ['Tháng 12 hàng năm', 'recurring', '2025-12-31'],
  ['Hằng quý', 'recurring', '2025-06-30'],
  ['Định kỳ 6 tháng', 'recurring', '2025-06-30'],
  // ongoing
  ['Thường xuyên', 'ongoing', null],
  ['Thường xuyên.', 'ongoing', null],
  ['Liên tục', 'ongoing', null],
  ['Thực hiện thường xuyên, liên tục', 'ongoing', null],
  ['Nhiệm vụ thường xuyên', 'ongoing', null],
  ['Thường xuyên, hằng năm', 'ongoing', null],
  ['Thường xuyên, định kỳ hằng quý báo cáo về Sở Tài chính', 'ongoing', null],
  ['Thường xuyên, theo yêu cầu nhiệm vụ.', 'ongoing', null],
  ['Từ 01/7/2025.', 'ongoing', null],
  ['Triển khai từ năm 2026', 'ongoing', null],
  ['Triển khai từ năm 2026 và thực hiện thường xuyên, liên tục', 'ongoing', null],
  // open-ended: the first milestone until it passes
  ['2025 và những năm tiếp theo', 'period', '2025-12-31'],
  ['Năm 2026 và các năm tiếp theo.', 'period', '2026-12-31'],
  // compound: the first dated clause
  ['Ban hành trong quý I năm 2026. Thực hiện rà soát, điều chỉnh (nếu có)', 'period', '2026-03-31'],
  ['Hoàn thành trong giai đoạn 2026 - 2027 và vận hành thường xuyên, liên tục', 'period', '2027-12-31'],
  ['Giai đoạn 2026 - 2027. Thực hiện rà soát, cập nhật các hướng dẫn kỹ thuật (nếu có)', 'period', '2027-12-31'],
  ['Hoàn thành kiểm kê lần đầu trong năm 2026. Định kỳ cập nhật kết quả kiểm kê phát thải (nếu có)', 'period', '2026-12-31'],
  ['Thí điểm trong giai đoạn 2026 - 2027 và thực hiện mở rộng sau năm 2028', 'period', '2027-12-31'],
  ['Trình Thủ tướng Chính phủ trong năm 2026 và triển khai thực hiện các hoạt động thường xuyên liên tục', 'period', '2026-12-31'],
  ['Mạng lưới quan trắc môi trường được đầu tư, đồng bộ hoàn thành trước năm 2027 và vận hành thường xuyên, liên tục.', 'period', '2026-12-31'],
  // references, statuses, not-a-time, missing
  ['Theo Kế hoạch xây dựng Nông thôn mới', 'reference', null],
  ['Theo tiến độ xây dựng dự thảo văn bản của cơ quan chủ trì soạn thảo.', 'reference', null],
  ['Sau khi Nghị định quy định chi tiết thi hành một số điều của Luật ban hành.', 'reference', null],
  ['Khi có phát sinh.', 'reference', null],
  ['Triển khai đảm bảo theo lộ trình, hướng dẫn của Bộ, ngành.', 'reference', null],
  ['Theo Kế hoạch bồi dưỡng công chức, viên chức hàng năm.', 'reference', null],
  ['Đã thực hiện', 'status', null],
  ['Đã hoàn thành', 'status', null],
  ['Đài Truyền hình và các cơ quan thông tấn, báo chí tại địa phương', 'invalid', null],
  ['Thực hiện sao lưu dữ liệu và đảm bảo có khả năng phục hồi hệ thống sau sự cố.', 'invalid', null],
  ['Sở Nội vụ', 'invalid', null],
  ['', 'missing', null],
  ['  ', 'missing', null],
  ['-', 'missing', null],
];

describe('deadline grammar', () => {
  test.each(TABLE)('%s → %s %s', (text, kind, due) => {
    const d = parse(text);
    expect(d.kind).toBe(kind);
    expect(d.due).toBe(due);
  });

  test('flags what the officer should look at', () => {
    expect(parse('Trước năm 2030').flags).toContain('ambiguous');
    expect(parse('trước ngày 10/6').flags).toContain('no-year');
    expect(parse('10/16/2023').flags).toContain('month-first');
    expect(parse('Ban hành trong quý I năm 2026. Thực hiện rà soát, điều chỉnh (nếu có)').flags).toContain('follow-up');
    expect(parse('Sở Nội vụ').flags).toContain('not-a-time');
    expect(parse('Quý III/2023').flags).not.toContain('follow-up');
  });

  test('a year range keeps its start; "Từ 01/7/2025" starts an ongoing task', () => {
    expect(parse('2026 - 2030').start).toBe('2026-01-01');
    expect(parse('Từ 01/7/2025.').start).toBe('2025-07-01');
  });

  test('"… và các năm tiếp theo" becomes ongoing once its first milestone has passed', () => {
    const d = parse('năm 2025 và các năm tiếp theo.', { planYear: 2025, asOf: '2026-02-01' });
    expect(d.kind).toBe('ongoing');
    expect(d.due).toBeNull();
  });

  test('Excel date serials, plain year numbers and error values', () => {
    expect(parseDeadline({ value: 45107, text: '30/06/2023', numberFormat: 'dd/mm/yyyy' }, ctx)).toMatchObject({ kind: 'date', due: '2023-06-30' });
    expect(parseDeadline({ value: 43831, text: '01/01/2020', numberFormat: 'm/d/yy' }, ctx).due).toBe('2020-01-01');
    expect(parseDeadline({ value: 2025, text: '2025', numberFormat: 'General' }, ctx)).toMatchObject({ kind: 'period', due: '2025-12-31' });
    expect(parseDeadline({ value: { error: '#REF!' }, text: '#REF!' }, ctx).kind).toBe('invalid');
    expect(parseDeadline({ value: null, text: '' }, ctx).kind).toBe('missing');
  });

  test('no year written: the plan year, else the as-of year', () => {
    expect(parse('Quý III', { planYear: 2023, asOf: '2025-01-01' }).due).toBe('2023-09-30');
    expect(parse('Quý III', { planYear: null, asOf: '2025-01-01' } as never).due).toBe('2025-09-30');
  });

  test('never throws, dues are real dates, and NFD / upper case do not change the result', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom(...TABLE.map((t) => t[0]))), (text) => {
        const a = parse(text);
        if (a.due !== null) expect(a.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        const b = parse(text.normalize('NFD'));
        const c = parse(text.toUpperCase());
        expect([b.kind, b.due]).toEqual([a.kind, a.due]);
        expect([c.kind, c.due]).toEqual([a.kind, a.due]);
      }),
      { numRuns: 400 },
    );
  });
});
