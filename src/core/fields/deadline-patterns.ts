/**
 * The dated forms of Vietnamese deadlines, matched on a key without diacritics ("quy iii/2023").
 * Each match reports where it sits, so a compound cell can take its first dated clause, and the
 * first day of its period, so ranges ("từ tháng 6 đến tháng 9/2025") and open-ended cells
 * ("2025 và những năm tiếp theo") can state when they start.
 */
import { addDays, endOfMonth, endOfQuarter, isoDate, yearOf } from '../dates';
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
/** One part of a list ("Quý I và III/2025"), its index counted from the start of the list. */
type Placed = DatedMatch;

/**
 * The matching key: no diacritics, lower case, one kind of dash, no trailing full stop.
 * Diacritics go because "Quí"/"Quý", "hằng"/"hàng" and NFD or ALL CAPS input must read alike;
 * unlike looseKey, "/" "-" "." stay: they carry the dates. "÷" and "~" join ranges as "-" does
 * ("2026 ÷ 2030").
 */
export function deadlineKey(text: string): string {
  return stripDiacritics(clean(text))
    .toLowerCase()
    .replace(/[–—‐‑−÷~～]/g, '-')
    .replace(/[\s.]+$/, '')
    .trim();
}

export const QUARTER_NUMBER: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const Y = '((?:19|20)\\d\\d)';
// After a quarter or a month, a two-digit year right after a slash is 20yy ("Quý IV/26", "Tháng 6/26");
// "tháng 6-26" is not, and a bare "6/26" is a (month-first) day, not a month.
const YY = '((?:19|20)\\d\\d|(?<=\\/\\s*)\\d\\d(?![\\d/]))';
export const QUARTER = '(?:quy|qui|q)\\s*(iv|i{1,3}|[1-4])';
// A later quarter of a list or range may drop the word: "Quý IV/2025 - I/2026" (Roman numerals only).
const NEXT_QUARTER = '(?:(?:quy|qui|q)\\s*|(?=[iv]))(iv|i{1,3}|[1-4])';
// "Quý I+II/2026", "tháng 6, 7, 8/2025", "Quý IV - Quý I/2026"
const LIST_SEP = '\\s*(?:-|den|,|va|\\+)\\s*';
const QSEP = '\\s*(?:[/.-]|nam|\\s)\\s*(?:nam\\s*)?';
const MONTH_YEAR_SEP = '\\s*(?:[/.-]|nam)\\s*(?:nam\\s*)?';
const HALF = '(?:(?:6|06|sau)\\s*thang|nua)\\s*(dau|cuoi)';
// The parts of a matched list: one quarter ("quy i", "iii") or one month ("thang 6", "12").
const QUARTER_PART = /(?:(?:quy|qui|q)\s*|(?<![a-z]))(iv|i{1,3}|[1-4])(?![a-z\d])/g;
const MONTH_PART = /(?:thang\s*)?(\d{1,2})/g;
// A yearless list of months ends at its last number: not "tháng 6, 15 ngày".
const MONTH_LIST_END = '\\b(?!\\s*(?:ngay|tuan|thang|lan)\\b)';
// Nor a list whose last number starts a day ("tháng 6 và 12/7"). Checked after the match, not by a
// lookahead, which the list would meet by dropping its last part ("tháng 3, 6 và 12/7": months 3, 6).
const DAY_AFTER = /^[/.]\d/;
// "Tết Bính Ngọ": a year of the sixty-year cycle, named by its stem and branch.
const CAN_CHI = '(?:giap|at|binh|dinh|mau|ky|canh|tan|nham|quy)\\s+(?:ty|ti|suu|dan|mao|thin|ngo|mui|than|dau|tuat|hoi)';

type Builder = (m: RegExpExecArray, year: number) => Dated | Placed[] | null;

