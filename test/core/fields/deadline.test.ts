import fc from 'fast-check';
import { parseDeadline, type DeadlineContext } from '../../../src/core/fields/deadline';
import { deadlineKey, findDated } from '../../../src/core/fields/deadline-patterns';
import { addDays, isIsoDate } from '../../../src/core/dates';
import type { CellValue, DeadlineKind } from '../../../src/core/types';

const ctx2025: DeadlineContext = { planYear: 2025, asOf: '2025-06-15' };
const parse = (text: string, c: DeadlineContext = ctx2025) => parseDeadline({ value: text, text }, c);

type Row = [phrase: string, kind: DeadlineKind, due: string | null, form?: string];
// Every row with four cells: jest passes a `done` callback after a short row's last cell.
const rows = (t: Row[]) => t.map(([p, k, d, f]): [string, DeadlineKind, string | null, string | null] => [p, k, d, f ?? null]);

/**
 * Research catalogue §2.2: all 100 distinct phrases of 466 real cells, verbatim, in its order,
 * read as of 15/6/2025 in a 2025 plan. Where we depart from the catalogue's proposal it is said.
 */
const CATALOGUE: Row[] = [
  ['2026 - 2030', 'period', '2030-12-31', 'year-range'],
  ['2025', 'period', '2025-12-31', 'year'],
  ['Giai đoạn 2026 - 2030', 'period', '2030-12-31', 'year-range'],
  ['', 'missing', null], // *(blank)*
  ['Thường xuyên', 'ongoing', null, 'continuous'],
  ['2026-2030', 'period', '2030-12-31', 'year-range'],
  ['2026', 'period', '2026-12-31', 'year'],
  ['12/2025', 'period', '2025-12-31', 'month'],
  ['6/2025', 'period', '2025-06-30', 'month'],
  ['Thực hiện thường xuyên, liên tục', 'ongoing', null],
  ['Quý IV/2026', 'period', '2026-12-31', 'quarter'],
  ['Thường xuyên.', 'ongoing', null],
  ['2025 - 2030', 'period', '2030-12-31', 'year-range'],
  ['2025 - 2035', 'period', '2035-12-31', 'year-range'],
  ['2026-2027', 'period', '2027-12-31', 'year-range'],
  ['2030', 'period', '2030-12-31', 'year'],
  ['9/2025', 'period', '2025-09-30', 'month'],
  ['Hằng năm.', 'recurring', '2025-12-31', 'recurring-yearly'],
  ['Quí IV-2025', 'period', '2025-12-31', 'quarter'],
  ['Hoàn thành trong năm 2025.', 'period', '2025-12-31', 'year'],
  ['Triển khai từ năm 2026 và thực hiện thường xuyên, liên tục', 'ongoing', null, 'from'],
  ['12/2026', 'period', '2026-12-31', 'month'],
  ['2025 và những năm tiếp theo', 'period', '2025-12-31', 'year'], // open-ended: first milestone
  ['2026-2028', 'period', '2028-12-31', 'year-range'],
  ['9/2026', 'period', '2026-09-30', 'month'],
  ['Giai đoạn 2026 - 2027. Thực hiện rà soát, cập nhật các hướng dẫn kỹ thuật (nếu có)', 'period', '2027-12-31', 'year-range'],
  ['Hoàn thành trong giai đoạn 2026 - 2027 và vận hành thường xuyên, liên tục', 'period', '2027-12-31', 'year-range'],
  ['Hằng năm', 'recurring', '2025-12-31'],
  ['Năm 2025-2030', 'period', '2030-12-31', 'year-range'],
  ['năm 2025 và các năm tiếp theo.', 'period', '2025-12-31'],
  ['03/2025', 'period', '2025-03-31', 'month'],
  ['06/2025', 'period', '2025-06-30', 'month'],
  ['12/2028', 'period', '2028-12-31', 'month'],
  ['Năm 2025 - 2026', 'period', '2026-12-31', 'year-range'],
  ['Năm 2026', 'period', '2026-12-31', 'year'],
  ['Sau khi Nghị định quy định chi tiết thi hành một số điều của Luật Tiêu chuẩn và quy chuẩn kỹ thuật và Luật sửa đổi, bổ sung một số điều của Luật Tiêu chuẩn và quy chuẩn kỹ thuật ban hành.', 'reference', null],
  ['Theo tiến độ xây dựng dự thảo văn bản của cơ quan chủ trì soạn thảo.', 'reference', null],
  ['Thí điểm trong giai đoạn 2026 - 2027 và thực hiện mở rộng sau năm 2028', 'period', '2027-12-31'],
  ['Thường xuyên, theo yêu cầu nhiệm vụ.', 'ongoing', null],
  ['- Xây dựng các quy định, hướng dẫn và các báo cáo liên quan trong giai đoạn 2026 - 2027. - Thí điểm mô hình tái chế trong từ năm 2027.', 'period', '2027-12-31'],
  ['01/2025', 'period', '2025-01-31', 'month'],
  ['2/2025', 'period', '2025-02-28', 'month'],
  ['2025 - 2026', 'period', '2026-12-31', 'year-range'],
  ['2025-2026', 'period', '2026-12-31', 'year-range'],
  ['2026 - 2027', 'period', '2027-12-31', 'year-range'],
  ['2027', 'period', '2027-12-31', 'year'],
  ['2028', 'period', '2028-12-31', 'year'],
  ['3/2025', 'period', '2025-03-31', 'month'],
  ['3/2026', 'period', '2026-03-31', 'month'],
  ['7/2025', 'period', '2025-07-31', 'month'],
  ['Ban hành trong năm 2026. Thực hiện rà soát, điều chỉnh (nếu có)', 'period', '2026-12-31', 'year'],
  ['Ban hành trong quý I năm 2026. Thực hiện rà soát, điều chỉnh (nếu có)', 'period', '2026-03-31', 'quarter'],
  ['Giai đoạn 2026 - 2030.', 'period', '2030-12-31', 'year-range'],
  ['Giai đoạn 2026-2030 và những năm tiếp theo.', 'period', '2030-12-31', 'year-range'],
  ['Hoàn thành kiểm kê lần đầu trong năm 2026. Định kỳ cập nhật kết quả kiểm kê phát thải (nếu có)', 'period', '2026-12-31'],
  // The review "trong các năm tiếp theo" is a follow-up; the first clause keeps its due date.
  ['Hoàn thành trong năm 2026 và có rà soát, sửa đổi, bổ sung trong các năm tiếp theo (nếu có)', 'period', '2026-12-31'],
  ['Hoàn thành trong năm 2026 và có rà soát, sửa đổi, bổ sung, cập nhật các tiêu chí mới trong các năm tiếp theo (nếu có)', 'period', '2026-12-31'],
  ['Hoàn thành trong quý I năm 2026 và có rà soát, sửa đổi, bổ sung trong các năm tiếp theo (nếu có)', 'period', '2026-03-31'],
  ['Hoàn thành việc đầu tư, xây dựng mạng lưới trong năm 2026. Thực hiện thường xuyên liên tục, hiệu quả hàng năm', 'period', '2026-12-31'],
  ['Hoàn thành đầu tư giai đoạn 2026 - 2027, vận hành thường xuyên, liên tục, hiệu quả', 'period', '2027-12-31'],
  ['Hàng năm', 'recurring', '2025-12-31'],
  ['Khi có phát sinh.', 'reference', null],
  ['Mạng lưới quan trắc môi trường được đầu tư, đồng bộ hoàn thành trước năm 2027 và vận hành thường xuyên, liên tục.', 'period', '2026-12-31', 'before-year'],
  ['Nhiệm vụ thường xuyên', 'ongoing', null],
  ['Năm 2026 và các năm tiếp theo.', 'period', '2026-12-31'],
  ['Quý I/2030', 'period', '2030-03-31', 'quarter'],
  ['Quý II/2025', 'period', '2025-06-30', 'quarter'],
  ['Quý II/2027', 'period', '2027-06-30', 'quarter'],
  ['Quý II/2030', 'period', '2030-06-30', 'quarter'],
  ['Quý III Năm 2026', 'period', '2026-09-30', 'quarter'],
  // The catalogue says 31/03/2025 here, a slip: the fourth quarter ends on 31/12.
  ['Quý IV năm 2025 và các năm tiếp theo.', 'period', '2025-12-31', 'quarter'],
  ['Quý IV/2025', 'period', '2025-12-31', 'quarter'],
  ['Quý IV/2025- Quý II/2026', 'period', '2026-06-30', 'quarter-range'],
  // "Theo Kế hoạch …" is a reference first: the yearly plan it names sets the dates.
  ['Theo Kế hoạch bồi dưỡng công chức, viên chức hàng năm.', 'reference', null],
  ['Theo kế hoạch công tác tư pháp hàng năm.', 'reference', null],
  ['Tháng 10/2025', 'period', '2025-10-31', 'month'],
  ['Tháng 12/2025.', 'period', '2025-12-31', 'month'],
  ['Tháng 5/2025', 'period', '2025-05-31', 'month'],
  ['Thí điểm trong giai đoạn 2026 - 2028, nghiên cứu xem xét mở rộng sau thí điểm.', 'period', '2028-12-31', 'year-range'],
  // A recurrence unit gives "thường xuyên" a yearly / quarterly occurrence (report date).
  ['Thường xuyên, hằng năm', 'recurring', '2025-12-31', 'recurring-yearly'],
  ['Thường xuyên, liên tục', 'ongoing', null],
  ['Thường xuyên, định kỳ hằng quý báo cáo về Sở Tài chính', 'recurring', '2025-06-30', 'recurring-quarterly'],
  ['Thực hiện các nghiên cứu trong giai đoạn 2026 - 2027. Tổ chức hoạt động thí điểm từ sau năm 2027', 'period', '2027-12-31'],
  ['Thực hiện sao lưu dữ liệu và đảm bảo có khả năng phục hồi hệ thống sau sự cố.', 'invalid', null],
  ['Thực hiện thường xuyên .', 'ongoing', null],
  ['Thực hiện thường xuyên.', 'ongoing', null],
  ['Thực hiện trong giai đoạn 2026 - 2030 và vận hành thường xuyên, liên tục', 'period', '2030-12-31'],
  ['Thực hiện trong giai đoạn 2026 - 2030. Trong đó triển khai các chương trình thí điểm trong giai đoạn 2027 - 2030 và có đánh giá, nhân rộng (nếu khả thi)', 'period', '2030-12-31'],
  ['Thực hiện trong năm 2026 và có rà soát, bổ sung, hoàn thiện trong các năm tiếp theo (nếu có)', 'period', '2026-12-31'],
  ['Thực hiện trong năm 2026 và có rà soát, bổ sung, điều chỉnh (nếu có)', 'period', '2026-12-31'],
  ['Triển khai từ năm 2026', 'ongoing', null, 'from'],
  ['Triển khai đảm bảo theo lộ trình, hướng dẫn của Bộ, ngành.', 'reference', null],
  ['Trình Thủ tướng Chính phủ trong năm 2026 và triển khai thực hiện các hoạt động thường xuyên liên tục', 'period', '2026-12-31'],
  ['Trước năm 2030', 'period', '2029-12-31', 'before-year'],
  ['Từ 01/7/2025.', 'ongoing', null, 'from'],
  ['Xây dựng, trong giai đoạn 2026 - 2027 và vận hành, nâng cấp thường xuyên, liên tục', 'period', '2027-12-31'],
  ['hằng năm', 'recurring', '2025-12-31'],
  ['năm 2026 - 2027.', 'period', '2027-12-31', 'year-range'],
  ['năm 2026 và các năm tiếp theo.', 'period', '2026-12-31'],
  ['Đài Truyền hình và các cơ quan thông tấn, báo chí tại địa phương', 'invalid', null],
];

