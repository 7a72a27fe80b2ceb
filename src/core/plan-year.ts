/** The plan year from the lines above the table: "… CHỈ SỐ PAPI CẤP TỈNH NĂM 2023". */
import { looseKey } from './text/normalize';

const YEAR_AFTER_NAM = /\bnam (19\d\d|20\d\d)\b/;

export function planYearFromTitle(lines: readonly string[]): number | null {
  const keys = lines.map(looseKey);
  // Title lines first ("kế hoạch", "nhiệm vụ", "chỉ số", "phụ lục"), then any line.
  const titled = keys.filter((k) => /ke hoach|nhiem vu|chi so|phu luc|papi|par index|sipas|pci|theo doi/.test(k));
  for (const k of [...titled, ...keys]) {
    const m = YEAR_AFTER_NAM.exec(k);
    if (m && !/giai doan/.test(k.slice(Math.max(0, m.index - 12), m.index))) return Number(m[1]);
  }
  return null;
}
