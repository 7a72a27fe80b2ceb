import { planYearFromTitle } from '../../src/core/plan-year';

describe('plan year from the lines above the table', () => {
  test.each<[string[], number | null]>([
    [['THEO DÕI TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ CẢI THIỆN CHỈ SỐ PAPI NĂM 2023'], 2023],
    [['NHIỆM VỤ CẢI THIỆN, NÂNG CAO CHỈ SỐ PAPI CẤP TỈNH NĂM 2023', '(Kèm theo Kế hoạch số: /KH-UBND ngày /5/2023 của UBND thành phố Hà Giang)'], 2023],
    [['Kế hoạch cải thiện các Chỉ số PAR-INDEX, SIPAS, PAPI năm 2025'], 2025],
    [['KẾ HOẠCH NĂM 2023'.normalize('NFD')], 2023],
    // The issue date is not the plan year: a December plan for the next year.
    [['(Kèm theo Kế hoạch số 310/KH-UBND ngày 20 tháng 12 năm 2024 của UBND thành phố)', 'PHỤ LỤC NHIỆM VỤ NĂM 2025'], 2025],
    [['Lào Cai, ngày 16 tháng 5 năm 2020', 'KẾ HOẠCH CẢI THIỆN CHỈ SỐ PAPI NĂM 2020'], 2020],
    [['(Kèm theo Kế hoạch số 12/KH-UBND ngày 17/5/2023)'], null],
    [['Thực hiện Nghị quyết số 12/2023/NQ-HĐND'], null],
    // A multi-year plan gives its first year (decision documented in plan-year.ts).
    [['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH GIAI ĐOẠN 2021-2025'], 2021],
    [['Phụ lục nhiệm vụ giai đoạn 2026 - 2030'], 2026],
    [['CHƯƠNG TRÌNH HÀNH ĐỘNG NĂM 2021 - 2025'], 2021],
    // A single year beats a range; title lines beat other lines.
    [['KẾ HOẠCH CCHC NĂM 2023 (thực hiện Chương trình giai đoạn 2021-2030)'], 2023],
    [['Ủy ban nhân dân tỉnh năm 2019 đã ban hành', 'PHỤ LỤC I: NHIỆM VỤ NĂM 2023'], 2023],
    [['UBND TỈNH CAO BẰNG', 'Số liệu báo cáo'], null],
    [[], null],
  ])('%j → %s', (lines, year) => expect(planYearFromTitle(lines)).toBe(year));
});
