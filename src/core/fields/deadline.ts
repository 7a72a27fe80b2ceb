/**
 * The deadline grammar: how Vietnamese plans write "thời hạn". Each cell gets a kind and, where
 * one exists, a due date — the last day of the period it names. Forms and their sources are in
 * the research notes (466 real cells) and the seed plans; the table test covers every one.
 */
import { endOfMonth, endOfQuarter, excelSerialToIso, isDateFormat, isoDate, yearOf } from '../dates';
import { clean, stripDiacritics } from '../text/normalize';
import type { DeadlineInfo, IsoDate } from '../types';
import { isErrorValue, type CellInput } from './cell-input';
import { findDated, type DatedMatch } from './deadline-patterns';

export type { CellInput } from './cell-input';

export interface DeadlineContext {
  planYear: number | null;
  asOf: IsoDate;
  date1904?: boolean;
}

const EMPTY = /^[\s\-–—_.…x/]*$/i;
const STATUS = /^(?:da|dang|chua)\s+(?:hoan thanh|thuc hien|trien khai|ban hanh|xong)|^(?:hoan thanh|xong|da xong)$/;
const REFERENCE = /^(?:theo\b|sau khi\b|khi\b|tuy\b|tuy thuoc|phu thuoc|can cu|ngay sau|trien khai dam bao theo)/;
const CONTINUOUS = /^(?:thuc hien\s+|nhiem vu\s+|trien khai\s+)?(?:thuong xuyen|lien tuc)/;
const OPEN_ENDED = /(?:va|cac|nhung)\s+(?:cac\s+|nhung\s+)?nam\s+tiep\s+theo|tro di/;
const START_ONLY = /^(?:trien khai\s+|thuc hien\s+|ap dung\s+)?tu\s+(?:ngay\s+|nam\s+|thang\s+)?/;
const RECURRING = /\bhang\s+(nam|quy|thang)\b|dinh ky\s*(?:6|sau)\s*thang|dinh ky\s+(?:hang\s+)?(nam|quy|thang)|\bmoi\s+(nam|quy|thang)\b/;
const FOLLOW_UP_WORDS = /[a-z]{2,}/;
const TIME_WORDS = /\b(?:nam|quy|qui|thang|ngay|giai doan|truoc|thuong xuyen|lien tuc|hang|dinh ky|tuan)\b/;

/** Key for matching: no diacritics, lower case, one kind of dash, no trailing full stop. */
function deadlineKey(text: string): string {
  return stripDiacritics(clean(text)).toLowerCase().replace(/[–—‐‑−]/g, '-').replace(/\s*\.+\s*$/, '').trim();
}

export function parseDeadline(cell: CellInput, ctx: DeadlineContext): DeadlineInfo {
  const { value } = cell;
  const text = clean(cell.text || (value === null || isErrorValue(value) ? '' : String(value)));
  if (isErrorValue(value)) return { text: text || value.error, kind: 'invalid', due: null, form: 'error-value', flags: [] };
  if (typeof value === 'number') return fromNumber(value, text, cell.numberFormat, ctx);
  if (typeof value === 'boolean') return { text, kind: 'invalid', due: null, flags: ['not-a-time'] };
  if (EMPTY.test(text)) return { text, kind: 'missing', due: null };
  return fromText(text, ctx);
}

function fromNumber(n: number, text: string, format: string | null | undefined, ctx: DeadlineContext): DeadlineInfo {
  if (isDateFormat(format) || (n > 20000 && n < 80000 && Number.isInteger(n))) {
    const due = excelSerialToIso(n, ctx.date1904);
    if (due) return { text, kind: 'date', due, form: 'day', flags: [] };
  }
  if (Number.isInteger(n) && n >= 1900 && n <= 2200) return { text: text || String(n), kind: 'period', due: isoDate(n, 12, 31), form: 'year', flags: [] };
  return { text: text || String(n), kind: 'invalid', due: null, flags: ['not-a-time'] };
}