/** Research §2.3: phrases of the seed plans, read in a 2023 plan as of 16/10/2023. */
const ctx2023: DeadlineContext = { planYear: 2023, asOf: '2023-10-16' };
const SEEDS: Row[] = [
  ['Trong năm 2023', 'period', '2023-12-31', 'year'],
  ['6 tháng cuối năm 2023', 'period', '2023-12-31', 'half'],
  ['6 tháng đầu năm 2023', 'period', '2023-06-30', 'half'],
  ['Tháng 12 hàng năm', 'recurring', '2023-12-31', 'recurring-yearly'],
  ['Quý III/2023', 'period', '2023-09-30', 'quarter'],
  ['trước ngày 10/6/2020', 'date', '2020-06-10', 'day'],
  ['30/6/2023', 'date', '2023-06-30', 'day'],
  ['Năm 2023-2025', 'period', '2025-12-31', 'year-range'],
  ['Đã thực hiện', 'status', null],
  ['Theo Kế hoạch xây dựng Nông thôn mới', 'reference', null],
  ['', 'missing', null],
  ['Thường', 'invalid', null], // half of "Thường xuyên" split at a page break, read alone
];

/** The other forms of the brief and of the seeds' prose, as of 15/6/2025 in a 2025 plan. */
const FORMS: Row[] = [
  // School years end by 31 May; a term is flagged ambiguous.
  ['Năm học 2023-2024', 'period', '2024-05-31', 'school-year'],
  ['năm học 2024 - 25', 'period', '2025-05-31', 'school-year'],
  ['Trong năm học 2025-2026', 'period', '2026-05-31', 'school-year'],
  ['Học kỳ I năm học 2024-2025', 'period', '2025-01-31', 'school-term'],
  ['Học kỳ II, năm học 2024-2025', 'period', '2025-05-31', 'school-term'],
  ['Năm học 2023-2025', 'period', '2025-12-31', 'year-range'], // not one school year: a year range
  ['30-6-2023', 'date', '2023-06-30'],
  ['30.6.2023', 'date', '2023-06-30'],
  ['30/06/23', 'date', '2023-06-30'],
  ['ngày 30 tháng 6 năm 2023', 'date', '2023-06-30'],
  ['Trước ngày 10/6/2020', 'date', '2020-06-10'],
  ['Chậm nhất ngày 15/11/2025', 'date', '2025-11-15'],
  ['chậm nhất là ngày 20/02/2022.', 'date', '2022-02-20'],
  ['trước ngày 10/6', 'date', '2025-06-10'],
  ['Trước 15/10', 'date', '2025-10-15'],
  ['10/16/2023', 'invalid', null],
  ['31/2/2023', 'invalid', null],
  ['31/02/2023', 'invalid', null],
  ['T6/2025', 'period', '2025-06-30', 'month'],
  ['Tháng 6 năm 2025', 'period', '2025-06-30', 'month'],
  ['Tháng 6', 'period', '2025-06-30', 'month'],
  ['Tháng 6 - 9/2025', 'period', '2025-09-30', 'month-range'],
  ['Từ tháng 6 đến tháng 9/2025', 'period', '2025-09-30', 'month-range'],
  ['Từ 01/7 đến 30/9/2025', 'period', '2025-09-30', 'day-range'],
  ['Trước tháng 6/2025', 'period', '2025-05-31', 'before-month'],
  ['Tháng 6, 7/2025', 'period', '2025-07-31', 'month-range'],
  ['Quý II-III/2025', 'period', '2025-09-30', 'quarter-range'],
  ['Quý I, II/2024', 'period', '2024-06-30', 'quarter-range'],
  ['Đầu năm 2024', 'period', '2024-03-31', 'early-year'],
  ['Giữa năm 2024', 'period', '2024-06-30', 'mid-year'],
  ['Sau năm 2025', 'ongoing', null, 'from'],
  ['Quý IV/2023 và năm 2024', 'period', '2023-12-31', 'quarter'],
  ['quý I năm 2026', 'period', '2026-03-31', 'quarter'],
  ['QIII/2023', 'period', '2023-09-30', 'quarter'],
  ['Quý 3/2023', 'period', '2023-09-30', 'quarter'],
  ['Quý III', 'period', '2025-09-30', 'quarter'],
  ['6 tháng cuối năm', 'period', '2025-12-31', 'half'],
  ['Cuối năm', 'period', '2025-12-31', 'year'],
  ['Hoàn thành trong năm 2025', 'period', '2025-12-31', 'year'],
  ['Từ năm 2025 đến năm 2030', 'period', '2030-12-31', 'year-range'],
  ['Hằng quý', 'recurring', '2025-06-30', 'recurring-quarterly'],
  ['Hằng tháng', 'recurring', '2025-06-30', 'recurring-monthly'],
  ['Trước ngày 10 hằng tháng', 'recurring', '2025-06-10', 'recurring-monthly'],
  ['Định kỳ 6 tháng', 'recurring', '2025-06-30', 'recurring-half-yearly'],
  ['Định kỳ hằng năm', 'recurring', '2025-12-31', 'recurring-yearly'],
  ['Quý IV hằng năm', 'recurring', '2025-12-31', 'recurring-yearly'],
  ['Trước 15/12 hằng năm', 'recurring', '2025-12-15', 'recurring-yearly'],
  ['Thường xuyên hằng năm', 'recurring', '2025-12-31', 'recurring-yearly'],
  ['Hằng ngày', 'ongoing', null],
  ['Liên tục', 'ongoing', null],
  ['Thực hiện thường xuyên, liên tục', 'ongoing', null],
  ['Năm 2026 trở đi', 'ongoing', null, 'from'],
  ['Từ tháng 7/2025', 'ongoing', null, 'from'],
  ['Theo yêu cầu của UBND tỉnh', 'reference', null],
  ['Thực hiện theo Kế hoạch của UBND tỉnh', 'reference', null],
  ['Theo Kế hoạch số 12/KH-UBND ngày 3/5/2023', 'reference', null],
  ['Đã hoàn thành', 'status', null],
  ['Hoàn thành', 'status', null],
  ['Đang thực hiện', 'status', null],
  ['Chưa thực hiện', 'status', null],
  ['Sở Nội vụ', 'invalid', null],
  ['#REF!', 'invalid', null],
  ['Tổng kết cuối kỳ', 'invalid', null],
  ['  ', 'missing', null],
  ['-', 'missing', null],
  ['…', 'missing', null],
  ['...', 'missing', null],
];