/** Patterns in priority order: where two overlap, the earlier one in this list wins. */
const PATTERNS: [RegExp, Builder][] = [
  // ngày 30 tháng 6 năm 2023
  [new RegExp(`ngay\\s*(\\d{1,2})\\s*thang\\s*(\\d{1,2})\\s*nam\\s*${Y}`, 'g'), (m) => day(+m[1], +m[2], +m[3])],
  // 2025-11-30 (ISO, year first: the one form where the year leads)
  [new RegExp(`(?<![\\d/.-])${Y}-(\\d{1,2})-(\\d{1,2})(?![\\d/.-])`, 'g'), (m) => day(+m[3], +m[2], +m[1])],
  // 30/6/2023, 30-06-2023, 30.6.2023 (day first, always); after a year's "-" too: "01/10/2025-31/12/2025"
  [new RegExp(`(?<![\\d/.]|(?<!(?:19|20)\\d\\d\\s*)-)(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})\\s*\\2\\s*${Y}(?!\\d)`, 'g'), (m) => day(+m[1], +m[3], +m[4])],
  // 30/06/23: a two-digit year is 20yy (slashes only: "1.2.10" is a section number)
  [/(?<![\d/.-])(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d\d)(?![\d/.-])/g, (m) => day(+m[1], +m[2], 2000 + +m[3])],
  // Quý IV/2025 - Quý II/2026, Quý IV/2025 - I/2026
  [new RegExp(`${QUARTER}${QSEP}${YY}\\s*(?:-|den)\\s*${NEXT_QUARTER}${QSEP}${YY}`, 'g'), (m) =>
    span('quarter-range', quarter(ROMAN(m[1]), fullYear(m[2])), quarter(ROMAN(m[3]), fullYear(m[4])))],
  // Quý II-III/2025, Quý I, II/2024, Quý I và III/2025, Quý IV - Quý I/2026: quarters sharing the last one's year
  [new RegExp(`(${QUARTER}(?:${LIST_SEP}${NEXT_QUARTER})+)${QSEP}${YY}`, 'g'), (m) => listed(m, QUARTER_PART, quarterOf, fullYear(m[4]))],
  // Quý III/2023, Quí IV-2025, Quý IV.2026, quý I năm 2026, QIII/2023, Quý 3/2023, Quý IV/26
  [new RegExp(`\\b${QUARTER}${QSEP}${YY}`, 'g'), (m) => quarter(ROMAN(m[1]), fullYear(m[2]))],
  // 6 tháng đầu / cuối năm 2023
  [new RegExp(`${HALF}\\s*(?:nam\\s*)?${Y}`, 'g'), (m) => half(m[1], +m[2])],
  // Đầu năm 2024 (by the end of its first quarter), giữa năm 2024 (both ambiguous), cuối năm 2026
  [new RegExp(`\\b(dau|giua|cuoi)\\s*nam\\s*${Y}`, 'g'), (m) => partOfYear(m[1], +m[2])],
  // Tháng 6 - 9/2025, tháng 6, 7, 8/2025, từ tháng 6 đến tháng 9 năm 2025, tháng 11 - 2/2026, tháng 6 và 12/2025
  [new RegExp(`\\b(thang\\s*\\d{1,2}(?:${LIST_SEP}(?:thang\\s*)?\\d{1,2})+)${MONTH_YEAR_SEP}${YY}`, 'g'), (m) =>
    listed(m, MONTH_PART, monthOf, fullYear(m[2]))],
  // Tháng 6/2025, T6/2025, tháng 6 năm 2025, tháng 6/26
  [new RegExp(`\\b(?:thang|t)\\s*(\\d{1,2})${MONTH_YEAR_SEP}${YY}`, 'g'), (m) => month(+m[1], fullYear(m[2]))],
  // 6/2025, 06/2025
  [new RegExp(`(?<![\\d/.])(\\d{1,2})\\s*[/.-]\\s*${Y}(?![\\d/])`, 'g'), (m) => month(+m[1], +m[2])],
  // Học kỳ I năm học 2023-2024; năm học 2023-2024, năm học 2023 - 24 (education plans count in school years)
  [new RegExp(`\\bhoc ky\\s*(ii|i|1|2)\\s*(?:,\\s*)?(?:cua\\s*)?nam hoc\\s*${Y}\\s*(?:-|den|/)\\s*(?:${Y}|(\\d\\d))(?!\\d)`, 'g'), (m) =>
    schoolYear(+m[2], m[3] ? +m[3] : Math.floor(+m[2] / 100) * 100 + +m[4], m[1] === 'i' || m[1] === '1' ? 1 : 2)],
  [new RegExp(`\\bnam hoc\\s*${Y}\\s*(?:-|den|/)\\s*(?:${Y}|(\\d\\d))(?!\\d)`, 'g'), (m) =>
    schoolYear(+m[1], m[2] ? +m[2] : Math.floor(+m[1] / 100) * 100 + +m[3], null)],
  // Trước Tết Nguyên đán 2026, trước Tết âm lịch năm 2026, trước dịp Tết Nguyên đán Bính Ngọ 2026
  [new RegExp(`\\btruoc\\s+(?:dip\\s+)?tet\\s*(?:nguyen\\s*dan|am\\s*lich|co\\s*truyen)?\\s*(?:${CAN_CHI}\\s*)?(?:nam\\s*)?${Y}(?!\\d)`, 'g'), (m) =>
    beforeTet(+m[1])],
  // 2026 - 2030, giai đoạn 2026-2030, năm 2025-2030
  [new RegExp(`${Y}\\s*(?:-|den)\\s*(?:nam\\s*)?${Y}`, 'g'), (m) =>
    (+m[2] >= +m[1] ? span('year-range', year(+m[1]), year(+m[2])) : null)],
  // 2025, Năm 2026, trong năm 2023
  [new RegExp(`(?<![\\d/.-])${Y}(?![\\d/]|\\.\\d)`, 'g'), (m) => year(+m[1])],
  // Without a year (the plan year is assumed): trước ngày 10/6, Quý III, tháng 6, cuối năm
  [/\bngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\b/g, (m, y) => withoutYear(day(+m[1], +m[2], y))],
  // Tháng 6 - 9, tháng 6, 12 (hằng năm), Quý II và IV (hằng năm): each part in the plan year
  [new RegExp(`\\b(thang\\s*\\d{1,2}(?:${LIST_SEP}(?:thang\\s*)?\\d{1,2})+)${MONTH_LIST_END}`, 'g'), (m, y) =>
    (DAY_AFTER.test(m.input.slice(m.index + m[0].length)) ? null : listed(m, MONTH_PART, monthOf, y, false))],
  [new RegExp(`\\b(${QUARTER}(?:${LIST_SEP}${NEXT_QUARTER})+)\\b`, 'g'), (m, y) => listed(m, QUARTER_PART, quarterOf, y, false)],
  [new RegExp(`\\b${QUARTER}\\b`, 'g'), (m, y) => withoutYear(quarter(ROMAN(m[1]), y))],
  [new RegExp(`\\b${HALF}(?:\\s*nam)?\\b`, 'g'), (m, y) => withoutYear(half(m[1], y))],
  [/(?<![\d/.]|(?:thang|quy|qui)\s*)(\d{1,2})\s*[/.-]\s*(\d{1,2})(?![\d/.-])/g, (m, y) => withoutYear(day(+m[1], +m[2], y))],
  [/\bthang\s*(\d{1,2})\b/g, (m, y) => withoutYear(month(+m[1], y))],
  [/\b(dau|giua|cuoi) nam\b/g, (m, y) => withoutYear(partOfYear(m[1], y))],
  // Trong năm, cả năm, trong năm kế hoạch (not "trong năm học", "trong năm tiếp theo")
  [/\b(?:trong|ca)\s+nam(?:\s+ke\s+hoach)?\b(?!\s*(?:hoc|tiep|sau|toi|truoc|\d))/g, (_m, y) => withoutYear(year(y))],
];

