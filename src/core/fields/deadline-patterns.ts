/**
 * The dated forms of Vietnamese deadlines, matched on a key without diacritics ("quy iii/2023").
 * Each match reports where it sits, so a compound cell can take its first dated clause, and the
 * first day of its period, so ranges ("từ tháng 6 đến tháng 9/2025") and open-ended cells
 * ("2025 và những năm tiếp theo") can state when they start.
 */
import { addDays, endOfMonth, endOfQuarter, isoDate } from '../dates';
import { clean, stripDiacritics } from '../text/normalize';
import type { IsoDate } from '../types';

export interface DatedMatch {
  index: number;
  length: number;
  /** day · month · quarter · half · year · year-range · quarter-range · month-range · range · before-year … */
  form: string;
  /** Last day of the period (the day itself for a date). */
  due: IsoDate | null;
  /** First day of the period (the day itself for a date). */
  from: IsoDate | null;
  flags: string[];
  /** A month-first or impossible date: the cell is invalid, not vague. */
  invalid?: boolean;
}

type Dated = Omit<DatedMatch, 'index' | 'length'>;

/**
 * The matching key: no diacritics, lower case, one kind of dash, no trailing full stop.
 * Diacritics go because "Quí"/"Quý", "hằng"/"hàng" and NFD or ALL CAPS input must read alike;
 * unlike looseKey, "/" "-" "." stay: they carry the dates.
 */
export function deadlineKey(text: string): string {
  return stripDiacritics(clean(text))
    .toLowerCase()
    .replace(/[–—‐‑−]/g, '-')
    .replace(/[\s.]+$/, '')
    .trim();
}

export const QUARTER_NUMBER: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const Y = '((?:19|20)\\d\\d)';
export const QUARTER = '(?:quy|qui|q)\\s*(iv|i{1,3}|[1-4])';
const QSEP = '\\s*(?:[/-]|nam|\\s)\\s*(?:nam\\s*)?';
const MONTH_YEAR_SEP = '\\s*(?:[/.-]|nam)\\s*(?:nam\\s*)?';
const HALF = '(?:6|06|sau)\\s*thang\\s*(dau|cuoi)';

type Builder = (m: RegExpExecArray, year: number) => Dated | null;