/** Readings a review found wrong, read as of 16/10/2025 in a 2025 plan; each row failed before its fix. */
const ctxReview: DeadlineContext = { planYear: 2025, asOf: '2025-10-16' };
const REVIEW: Row[] = [
  // A written year wins over "cuối năm"; "nửa đầu / cuối năm" is a half.
  ['Cuối năm 2026', 'period', '2026-12-31', 'year'],
  ['Đến cuối năm 2026', 'period', '2026-12-31', 'year'],
  ['Cuối năm 2025', 'period', '2025-12-31', 'year'],
  ['Trước cuối năm 2025', 'period', '2025-12-31', 'year'],
  ['Nửa cuối năm 2026', 'period', '2026-12-31', 'half'],
  ['Nửa đầu năm 2025', 'period', '2025-06-30', 'half'],
  ['Nửa cuối năm 2025', 'period', '2025-12-31', 'half'],
  // The plan year, like "Cuối năm".
  ['Trong năm', 'period', '2025-12-31', 'year'],
  ['Cả năm', 'period', '2025-12-31', 'year'],
  ['Trong năm kế hoạch', 'period', '2025-12-31', 'year'],
  // Ranges without spaces or with other dashes.
  ['01/10/2025-31/12/2025', 'period', '2025-12-31', 'day-range'],
  ['01/10/2025 -31/12/2025', 'period', '2025-12-31', 'day-range'],
  ['2026 ÷ 2030', 'period', '2030-12-31', 'year-range'],
  ['2026 ~ 2030', 'period', '2030-12-31', 'year-range'],
  // Two-digit years after a quarter or a month; a bare "6/26" stays a (month-first) day.
  ['Quý IV/26', 'period', '2026-12-31', 'quarter'],
  ['Tháng 6/26', 'period', '2026-06-30', 'month'],
  ['T6/26', 'period', '2026-06-30', 'month'],
  ['Quý IV.2026', 'period', '2026-12-31', 'quarter'],
  ['6/26', 'invalid', null],
  ['Tháng 6-26', 'period', '2025-06-30', 'month'], // "6-26" is no year: month 6 of the plan year
  // Joined like periods end at their last part; unlike ones stay a milestone and a follow-up.
  ['Năm 2025 và 2026', 'period', '2026-12-31', 'year-range'],
  ['Năm 2025, 2026', 'period', '2026-12-31', 'year-range'],
  ['Năm 2025 và năm 2026', 'period', '2026-12-31', 'year-range'],
  ['Quý IV/2025 và Quý I/2026', 'period', '2026-03-31', 'quarter-range'],
  ['Quý IV/2025 - I/2026', 'period', '2026-03-31', 'quarter-range'],
  ['Quý IV - Quý I/2026', 'period', '2026-03-31', 'quarter-range'],
  ['Quý I+II/2026', 'period', '2026-06-30', 'quarter-range'],
  ['Tháng 6, 7, 8/2025', 'period', '2025-08-31', 'month-range'],
  ['Quý IV/2023 và năm 2024', 'period', '2023-12-31', 'quarter'],
  // Milestones that do not follow on from each other: the first, with a follow-up (research §2.4 rule 5).
  ['Năm 2025 và năm 2030', 'period', '2025-12-31', 'year'],
  ['2025 và 2030', 'period', '2025-12-31', 'year'],
  ['Tháng 6/2025 và tháng 12/2025', 'period', '2025-06-30', 'month'],
  ['Quý II/2025; Quý IV/2025', 'period', '2025-06-30', 'quarter'],
  ['Tháng 6/2025, tháng 7/2025', 'period', '2025-07-31', 'month-range'],
  // A first part without a year, later in the year than the last part, is in the year before.
  ['Từ tháng 11 đến tháng 2/2026', 'period', '2026-02-28', 'month-range'],
  ['Từ 15/11 đến 15/01/2026', 'period', '2026-01-15', 'day-range'],
  ['Tháng 11 - 2/2026', 'period', '2026-02-28', 'month-range'],
  // Several days a year: the first not yet passed, else the year's last.
  ['Trước ngày 15/6 và 15/12 hằng năm', 'recurring', '2025-12-15', 'recurring-yearly'],
  ['Ngày 30/4 và 2/9 hằng năm', 'recurring', '2025-09-02', 'recurring-yearly'],
  ['Tháng 6 và tháng 12 hằng năm', 'recurring', '2025-12-31', 'recurring-yearly'],
  // A recurrence that starts later: its first occurrence.
  ['Hằng năm, bắt đầu từ năm 2026', 'recurring', '2026-12-31', 'recurring-yearly'],
  ['Hằng năm từ 2026', 'recurring', '2026-12-31', 'recurring-yearly'],
  ['Từ năm 2026, hằng năm', 'recurring', '2026-12-31', 'recurring-yearly'],
  ['Sau năm 2025, hằng năm', 'recurring', '2026-12-31', 'recurring-yearly'],
  ['Từ 01/7/2025, định kỳ hằng tháng', 'recurring', '2025-10-31', 'recurring-monthly'],
  // Counted from an undated event.
  ['Trong vòng 30 ngày kể từ ngày ký', 'reference', null],
  ['Trong vòng 30 ngày kể từ ngày ban hành Quyết định', 'reference', null],
  ['Trong thời hạn 15 ngày làm việc kể từ ngày nhận được hồ sơ', 'reference', null],
  ['2025-11-30', 'date', '2025-11-30', 'day'],
  // A tighter day in brackets within the period; one outside it is a follow-up.
  ['Quý IV/2025 (chậm nhất 15/12/2025)', 'date', '2025-12-15', 'day'],
  ['Tháng 12/2025 (trước ngày 20/12)', 'date', '2025-12-20', 'day'],
  ['Tháng 12/2026 (trước ngày 20/12)', 'date', '2026-12-20', 'day'],
  ['Quý IV/2025 (chậm nhất 15/01/2026)', 'period', '2025-12-31', 'quarter'],
  // Parts sharing one written year that do not follow on: the first, with a follow-up, like "2025 và 2030".
  ['Quý I và III/2025', 'period', '2025-03-31', 'quarter'],
  ['Quý I, III năm 2025', 'period', '2025-03-31', 'quarter'],
  ['Tháng 6 và 12/2025', 'period', '2025-06-30', 'month'],
  ['Tháng 6 và tháng 12 năm 2025', 'period', '2025-06-30', 'month'],
  // … and ones that do still join.
  ['Quý I và II/2025', 'period', '2025-06-30', 'quarter-range'],
  ['Quý III và IV năm 2025', 'period', '2025-12-31', 'quarter-range'],
  ['Tháng 11, 12, 1/2026', 'period', '2026-01-31', 'month-range'],
  ['Quý I - III/2025', 'period', '2025-09-30', 'quarter-range'], // a range spans, consecutive or not
  ['Quý II-III', 'period', '2025-09-30', 'quarter-range'], // without a year too, as "Tháng 6 - 9"
  ['Trước tháng 6 - 9/2025', 'period', '2025-05-31', 'before-month'], // before a list: before its first part
  // Several periods a year: the next one due (here as of 16/10/2025).
  ['Quý II và IV hằng năm', 'recurring', '2025-12-31', 'recurring-yearly'],
  ['Tháng 6, 12 hàng năm', 'recurring', '2025-12-31', 'recurring-yearly'],
  ['Tháng 3, 6 và 9 hằng năm', 'recurring', '2025-09-30', 'recurring-yearly'], // all passed: the year's last, late
  // By the day before Tết Nguyên đán (Vietnamese lunar calendar); no year written: an event, no date guessed.
  ['Trước Tết Nguyên đán 2026', 'date', '2026-02-16', 'before-tet'],
  ['Trước Tết Nguyên đán Bính Ngọ 2026', 'date', '2026-02-16', 'before-tet'],
  ['trước Tết Nguyên Đán năm 2026', 'date', '2026-02-16', 'before-tet'],
  ['Hoàn thành trước Tết âm lịch 2026', 'date', '2026-02-16', 'before-tet'],
  ['Trước Tết Nguyên đán 2030', 'date', '2030-02-01', 'before-tet'], // Tết 2/2/2030 in Vietnam, 3/2 in China
  ['Trước Tết Nguyên đán', 'reference', null],
  ['Hoàn thành trước Tết Nguyên đán', 'reference', null],
  ['Trước Tết Nguyên đán 2045', 'period', '2045-12-31', 'year'], // outside the table: the year, as before
  ['Trước Tết Dương lịch 2026', 'period', '2026-12-31', 'year'], // not the lunar new year
];