function ROMAN(s: string): number {
  return QUARTER_NUMBER[s];
}

function fullYear(s: string): number {
  return s.length === 2 ? 2000 + +s : +s;
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
  // "Cuối năm 2026" is the year itself, due on its last day.
  if (which === 'cuoi') return year(y);
  const due = which === 'dau' ? endOfQuarter(y, 1) : isoDate(y, 6, 30);
  return { form: which === 'dau' ? 'early-year' : 'mid-year', due, from: isoDate(y, 1, 1), flags: ['ambiguous'] };
}

/** From the start of one period to the end of another; null when they run backwards. */
function span(form: string, a: Dated | null, b: Dated | null): Dated | null {
  if (!a || !b || !a.from || !b.due || a.from > b.due) return null;
  return { form, due: b.due, from: a.from, flags: [] };
}

const quarterOf = (n: string, y: number) => quarter(ROMAN(n), y);
const monthOf = (n: string, y: number) => month(+n, y);

/**
 * The parts of a list or range written with one year ("Quý I và III/2025", "tháng 6 - 9/2025"),
 * each where it sits, for mergeRanges to join (a range, or like periods that follow on) or keep
 * apart (milestones: the first, with a follow-up). They share the last part's year; an earlier
 * part later in the year than the last is in the year before ("Quý IV - Quý I/2026"). Without a
 * written year (`written` false) every part is in the plan year, flagged, as a yearly list needs.
 */
