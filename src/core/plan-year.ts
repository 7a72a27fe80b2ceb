/**
 * The plan year from the lines above the table: "KẾ HOẠCH … CHỈ SỐ PAPI NĂM 2023".
 * It is the year assumed for deadlines written without one ("Quý III", "trước ngày 10/6").
 *
 * Decisions: title lines ("kế hoạch", "nhiệm vụ", "chỉ số", "phụ lục", …) are read before other
 * lines; issue dates ("ngày 16 tháng 5 năm 2020", "ngày 3/5/2023") are not plan years; a
 * multi-year plan ("giai đoạn 2021-2025", "năm 2021 - 2025") gives its FIRST year — deadlines
 * without a year in such a plan are read in its first year and still flagged "no-year".
 */
import { looseKey } from './text/normalize';

const YEAR = '((?:19|20)\\d\\d)';
const TITLE = /ke hoach|nhiem vu|chi so|phu luc|papi|par index|sipas|pci|theo doi|chuong trinh|bao cao/;
// looseKey turns "/" and "-" into spaces: "ngày 17/5/2023" is "ngay 17 5 2023".
const ISSUE_DATE = new RegExp(`ngay\\s+(?:\\d{1,2}\\s+)?(?:thang\\s+)?(?:\\d{1,2}\\s+)?(?:nam\\s+)?${YEAR}`, 'g');
const DOCUMENT_NUMBER = new RegExp(`\\bso\\s*\\d*\\s+${YEAR}\\b`, 'g');
const RANGE = new RegExp(`\\b(?:giai doan|nam|tu nam)\\s+${YEAR}\\s+(?:den\\s+(?:nam\\s+)?)?${YEAR}\\b`);
// "năm 2023" but not the first year of "năm 2021 - 2025".
const SINGLE = new RegExp(`\\bnam\\s+${YEAR}\\b(?!\\s+(?:den\\s+)?(?:nam\\s+)?(?:19|20)\\d\\d)`);

export function planYearFromTitle(lines: readonly string[]): number | null {
  const keys = lines.map((l) => looseKey(l).replace(ISSUE_DATE, ' ').replace(DOCUMENT_NUMBER, ' '));
  // Title lines before the others; in each group a single year before a multi-year range.
  for (const group of [keys.filter((k) => TITLE.test(k)), keys.filter((k) => !TITLE.test(k))]) {
    for (const k of group) {
      const single = SINGLE.exec(k);
      if (single) return Number(single[1]);
    }
    for (const k of group) {
      const range = RANGE.exec(k);
      if (range && Number(range[2]) >= Number(range[1])) return Number(range[1]);
    }
  }
  return null;
}