/** Patterns in priority order: where two overlap, the earlier one in this list wins. */
const PATTERNS: [RegExp, Builder][] = [
  // ngày 30 tháng 6 năm 2023
  [new RegExp(`ngay\\s*(\\d{1,2})\\s*thang\\s*(\\d{1,2})\\s*nam\\s*${Y}`, 'g'), (m) => day(+m[1], +m[2], +m[3])],
  // 30/6/2023, 30-06-2023, 30.6.2023 (day first, always)
  [new RegExp(`(?<![\\d/.-])(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})\\s*\\2\\s*${Y}(?!\\d)`, 'g'), (m) => day(+m[1], +m[3], +m[4])],
  // 30/06/23: a two-digit year is 20yy (slashes only: "1.2.10" is a section number)
  [/(?<![\d/.-])(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d\d)(?![\d/.-])/g, (m) => day(+m[1], +m[2], 2000 + +m[3])],
  // Quý IV/2025 - Quý II/2026
  [new RegExp(`${QUARTER}${QSEP}${Y}\\s*(?:-|den)\\s*${QUARTER}${QSEP}${Y}`, 'g'), (m) =>
    span('quarter-range', quarter(ROMAN(m[1]), +m[2]), quarter(ROMAN(m[3]), +m[4]))],
  // Quý II-III/2025, Quý I, II/2024: quarters sharing one year
  [new RegExp(`${QUARTER}\\s*(?:-|den|,|va)\\s*(?:(?:quy|qui|q)\\s*)?(iv|i{1,3}|[1-4])${QSEP}${Y}`, 'g'), (m) =>
    span('quarter-range', quarter(ROMAN(m[1]), +m[3]), quarter(ROMAN(m[2]), +m[3]))],
  // Quý III/2023, Quí IV-2025, quý I năm 2026, QIII/2023, Quý 3/2023
  [new RegExp(`\\b${QUARTER}${QSEP}${Y}`, 'g'), (m) => quarter(ROMAN(m[1]), +m[2])],
  // 6 tháng đầu / cuối năm 2023
  [new RegExp(`${HALF}\\s*(?:nam\\s*)?${Y}`, 'g'), (m) => half(m[1], +m[2])],
  // Đầu năm 2024 (by the end of its first quarter), giữa năm 2024: ambiguous
  [new RegExp(`\\b(dau|giua)\\s*nam\\s*${Y}`, 'g'), (m) => partOfYear(m[1], +m[2])],
  // Tháng 6 - 9/2025, tháng 6, 7/2025, từ tháng 6 đến tháng 9 năm 2025
  [new RegExp(`\\bthang\\s*(\\d{1,2})\\s*(?:-|den|,|va)\\s*(?:thang\\s*)?(\\d{1,2})${MONTH_YEAR_SEP}${Y}`, 'g'), (m) =>
    span('month-range', month(+m[1], +m[3]), month(+m[2], +m[3]))],
  // Tháng 6/2025, T6/2025, tháng 6 năm 2025
  [new RegExp(`\\b(?:thang|t)\\s*(\\d{1,2})${MONTH_YEAR_SEP}${Y}`, 'g'), (m) => month(+m[1], +m[2])],
  // 6/2025, 06/2025
  [new RegExp(`(?<![\\d/.])(\\d{1,2})\\s*[/.-]\\s*${Y}(?![\\d/])`, 'g'), (m) => month(+m[1], +m[2])],
  // Học kỳ I năm học 2023-2024; năm học 2023-2024, năm học 2023 - 24 (education plans count in school years)
  [new RegExp(`\\bhoc ky\\s*(ii|i|1|2)\\s*(?:,\\s*)?(?:cua\\s*)?nam hoc\\s*${Y}\\s*(?:-|den|/)\\s*(?:${Y}|(\\d\\d))(?!\\d)`, 'g'), (m) =>
    schoolYear(+m[2], m[3] ? +m[3] : Math.floor(+m[2] / 100) * 100 + +m[4], m[1] === 'i' || m[1] === '1' ? 1 : 2)],
  [new RegExp(`\\bnam hoc\\s*${Y}\\s*(?:-|den|/)\\s*(?:${Y}|(\\d\\d))(?!\\d)`, 'g'), (m) =>
    schoolYear(+m[1], m[2] ? +m[2] : Math.floor(+m[1] / 100) * 100 + +m[3], null)],
  // 2026 - 2030, giai đoạn 2026-2030, năm 2025-2030
  [new RegExp(`${Y}\\s*(?:-|den)\\s*(?:nam\\s*)?${Y}`, 'g'), (m) =>
    (+m[2] >= +m[1] ? span('year-range', year(+m[1]), year(+m[2])) : null)],
  // 2025, Năm 2026, trong năm 2023
  [new RegExp(`(?<![\\d/.-])${Y}(?![\\d/]|\\.\\d)`, 'g'), (m) => year(+m[1])],
  // Without a year (the plan year is assumed): trước ngày 10/6, Quý III, tháng 6, cuối năm
  [/\bngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\b/g, (m, y) => withoutYear(day(+m[1], +m[2], y))],
  [/\bthang\s*(\d{1,2})\s*(?:-|den)\s*(?:thang\s*)?(\d{1,2})\b/g, (m, y) => withoutYear(span('month-range', month(+m[1], y), month(+m[2], y)))],
  [new RegExp(`\\b${QUARTER}\\b`, 'g'), (m, y) => withoutYear(quarter(ROMAN(m[1]), y))],
  [new RegExp(`\\b${HALF}(?:\\s*nam)?\\b`, 'g'), (m, y) => withoutYear(half(m[1], y))],
  [/(?<![\d/.]|(?:thang|quy|qui)\s*)(\d{1,2})\s*[/.-]\s*(\d{1,2})(?![\d/.-])/g, (m, y) => withoutYear(day(+m[1], +m[2], y))],
  [/\bthang\s*(\d{1,2})\b/g, (m, y) => withoutYear(month(+m[1], y))],
  [/\bcuoi nam\b/g, (_m, y) => withoutYear(year(y))],
  [/\b(dau|giua) nam\b/g, (m, y) => withoutYear(partOfYear(m[1], y))],
];

function ROMAN(s: string): number {
  return QUARTER_NUMBER[s];
}

function day(d: number, m: number, y: number): Dated {
  const due = isoDate(y, m, d);
  if (due) return { form: 'day', due, from: due, flags: [] };
  const monthFirst = m > 12 && d <= 12 && isoDate(y, d, m) !== null;
  return { form: 'day', due: null, from: null, flags: monthFirst ? ['month-first'] : ['impossible-date'], invalid: true };
}

function month(m: number, y: number): Dated | null {
  if (m < 1 || m > 12) return null;
  return { form: 'month', due: endOfMonth(y, m), from: isoDate(y, m, 1), flags: [] };
}

function quarter(q: number, y: number): Dated {
  return { form: 'quarter', due: endOfQuarter(y, q), from: isoDate(y, q * 3 - 2, 1), flags: [] };
}