function listed(m: RegExpExecArray, partRe: RegExp, build: (n: string, y: number) => Dated | null, y: number, written = true): Placed[] | null {
  // exec, not matchAll, which copies the regex on every call.
  const parts: RegExpExecArray[] = [];
  partRe.lastIndex = 0;
  for (let p = partRe.exec(m[1]); p; p = partRe.exec(m[1])) parts.push(p);
  const last = parts[parts.length - 1];
  const lastPart = build(last[1], y);
  const lastDue = lastPart?.due;
  if (!lastDue) return null;
  const placed: Placed[] = [];
  for (const p of parts) {
    const here = p === last ? lastPart : build(p[1], y);
    // borrowYear's rule for a period: rebuilt in the year before, not moved a day at a time, as its
    // end changes with the year (February of a leap year).
    const d = written && here?.from && here.from > lastDue ? build(p[1], y - 1) : here;
    if (!d) return null;
    const index = p.index;
    // The last part takes the year written after it.
    placed.push({ ...(written ? d : withoutYear(d)), index, length: p === last ? m[0].length - index : p[0].length });
  }
  return placed;
}

/** A day moved into the year of `due`, or into the year before when it would fall after `due`. */
function borrowYear(d: IsoDate, due: IsoDate): IsoDate | null {
  const same = inYear(d, yearOf(due));
  return same && same <= due ? same : inYear(d, yearOf(due) - 1);
}

function inYear(d: IsoDate, y: number): IsoDate | null {
  return isoDate(y, +d.slice(5, 7), +d.slice(8, 10));
}

function withoutYear<T extends Dated | null>(r: T): T {
  return r && { ...r, flags: [...r.flags, 'no-year'] };
}

/**
 * Tết Nguyên đán, the first day of the lunar year, as Vietnam keeps it: its lunar calendar is
 * reckoned at UTC+7, so some years differ from China's (1985, 2007, 2030: in 2030, 2/2 here and 3/2 there).
 * From Hồ Ngọc Đức's Vietnamese lunar calendar (informatik.uni-leipzig.de/~duc/amlich), whose
 * algorithm gives these for UTC+7. Outside these years no date is guessed.
 */
const TET: Record<number, IsoDate> = {
  2020: '2020-01-25', 2021: '2021-02-12', 2022: '2022-02-01', 2023: '2023-01-22', 2024: '2024-02-10',
  2025: '2025-01-29', 2026: '2026-02-17', 2027: '2027-02-06', 2028: '2028-01-26', 2029: '2029-02-13',
  2030: '2030-02-02', 2031: '2031-01-23', 2032: '2032-02-11', 2033: '2033-01-31', 2034: '2034-02-19',
  2035: '2035-02-08', 2036: '2036-01-28', 2037: '2037-02-15', 2038: '2038-02-04', 2039: '2039-01-24',
  2040: '2040-02-12',
};