describe('deadline grammar', () => {
  test('the catalogue table holds all 100 phrases of research §2.2', () => expect(CATALOGUE).toHaveLength(100));

  test.each(rows(CATALOGUE))('catalogue: %s → %s %s', (text, kind, due, form) => {
    const d = parse(text);
    expect([d.kind, d.due]).toEqual([kind, due]);
    if (form) expect(d.form).toBe(form);
  });

  test.each(rows(SEEDS))('seed plans: %s → %s %s', (text, kind, due, form) => {
    const d = parse(text, ctx2023);
    expect([d.kind, d.due]).toEqual([kind, due]);
    if (form) expect(d.form).toBe(form);
  });

  test.each(rows(FORMS))('form: %s → %s %s', (text, kind, due, form) => {
    const d = parse(text);
    expect([d.kind, d.due]).toEqual([kind, due]);
    if (form) expect(d.form).toBe(form);
  });

  test('a recurring task of a plan year not yet begun first falls due in that year', () => {
    const early: DeadlineContext = { planYear: 2027, asOf: '2026-11-30' };
    expect(parse('Hằng tháng', early)).toMatchObject({ kind: 'recurring', due: '2027-01-31', start: '2027-01-01' });
    expect(parse('Hằng quý', early)).toMatchObject({ kind: 'recurring', due: '2027-03-31' });
    expect(parse('Tháng 12 hằng năm', early)).toMatchObject({ kind: 'recurring', due: '2027-12-31' });
    // Within or after the plan year, the occurrence of the as-of period, with no start added.
    expect(parse('Hằng tháng', { planYear: 2026, asOf: '2026-11-30' })).toEqual(expect.objectContaining({ due: '2026-11-30' }));
    expect(parse('Hằng tháng', { planYear: 2026, asOf: '2026-11-30' }).start).toBeUndefined();
    expect(parse('Hằng tháng', { planYear: 2024, asOf: '2026-11-30' }).due).toBe('2026-11-30');
  });

  test.each(rows(REVIEW))('review: %s → %s %s', (text, kind, due, form) => {
    const d = parse(text, ctxReview);
    expect([d.kind, d.due]).toEqual([kind, due]);
    if (form) expect(d.form).toBe(form);
  });

  test('a written year is not flagged as assumed; the plan year is', () => {
    const flags = (t: string) => parse(t, ctxReview).flags ?? [];
    for (const t of ['Cuối năm 2026', 'Đến cuối năm 2026', 'Nửa cuối năm 2026', 'Cuối năm 2025', 'Quý IV/26', 'Quý I+II/2026', 'Tháng 11 - 2/2026']) {
      expect(flags(t)).not.toContain('no-year');
      expect(flags(t)).not.toContain('follow-up');
    }
    for (const t of ['Trong năm', 'Cả năm', 'Trong năm kế hoạch']) expect(flags(t)).toEqual(['no-year']);
    expect(flags('Quý IV/2025 (chậm nhất 15/01/2026)')).toContain('follow-up');
    for (const t of ['Năm 2025 và năm 2030', '2025 và 2030', 'Tháng 6/2025 và tháng 12/2025', 'Quý II/2025; Quý IV/2025']) {
      expect(flags(t)).toContain('follow-up');
    }
    for (const t of ['Quý I và III/2025', 'Quý I, III năm 2025', 'Tháng 6 và 12/2025', 'Tháng 6 và tháng 12 năm 2025']) {
      expect(flags(t)).toContain('follow-up');
    }
    for (const t of ['Năm 2025 và 2026', 'Quý IV/2025 và Quý I/2026', 'Tháng 6, 7, 8/2025', 'Quý I và II/2025', 'Quý III và IV năm 2025']) {
      expect(flags(t)).not.toContain('follow-up');
    }
    for (const t of ['Trước Tết Nguyên đán 2026', 'Hoàn thành trước Tết âm lịch 2026']) expect(flags(t)).toEqual([]);
  });

  test('ranges, lists and recurrences state their first day', () => {
    const start = (t: string) => parse(t, ctxReview).start;
    expect(start('Từ tháng 11 đến tháng 2/2026')).toBe('2025-11-01');
    expect(start('Từ 15/11 đến 15/01/2026')).toBe('2025-11-15');
    expect(start('Quý IV - Quý I/2026')).toBe('2025-10-01');
    expect(start('Năm 2025 và 2026')).toBe('2025-01-01');
    expect(start('Nửa cuối năm 2025')).toBe('2025-07-01');
    expect(start('Hằng năm từ 2026')).toBe('2026-01-01');
    expect(start('Hằng năm') ?? null).toBeNull();
    // Once started, the occurrence of the as-of year.
    expect(parse('Hằng năm từ 2026', { planYear: 2025, asOf: '2027-03-01' }).due).toBe('2027-12-31');
  });

  test('flags what the officer should look at', () => {
    const flags = (t: string) => parse(t).flags ?? [];
    expect(flags('Trước năm 2030')).toContain('ambiguous');
    expect(flags('Trước tháng 6/2025')).toContain('ambiguous');
    expect(flags('trước ngày 10/6')).toContain('no-year');
    expect(flags('Tháng 6')).toContain('no-year');
    expect(flags('Quý IV/2025')).not.toContain('no-year');
    expect(flags('10/16/2023')).toContain('month-first');
    expect(flags('31/2/2023')).not.toContain('month-first');
    expect(flags('Ban hành trong quý I năm 2026. Thực hiện rà soát, điều chỉnh (nếu có)')).toContain('follow-up');
    expect(flags('Hoàn thành trong giai đoạn 2026 - 2027 và vận hành thường xuyên, liên tục')).toContain('follow-up');
    expect(flags('Sở Nội vụ')).toContain('not-a-time');
    expect(flags('Đài Truyền hình và các cơ quan thông tấn, báo chí tại địa phương')).toContain('not-a-time');
    expect(flags('2025 và những năm tiếp theo')).toContain('open-ended');
    expect(flags('Đầu năm 2024')).toContain('ambiguous');
    expect(flags('Quý IV/2023 và năm 2024')).toContain('follow-up');
    for (const plain of ['Quý III/2023', 'Hoàn thành trong năm 2025.', 'Tháng 12/2025.', '2026 - 2030']) expect(flags(plain)).toEqual([]);
  });

  test('periods state their first day; ongoing tasks their start', () => {
    expect(parse('2026 - 2030').start).toBe('2026-01-01');
    expect(parse('Quý IV/2025- Quý II/2026').start).toBe('2025-10-01');
    expect(parse('Quý III/2023').start).toBe('2023-07-01');
    expect(parse('Từ tháng 6 đến tháng 9/2025').start).toBe('2025-06-01');
    expect(parse('Từ 01/7/2025.').start).toBe('2025-07-01');
    expect(parse('Triển khai từ năm 2026').start).toBe('2026-01-01');
    expect(parse('Trước năm 2030').start ?? null).toBeNull();
    expect(parse('Sau năm 2025').start).toBe('2026-01-01');
  });

  test('"… và các năm tiếp theo" becomes ongoing once its first milestone has passed', () => {
    const text = 'năm 2025 và các năm tiếp theo.';
    expect(parse(text, { planYear: 2025, asOf: '2025-12-31' })).toMatchObject({ kind: 'period', due: '2025-12-31' });
    const later = parse(text, { planYear: 2025, asOf: '2026-01-01' });
    expect(later).toMatchObject({ kind: 'ongoing', due: null, start: '2025-01-01' });
    expect(later.flags).toContain('open-ended');
    // A compound cell does not: its first clause stays due.
    const compound = 'Hoàn thành trong năm 2026 và có rà soát, sửa đổi, bổ sung trong các năm tiếp theo (nếu có)';
    expect(parse(compound, { planYear: 2026, asOf: '2027-03-01' })).toMatchObject({ kind: 'period', due: '2026-12-31' });
  });

  test('a yearless list of months does not end on a day: "12/7" is a day however many months come first', () => {
    const parts = (t: string) => findDated(deadlineKey(t), 2025).map((d) => [d.form, d.due]);
    expect(parts('Tháng 6 và 12/7')).toEqual([['month', '2025-06-30'], ['day', '2025-07-12']]);
    // Not months 3 and 6 with the list's last part dropped.
    expect(parts('Tháng 3, 6 và 12/7')).toEqual([['month', '2025-03-31'], ['day', '2025-07-12']]);
    expect(parts('tháng 3, 6 và 12.7')).toEqual([['month', '2025-03-31'], ['day', '2025-07-12']]);
    expect(parts('Tháng 3, 6 và 12')).toEqual([['month', '2025-03-31'], ['month', '2025-06-30'], ['month', '2025-12-31']]);
    expect(parse('Tháng 3, 6 và 12/7 hằng năm')).toMatchObject({ kind: 'recurring', due: '2025-07-12' });
  });

  test('a recurring deadline is its occurrence in the as-of period', () => {
    const at = (text: string, asOf: string) => parse(text, { planYear: 2023, asOf }).due;
    expect(at('Hằng năm', '2024-03-01')).toBe('2024-12-31');
    expect(at('Tháng 12 hàng năm', '2026-01-05')).toBe('2026-12-31');
    expect(at('Hằng quý', '2025-10-01')).toBe('2025-12-31');
    expect(at('Hằng quý', '2025-03-31')).toBe('2025-03-31');
    expect(at('Hằng tháng', '2024-02-10')).toBe('2024-02-29');
    expect(at('Định kỳ 6 tháng', '2025-07-01')).toBe('2025-12-31');
    // Several a year: the next on or after the as-of date, else (all passed) the year's last, late.
    expect(at('Quý II và IV hằng năm', '2025-03-01')).toBe('2025-06-30');
    expect(at('Quý II và IV hằng năm', '2025-08-01')).toBe('2025-12-31');
    expect(at('Tháng 6 và tháng 12 hằng năm', '2025-03-01')).toBe('2025-06-30');
    expect(at('Tháng 6 và tháng 12 hằng năm', '2025-08-01')).toBe('2025-12-31');
    expect(at('Tháng 6, 12 hàng năm', '2025-03-01')).toBe('2025-06-30');
    expect(at('Tháng 6, 12 hàng năm', '2025-08-01')).toBe('2025-12-31');
    expect(at('Tháng 6, 9 hằng năm', '2025-10-01')).toBe('2025-09-30');
    expect(at('Tháng 6 hằng năm', '2025-10-01')).toBe('2025-06-30');
  });

  test('Tết is the Vietnamese first day of the lunar year, 2020–2040', () => {
    const before = (y: number) => parse(`Trước Tết Nguyên đán ${y}`).due;
    // Checked apart from the source table: Hồ Ngọc Đức's lunar-calendar algorithm run for UTC+7.
    const tet: Record<number, string> = {
      2020: '2020-01-25', 2021: '2021-02-12', 2022: '2022-02-01', 2023: '2023-01-22', 2024: '2024-02-10', 2025: '2025-01-29',
      2026: '2026-02-17', 2027: '2027-02-06', 2028: '2028-01-26', 2029: '2029-02-13', 2030: '2030-02-02', 2031: '2031-01-23',
      2032: '2032-02-11', 2033: '2033-01-31', 2034: '2034-02-19', 2035: '2035-02-08', 2036: '2036-01-28', 2037: '2037-02-15',
      2038: '2038-02-04', 2039: '2039-01-24', 2040: '2040-02-12',
    };
    for (const [y, day] of Object.entries(tet)) expect(before(+y)).toBe(addDays(day, -1));
    expect(parse('Trước Tết Nguyên đán 2019').form).toBe('year');
    expect(parse('Trước Tết Nguyên đán 2041').form).toBe('year');
  });

  test('no year written: the plan year, else the as-of year', () => {
    expect(parse('Quý III', { planYear: 2023, asOf: '2025-01-01' }).due).toBe('2023-09-30');
    expect(parse('Quý III', { planYear: null, asOf: '2025-01-01' }).due).toBe('2025-09-30');
  });

  test('numbers: Excel dates by their format, years, serials without a format, errors and booleans', () => {
    const num = (value: CellValue, numberFormat: string | null, text = '') => parseDeadline({ value, text, numberFormat }, ctx2025);
    expect(num(45107, 'dd/mm/yyyy', '30/06/2023')).toMatchObject({ kind: 'date', due: '2023-06-30' });
    expect(num(43831, 'm/d/yy', '1/1/20')).toMatchObject({ kind: 'date', due: '2020-01-01' });
    expect(num(45107.75, '[$-42A]d mmmm yyyy')).toMatchObject({ kind: 'date', due: '2023-06-30' });
    expect(num(45809, 'mm/yyyy', '06/2025')).toMatchObject({ kind: 'period', due: '2025-06-30', form: 'month' });
    expect(num(45658, 'yyyy', '2025')).toMatchObject({ kind: 'period', due: '2025-12-31', form: 'year' });
    expect(num(2025, 'General', '2025')).toMatchObject({ kind: 'period', due: '2025-12-31', form: 'year' });
    expect(num(2025, null)).toMatchObject({ kind: 'period', due: '2025-12-31' });
    const lost = num(45107, 'General', '45107');
    expect(lost).toMatchObject({ kind: 'date', due: '2023-06-30' });
    expect(lost.flags).toContain('ambiguous');
    expect(num(0.5, '0%', '50%').kind).toBe('invalid');
    expect(num(12, 'General', '12').kind).toBe('invalid');
    expect(parseDeadline({ value: 43648, text: '03/07/2023', numberFormat: 'dd/mm/yyyy' }, { ...ctx2025, date1904: true }).due).toBe('2023-07-03');
    expect(num({ error: '#REF!' }, null, '#REF!')).toMatchObject({ kind: 'invalid', form: 'error-value' });
    expect(num(true, null, 'TRUE').kind).toBe('invalid');
    expect(num(null, null, '').kind).toBe('missing');
    expect(num('', null, '').kind).toBe('missing');
  });

  test('NFD, ALL CAPS, Quí/Quý, hằng/hàng, spaces and dashes read alike', () => {
    const same = (a: string, b: string) => {
      const x = parse(a);
      const y = parse(b);
      expect([y.kind, y.due, y.form]).toEqual([x.kind, x.due, x.form]);
    };
    same('Quý III/2023', 'QUÍ  III / 2023.');
    same('Quý III/2023', 'Quý III/2023'.normalize('NFD'));
    same('Tháng 12 hằng năm', 'THÁNG 12 HÀNG NĂM');
    same('6 tháng cuối năm 2023', '6  tháng   cuối năm 2023 .');
    same('2026 - 2030', '2026 – 2030');
    same('Thường xuyên', '\u00a0Thường\u00a0xuyên ');
    expect(parse('TRƯỚC NGÀY 10/6/2020')).toMatchObject({ kind: 'date', due: '2020-06-10' });
  });
});