function half(which: string, y: number): Dated {
  const first = which === 'dau';
  return { form: 'half', due: isoDate(y, first ? 6 : 12, first ? 30 : 31), from: isoDate(y, first ? 1 : 7, 1), flags: [] };
}

function year(y: number): Dated {
  return { form: 'year', due: isoDate(y, 12, 31), from: isoDate(y, 1, 1), flags: [] };
}

/**
 * A school year runs from September to the end of May (the Ministry of Education's yearly
 * framework ends it "trước ngày 31/5"); its first term ends in January. The end of a term moves
 * by a week or two from year to year, so a term is flagged ambiguous.
 */
function schoolYear(first: number, second: number, term: 1 | 2 | null): Dated | null {
  if (second !== first + 1) return null;
  if (term === 1) return { form: 'school-term', due: isoDate(second, 1, 31), from: isoDate(first, 9, 1), flags: ['ambiguous'] };
  if (term === 2) return { form: 'school-term', due: isoDate(second, 5, 31), from: isoDate(second, 1, 1), flags: ['ambiguous'] };
  return { form: 'school-year', due: isoDate(second, 5, 31), from: isoDate(first, 9, 1), flags: [] };
}

function partOfYear(which: string, y: number): Dated {
  const due = which === 'dau' ? endOfQuarter(y, 1) : isoDate(y, 6, 30);
  return { form: which === 'dau' ? 'early-year' : 'mid-year', due, from: isoDate(y, 1, 1), flags: ['ambiguous'] };
}

/** From the start of one period to the end of another; null when they run backwards. */
function span(form: string, a: Dated | null, b: Dated | null): Dated | null {
  if (!a || !b || !a.from || !b.due || a.from > b.due) return null;
  return { form, due: b.due, from: a.from, flags: [] };
}

function withoutYear(r: Dated | null): Dated | null {
  return r && { ...r, flags: [...r.flags, 'no-year'] };
}

/**
 * "Trước tháng 6/2025", "trước quý III", "trước năm 2030": by the end of the period before,
 * flagged ambiguous (the officer may mean "by the end of"). "Trước ngày 10/6" keeps its day.
 */
function before(r: Dated): Dated {
  if (r.invalid || r.form === 'day' || !r.from) return r;
  // No start is stated: "before 2030" says nothing of when the work begins.
  return { ...r, form: `before-${r.form}`, due: addDays(r.from, -1), from: null, flags: [...r.flags, 'ambiguous'] };
}

// Two matches joined by "đến"/"-" make one range: "từ 01/7 đến 30/9/2025", "tháng 6 - tháng 9/2025".
const RANGE_GAP = /^\s*(?:-|den|toi)\s*(?:het\s*)?(?:ngay|thang|nam)?\s*$/;

/** Every dated form in the key, earliest first; at one position the higher-priority pattern wins. */
export function findDated(key: string, fallbackYear: number): DatedMatch[] {
  const found: DatedMatch[] = [];
  for (const [re, build] of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(key); m; m = re.exec(key)) {
      const a = m.index;
      const b = a + m[0].length;
      if (found.some((f) => a < f.index + f.length && b > f.index)) continue;
      const r = build(m, fallbackYear);
      if (!r) continue;
      const isBefore = /\btruoc\s*(?:nam\s*)?$/.test(key.slice(0, a));
      found.push({ ...(isBefore ? before(r) : r), index: a, length: m[0].length });
    }
  }
  return mergeRanges(key, found.sort((x, y) => x.index - y.index));
}

function mergeRanges(key: string, found: DatedMatch[]): DatedMatch[] {
  const out: DatedMatch[] = [];
  for (const m of found) {
    const prev = out[out.length - 1];
    if (prev && !prev.invalid && !m.invalid && prev.from && m.due && RANGE_GAP.test(key.slice(prev.index + prev.length, m.index))) {
      // A first part without a year takes the second part's year ("tháng 6 đến tháng 9/2025").
      const from = prev.flags.includes('no-year') && !m.flags.includes('no-year') ? m.due.slice(0, 4) + prev.from.slice(4) : prev.from;
      if (from <= m.due) {
        const form = prev.form === m.form ? `${m.form}-range` : 'range';
        const flags = [...new Set([...prev.flags, ...m.flags])].filter((f) => f !== 'no-year' || m.flags.includes('no-year'));
        out[out.length - 1] = { form, due: m.due, from, flags, index: prev.index, length: m.index + m.length - prev.index };
        continue;
      }
    }
    out.push(m);
  }
  return out;
}