/** "Trước Tết Nguyên đán 2026": by the day before Tết of that (Gregorian) year; null outside the table. */
function beforeTet(y: number): Dated | null {
  const tet = TET[y];
  // No start is stated, as with the other "trước" forms; unlike them the day is exact, not ambiguous.
  return tet ? { form: 'before-tet', due: addDays(tet, -1), from: null, flags: [] } : null;
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
// Like periods listed, each with its year, make one too when each follows on from the one before:
// "năm 2025 và 2026", "Quý IV/2025 và Quý I/2026". Others stay apart as a milestone and a follow-up
// (research notes §2.4 rule 5): "2025 và 2030" (a review and a final report), "Quý IV/2023 và năm 2024".
const LIST_GAP = /^\s*(?:,|;|va|\+)\s*(?:nam|quy|qui|thang)?\s*$/;
const LISTABLE = new Set(['year', 'quarter', 'month']);
// A tighter day in brackets after a period: "Quý IV/2025 (chậm nhất 15/12/2025)", "tháng 12/2025 (trước ngày 20/12)".
const TIGHTER_GAP = /^\s*\(\s*(?:(?:cham nhat|truoc|han|khong qua|hoan thanh)\s*(?:la\s*)?)*(?:ngay\s*)?$/;

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
      // "Trước cuối năm 2025" is by its end, not before the year.
      const isBefore = !m[0].startsWith('cuoi') && /\btruoc\s*(?:nam\s*)?$/.test(key.slice(0, a));
      if (Array.isArray(r) && !isBefore) {
        for (const p of r) found.push({ ...p, index: a + p.index });
        continue;
      }
      // Before a list ("trước tháng 6 - 9/2025") is before its first part: one clause.
      const one = Array.isArray(r) ? r[0] : r;
      found.push({ ...(isBefore ? before(one) : one), index: a, length: m[0].length });
    }
  }
  return mergeRanges(key, found.sort((x, y) => x.index - y.index));
}

function mergeRanges(key: string, found: DatedMatch[]): DatedMatch[] {
  const out: DatedMatch[] = [];
  for (const m of found) {
    const prev = out[out.length - 1];
    const joined = prev ? join(key, prev, m) : null;
    if (joined) out[out.length - 1] = joined;
    else out.push(m);
  }
  return out;
}

/** One match made of two neighbours (a range, a list of like periods, a period and its tighter day), or null. */
function join(key: string, prev: DatedMatch, m: DatedMatch): DatedMatch | null {
  if (prev.invalid || m.invalid || !prev.from || !prev.due || !m.due) return null;
  const gap = key.slice(prev.index + prev.length, m.index);
  const at = { index: prev.index, length: m.index + m.length - prev.index };
  const noYear = (r: DatedMatch) => r.flags.includes('no-year');
  // The first part's "no-year" goes when it takes the last part's year.
  const flags = (keepNoYear: boolean) => [...new Set([...prev.flags, ...m.flags])].filter((f) => f !== 'no-year' || keepNoYear);
  if (RANGE_GAP.test(gap)) {
    // A first part without a year takes the last part's year ("tháng 6 đến tháng 9/2025", "từ 15/11 đến 15/01/2026").
    const from = noYear(prev) && !noYear(m) ? borrowYear(prev.from, m.due) : prev.from;
    if (!from || from > m.due) return null;
    const form = prev.form === m.form ? `${m.form}-range` : 'range';
    return { form, due: m.due, from, flags: flags(noYear(m)), ...at };
  }
  const kind = prev.form.replace(/-range$/, '');
  if (LIST_GAP.test(gap) && kind === m.form && LISTABLE.has(kind) && !noYear(prev) && !noYear(m) && m.from === addDays(prev.due, 1)) {
    return { form: `${kind}-range`, due: m.due, from: prev.from, flags: flags(false), ...at };
  }
  if (TIGHTER_GAP.test(gap) && m.form === 'day' && prev.form !== 'day') {
    const due = noYear(m) ? inYear(m.due, yearOf(prev.due)) : m.due;
    if (due && prev.from <= due && due <= prev.due) return { form: 'day', due, from: due, flags: flags(noYear(prev)), ...at };
  }
  return null;
}
