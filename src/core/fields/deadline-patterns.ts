/**
 * The dated forms of Vietnamese deadlines, matched on a key without diacritics ("quy iii/2023").
 * Each pattern reports where it matched, so a compound cell can take its first dated clause.
 */
import { endOfMonth, endOfQuarter, isoDate } from '../dates';
import type { IsoDate } from '../types';

export interface DatedMatch {
  index: number;
  length: number;
  form: string;
  due: IsoDate | null;
  start?: IsoDate | null;
  flags: string[];
  /** A month-first or impossible date: the cell is invalid, not vague. */
  invalid?: boolean;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const Y = '((?:19|20)\\d\\d)';
const SEP = '\\s*[/.-]\\s*';
const QUARTER = '(?:quy|qui|q)\\s*(iv|i{1,3}|[1-4])';
const QSEP = '\\s*(?:[/-]|nam|\\s)\\s*(?:nam\\s*)?';

type Builder = (m: RegExpExecArray, year: number) => Omit<DatedMatch, 'index' | 'length'> | null;

/** Patterns in priority order: at the same position, the first one wins. */
const PATTERNS: [RegExp, Builder][] = [
  // ngày 30 tháng 6 năm 2023
  [new RegExp(`ngay\\s*(\\d{1,2})\\s*thang\\s*(\\d{1,2})\\s*nam\\s*${Y}`, 'g'), (m) => day(+m[1], +m[2], +m[3])],
  // 30/6/2023, 30-06-2023, 30.6.2023 (day first, always)
  [new RegExp(`(?<![\\d/.-])(\\d{1,2})${SEP}(\\d{1,2})${SEP}${Y}(?![\\d])`, 'g'), (m) => day(+m[1], +m[2], +m[3])],
  // Quý IV/2025 - Quý II/2026
  [new RegExp(`${QUARTER}${QSEP}${Y}\\s*(?:-|den)\\s*${QUARTER}${QSEP}${Y}`, 'g'), (m) => ({
    form: 'quarter-range', due: endOfQuarter(+m[4], ROMAN[m[3]]), start: isoDate(+m[2], ROMAN[m[1]] * 3 - 2, 1), flags: [] })],
  // Quý III/2023, Quí IV-2025, quý I năm 2026, QIII/2023
  [new RegExp(`\\b${QUARTER}${QSEP}${Y}`, 'g'), (m) => ({ form: 'quarter', due: endOfQuarter(+m[2], ROMAN[m[1]]), flags: [] })],
  // 6 tháng đầu / cuối năm 2023
  [new RegExp(`6\\s*thang\\s*(dau|cuoi)\\s*(?:nam\\s*)?${Y}`, 'g'), (m) => ({
    form: 'half', due: m[1] === 'dau' ? isoDate(+m[2], 6, 30) : isoDate(+m[2], 12, 31), flags: [] })],
  // Tháng 6/2025, T6/2025, tháng 6 năm 2025
  [new RegExp(`\\b(?:thang|t)\\s*(\\d{1,2})\\s*(?:[/.-]|nam)\\s*(?:nam\\s*)?${Y}`, 'g'), (m) => month(+m[1], +m[2])],
  // 6/2025, 06/2025
  [new RegExp(`(?<![\\d/.])(\\d{1,2})\\s*[/.-]\\s*${Y}(?![\\d/])`, 'g'), (m) => month(+m[1], +m[2])],
  // Trước năm 2030 → end of 2029, ambiguous
  [new RegExp(`truoc\\s*(?:nam\\s*)?${Y}`, 'g'), (m) => ({ form: 'before-year', due: isoDate(+m[1] - 1, 12, 31), flags: ['ambiguous'] })],
  // 2026 - 2030, giai đoạn 2026-2030, năm 2025-2030
  [new RegExp(`${Y}\\s*(?:-|den)\\s*${Y}`, 'g'), (m) => (+m[2] >= +m[1]
    ? { form: 'year-range', due: isoDate(+m[2], 12, 31), start: isoDate(+m[1], 1, 1), flags: [] }
    : null)],
  // 2025, Năm 2026, trong năm 2023
  [new RegExp(`(?<![\\d/.-])${Y}(?![\\d/]|\\.\\d)`, 'g'), (m) => ({ form: 'year', due: isoDate(+m[1], 12, 31), flags: [] })],
  // Without a year (the plan year is assumed): trước ngày 10/6, Quý III, tháng 6, cuối năm
  [/(?<![\d/.])(\d{1,2})\s*[/.-]\s*(\d{1,2})(?![\d/.-])/g, (m, y) => withoutYear(day(+m[1], +m[2], y))],
  [new RegExp(`\\b${QUARTER}\\b`, 'g'), (m, y) => withoutYear({ form: 'quarter', due: endOfQuarter(y, ROMAN[m[1]]), flags: [] })],
  [/\b6\s*thang\s*(dau|cuoi)\s*nam\b/g, (m, y) => withoutYear({ form: 'half', due: m[1] === 'dau' ? isoDate(y, 6, 30) : isoDate(y, 12, 31), flags: [] })],
  [/\bthang\s*(\d{1,2})\b/g, (m, y) => withoutYear(month(+m[1], y))],
  [/\bcuoi nam\b/g, (_m, y) => withoutYear({ form: 'year', due: isoDate(y, 12, 31), flags: [] })],
];

function day(d: number, m: number, y: number): Omit<DatedMatch, 'index' | 'length'> {
  const due = isoDate(y, m, d);
  if (due) return { form: 'day', due, flags: [] };
  const monthFirst = m > 12 && d <= 12 && isoDate(y, d, m) !== null;
  return { form: 'day', due: null, flags: monthFirst ? ['month-first'] : ['impossible-date'], invalid: true };
}

function month(m: number, y: number): Omit<DatedMatch, 'index' | 'length'> | null {
  if (m < 1 || m > 12) return null;
  return { form: 'month', due: endOfMonth(y, m), flags: [] };
}

function withoutYear(r: Omit<DatedMatch, 'index' | 'length'> | null): Omit<DatedMatch, 'index' | 'length'> | null {
  return r && { ...r, flags: [...r.flags, 'no-year'] };
}

/** Every dated form in the key, earliest first; at one position the higher-priority pattern wins. */
export function findDated(key: string, fallbackYear: number): DatedMatch[] {
  const found: DatedMatch[] = [];
  const taken: [number, number][] = [];
  for (const [re, build] of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(key); m; m = re.exec(key)) {
      const a = m.index;
      const b = m.index + m[0].length;
      if (taken.some(([s, e]) => a < e && b > s)) continue;
      const r = build(m, fallbackYear);
      if (!r) continue;
      taken.push([a, b]);
      found.push({ ...r, index: a, length: m[0].length });
    }
  }
  return found.sort((x, y) => x.index - y.index);
}