// Strings built from the grammar's own words, so the properties exercise real paths.
const TOKENS = ['Quý', 'Quí', 'III', 'IV', '2', 'tháng', '6', '12', 'năm', '2023', '2026', '/', '-', '.', ' ', 'hằng', 'hàng',
  'trước', 'ngày', '31', '02', 'từ', 'đến', 'và', 'các', 'những', 'tiếp theo', 'thường xuyên', 'liên tục', 'định kỳ',
  'giai đoạn', 'Theo', 'Kế hoạch', 'Đã', 'hoàn thành', 'cuối', 'đầu', 'trở đi', 'Sở Nội vụ', '(nếu có)', ','];
const phrase = fc.array(fc.constantFrom(...TOKENS), { maxLength: 12 }).map((t) => t.join(' '));
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), phrase, fc.constantFrom(...CATALOGUE.map((r) => r[0])));
const anyValue: fc.Arbitrary<CellValue> = fc.oneof(anyText, fc.double(), fc.integer({ min: -1e6, max: 3e6 }), fc.boolean(), fc.constant(null),
  fc.constantFrom('#REF!', '#N/A', '#VALUE!').map((error) => ({ error })));
const anyFormat = fc.option(fc.oneof(fc.string(), fc.constantFrom('General', 'dd/mm/yyyy', 'm/d/yy', 'mm/yyyy', 'yyyy', '0%', '[h]:mm', '@')));
const anyContext = fc.record({
  planYear: fc.option(fc.integer({ min: 1990, max: 2100 })),
  asOf: fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  date1904: fc.boolean(),
});