function fromText(text: string, ctx: DeadlineContext): DeadlineInfo {
  const key = deadlineKey(text);
  const year = ctx.planYear ?? yearOf(ctx.asOf);
  const base = { text };
  const hasDigits = /\d/.test(key);

  if (!hasDigits && STATUS.test(key)) return { ...base, kind: 'status', due: null, flags: [] };
  if (REFERENCE.test(key)) return { ...base, kind: 'reference', due: null, flags: [] };
  if (!hasDigits && CONTINUOUS.test(key)) return { ...base, kind: 'ongoing', due: null, form: 'continuous', flags: [] };

  const dated = findDated(key, year);
  const first = dated[0];

  if (OPEN_ENDED.test(key) && first && !first.invalid) return openEnded(base, first, ctx);
  if (START_ONLY.test(key) && first && first.index <= 25 && !/\bden\b/.test(key)) {
    const start = first.form === 'year' ? isoDate(yearOf(first.due!), 1, 1) : first.form === 'day' ? first.due : null;
    return { ...base, kind: 'ongoing', due: null, start, form: 'from', flags: [] };
  }
  if (RECURRING.test(key) && !(first && first.index < key.search(RECURRING) && !first.flags.includes('no-year'))) {
    return recurring(base, key, ctx);
  }
  if (CONTINUOUS.test(key) && !(first && first.index < key.search(/thuong xuyen|lien tuc/))) {
    return { ...base, kind: 'ongoing', due: null, form: 'continuous', flags: [] };
  }
  if (first) return fromMatch(base, key, first);
  if (!TIME_WORDS.test(key)) return { ...base, kind: 'invalid', due: null, flags: ['not-a-time'] };
  return { ...base, kind: 'invalid', due: null, flags: ['unreadable'] };
}

function fromMatch(base: { text: string }, key: string, m: DatedMatch): DeadlineInfo {
  if (m.invalid) return { ...base, kind: 'invalid', due: null, form: m.form, flags: m.flags };
  const flags = [...m.flags];
  const rest = key.slice(m.index + m.length);
  if (FOLLOW_UP_WORDS.test(rest.replace(/\b(?:nam|va|den|het|hoan thanh)\b/g, ''))) flags.push('follow-up');
  const kind = m.form === 'day' ? 'date' : 'period';
  const out: DeadlineInfo = { ...base, kind, due: m.due, form: m.form, flags };
  if (m.start) out.start = m.start;
  return out;
}

/** "2025 và các năm tiếp theo": the first milestone until it passes, then an ongoing task. */
function openEnded(base: { text: string }, first: DatedMatch, ctx: DeadlineContext): DeadlineInfo {
  const due = first.due!;
  if (ctx.asOf > due) return { ...base, kind: 'ongoing', due: null, start: first.start ?? null, form: 'open-ended', flags: ['open-ended'] };
  return { ...base, kind: first.form === 'day' ? 'date' : 'period', due, form: first.form, flags: ['open-ended'] };
}

/** "Hằng năm", "Tháng 12 hằng năm", "Hằng quý", "Định kỳ 6 tháng": the occurrence in the as-of year. */
function recurring(base: { text: string }, key: string, ctx: DeadlineContext): DeadlineInfo {
  const y = yearOf(ctx.asOf);
  const asOfMonth = Number(ctx.asOf.slice(5, 7));
  const half = /(?:dinh ky|moi)\s*(?:6|sau)\s*thang|6\s*thang\s*mot\s*lan/.test(key);
  const unit = half ? 'half' : (/(?:hang|moi|dinh ky(?:\s+hang)?)\s+(nam|quy|thang)/.exec(key)?.[1] ?? 'nam');
  const namedMonth = /thang\s*(\d{1,2})\b/.exec(key);
  const namedQuarter = /(?:quy|qui)\s*(iv|i{1,3}|[1-4])\b/.exec(key);
  let due: IsoDate | null;
  let form: string;
  if (unit === 'nam' && namedMonth && +namedMonth[1] >= 1 && +namedMonth[1] <= 12) {
    due = endOfMonth(y, +namedMonth[1]);
    form = 'recurring-yearly';
  } else if (unit === 'nam' && namedQuarter) {
    due = endOfQuarter(y, { i: 1, ii: 2, iii: 3, iv: 4 }[namedQuarter[1]] ?? +namedQuarter[1]);
    form = 'recurring-yearly';
  } else if (unit === 'quy') {
    due = endOfQuarter(y, Math.ceil(asOfMonth / 3));
    form = 'recurring-quarterly';
  } else if (unit === 'thang') {
    due = endOfMonth(y, asOfMonth);
    form = 'recurring-monthly';
  } else if (unit === 'half') {
    due = asOfMonth <= 6 ? isoDate(y, 6, 30) : isoDate(y, 12, 31);
    form = 'recurring-half-yearly';
  } else {
    due = isoDate(y, 12, 31);
    form = 'recurring-yearly';
  }
  return { ...base, kind: 'recurring', due, form, flags: [] };
}