describe('deadline properties', () => {
  test('never throws; every due and start is a real ISO date', () => {
    fc.assert(
      fc.property(anyValue, anyText, anyFormat, anyContext, (value, text, numberFormat, c) => {
        const d = parseDeadline({ value, text: typeof value === 'string' ? value : text, numberFormat }, c);
        if (d.due !== null) expect(isIsoDate(d.due)).toBe(true);
        if (d.start) expect(isIsoDate(d.start)).toBe(true);
        if (d.due !== null) expect(['date', 'period', 'recurring']).toContain(d.kind);
      }),
      { numRuns: 1500 },
    );
  });

  test('NFD and upper-cased input give the same result', () => {
    fc.assert(
      fc.property(fc.oneof(phrase, fc.string(), fc.constantFrom(...[...CATALOGUE, ...SEEDS, ...FORMS, ...REVIEW].map((r) => r[0]))), anyContext, (text, c) => {
        const p = (t: string) => {
          const d = parseDeadline({ value: t, text: t }, c);
          return [d.kind, d.due, d.start ?? null, d.form ?? null, d.flags ?? []];
        };
        const a = p(text);
        expect(p(text.normalize('NFD'))).toEqual(a);
        expect(p(text.toUpperCase())).toEqual(a);
      }),
      { numRuns: 1500 },
    );
  });
});
