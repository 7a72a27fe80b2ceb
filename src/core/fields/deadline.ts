/**
 * The deadline grammar: how Vietnamese plans write "thời hạn". Each cell gets a kind and, where
 * one exists, a due date — the last day of the period it names. Forms and their sources are in
 * the research notes (466 real cells, 100 phrases) and the seed plans; the table test covers each.
 *
 * Decisions: day-first only; "Trước năm 2030" = by 31/12/2029 (flagged ambiguous); a compound
 * cell takes its first dated clause (flag follow-up); "… và các năm tiếp theo" right after a
 * period is that period until it ends, then an ongoing task; "… và có rà soát … trong các năm
 * tiếp theo" is a compound cell (the first clause must still be done on time). Consecutive like periods
 * joined ("năm 2025 và 2026", "Quý IV/2025 và Quý I/2026", "Quý I và II/2025") end at their last
 * part; others, each with its year or sharing one ("2025 và 2030", "Quý I và III/2025"), are the
 * first milestone with a follow-up; several dates a year ("Quý II và IV hằng năm") are the next one
 * due as of the as-of date. A written year wins over the plan year ("Cuối năm 2026"); a tighter
 * day in brackets wins over its period. "Trước Tết Nguyên đán 2026" is the day before Tết (a
 * table of Vietnamese dates); without a year it is a reference.
 */
import { addDays, dateFormatParts, endOfMonth, excelSerialToIso, isoDate, monthOf, yearOf } from '../dates';
import { frozen, StringMemo } from '../memo';
import { clean } from '../text/normalize';
import type { DeadlineInfo, IsoDate } from '../types';
import { isErrorValue, type CellInput } from './cell-input';
import { deadlineKey, findDated, type DatedMatch } from './deadline-patterns';
import { findRecurrence, occurrence, type Recurrence } from './deadline-recurring';

export type { CellInput } from './cell-input';

export interface DeadlineContext {
  planYear: number | null;
  asOf: IsoDate;
  date1904?: boolean;
}

const EMPTY = /^[\s\-–—_.…x/?]*$/i;
const ERROR_TEXT = /^#(?:REF!|N\/A|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i;
const STATUS = /^(?:(?:da|dang|chua)\s+(?:hoan thanh|thuc hien|trien khai|ban hanh|xong)(?:\s+(?:xong|thuc hien|trien khai))?|(?:da\s+)?(?:hoan thanh|xong))$/;
const LEAD_VERBS = '(?:(?:thuc hien|trien khai|hoan thanh|ban hanh|to chuc|dam bao|va)\\s+)*';
// "Trong vòng 30 ngày kể từ ngày ký": counted from an event with no date, so no fixed due date.
const RELATIVE = '(?:trong\\s+(?:vong|thoi han)\\s+)?(?:khong qua\\s+)?\\d{1,3}\\s+(?:ngay|tuan|thang)(?:\\s+lam viec)?\\s*,?\\s*(?:ke\\s+)?tu\\s+(?:ngay|khi|thoi diem)\\s+(?!\\d)';
// "Trước Tết Nguyên đán" with no year: the Tết opening the plan year or the one after it (plans for
// Tết come out the December before), so no date is guessed: an event, like "khi có phát sinh".
const TET_NO_YEAR = 'truoc\\s+(?:dip\\s+)?tet\\b(?!.*\\d)';
const REFERENCE = new RegExp(`^${LEAD_VERBS}(?:theo\\b|(?:ngay\\s+)?sau khi\\b|khi\\b|tuy\\b|tuy thuoc|phu thuoc|can cu|${TET_NO_YEAR}|${RELATIVE})`);
const CONTINUOUS = /\b(?:thuong xuyen|lien tuc)\b/;
const START_PREFIX = /^(?:(?:trien khai|thuc hien|ap dung|bat dau)\s+)*(?:ke\s+)?tu\s+(?:(?:ngay|nam|thang)\s*)?$/;
const AFTER_PREFIX = /^(?:(?:trien khai|thuc hien|ap dung|bat dau)\s+)*(?:tu\s+)?sau\s+(?:(?:ngay|nam|thang)\s*)?$/;
const ONWARDS = /^\s*tro\s+di\b/;
// "Hằng năm, bắt đầu từ năm 2026": a start written after the recurrence.
const FROM_WORD = /\b(?:ke\s+)?tu\s+(?:(?:ngay|nam|thang)\s*)?$/;
const NEXT_YEARS = /^[\s,;]*(?:va\s+)?(?:cac|nhung)\s+nam\s+(?:hoc\s+)?(?:tiep\s+theo|sau)\b/;
const TIME_WORDS = /\b(?:nam|quy|qui|thang|ngay|giai doan|truoc|thuong xuyen|lien tuc|hang|dinh ky|tuan|han)\b/;
// Forms that name one day, read as a date: "30/6/2025", "trước Tết Nguyên đán 2026".
const ONE_DAY = new Set(['day', 'before-tet']);
// What may follow a dated clause without making the cell compound.
const TRAILING_NOISE = /\b(?:nam|va|den|het|hoan thanh|xong|ket thuc)\b/g;

export function parseDeadline(cell: CellInput, ctx: DeadlineContext): DeadlineInfo {
  const d = readDeadline(cell, ctx);
  // A copy: callers may keep or change what they get.
  return d.flags ? { ...d, flags: [...d.flags] } : { ...d };
}

/**
 * The reading itself, frozen: a text cell's is the memo entry shared by every cell with that text.
 * For callers that only read it or put it in a report as it is.
 */
export function readDeadline(cell: CellInput, ctx: DeadlineContext): Readonly<DeadlineInfo> {
  const { value } = cell;
  if (isErrorValue(value)) return { text: clean(cell.text || String(value.error)), kind: 'invalid', due: null, form: 'error-value', flags: [] };
  if (typeof value === 'number') return fromNumber(value, clean(cell.text || String(value)), cell.numberFormat, ctx);
  if (typeof value === 'boolean') return { text: clean(cell.text || String(value)), kind: 'invalid', due: null, flags: ['not-a-time'] };
  return memoFor(ctx).get(cell.text || (value === null ? '' : String(value)));
}

const NO_CONTEXT: DeadlineContext = { planYear: null, asOf: '2000-01-01' };

/**
 * Text that names no time at all (an agency, a task): what a time column shows when a PDF paste
 * shifted another column's wrapped tail into it. Read in a fixed context, the answer depends on
 * the words only.
 */
export function isNotATime(text: string): boolean {
  return readDeadline({ value: text, text, numberFormat: null }, NO_CONTEXT).flags?.includes('not-a-time') ?? false;
}

/** Text with no readable time in it ("tiếp theo", "năm tiếp theo"): a wrapped tail, not a deadline. */
export function readsNoTime(text: string): boolean {
  return readDeadline({ value: text, text, numberFormat: null }, NO_CONTEXT).kind === 'invalid';
}

/** A cell that reads as a time ("Quý II/2025", "Năm 2025", "Thường xuyên", "Hằng năm"). */
export function readsAsTime(cell: CellInput): boolean {
  const kind = readDeadline(cell, NO_CONTEXT).kind;
  return kind === 'date' || kind === 'period' || kind === 'recurring' || kind === 'ongoing';
}

/** A text cell (or an empty one): depends on the raw text, the plan year and the as-of date only. */
function fromRawText(raw: string, ctx: DeadlineContext): DeadlineInfo {
  const text = clean(raw);
  if (EMPTY.test(text)) return { text, kind: 'missing', due: null };
  if (ERROR_TEXT.test(text)) return { text, kind: 'invalid', due: null, form: 'error-value', flags: [] };
  return fromText(text, ctx);
}

// Sheets repeat a few phrases ("Thường xuyên" in most rows): parse each raw text once per
// (plan year, as-of date), the context that decides what it means. One validation uses one.
const MEMOS = new Map<string, StringMemo<Readonly<DeadlineInfo>>>();
let lastMemo: { planYear: number | null; asOf: IsoDate; memo: StringMemo<Readonly<DeadlineInfo>> } | null = null;

function memoFor(ctx: DeadlineContext): StringMemo<Readonly<DeadlineInfo>> {
  const { planYear, asOf } = ctx;
  if (lastMemo && lastMemo.planYear === planYear && lastMemo.asOf === asOf) return lastMemo.memo;
  const id = `${planYear}|${asOf}`;
  let memo = MEMOS.get(id);
  if (!memo) {
    if (MEMOS.size >= 16) MEMOS.clear();
    MEMOS.set(id, (memo = new StringMemo((raw) => frozen(fromRawText(raw, { planYear, asOf })))));
  }
  lastMemo = { planYear, asOf, memo };
  return memo;
}

/** A number: an Excel date (by its format), a year (2025), a serial shown as General, or nonsense. */
function fromNumber(n: number, text: string, format: string | null | undefined, ctx: DeadlineContext): DeadlineInfo {
  const shown = text || String(n);
  const parts = dateFormatParts(format);
  if (parts) {
    const day = excelSerialToIso(n, ctx.date1904);
    if (!day) return { text: shown, kind: 'invalid', due: null, form: 'day', flags: ['impossible-date'] };
    // "mm/yyyy" and "yyyy" formats show a month or a year: the period ends at its last day.
    if (parts.day) return { text: shown, kind: 'date', due: day, form: 'day', flags: [] };
    if (parts.month) return { text: shown, kind: 'period', due: endOfMonth(yearOf(day), monthOf(day)), start: day.slice(0, 8) + '01', form: 'month', flags: [] };
    return { text: shown, kind: 'period', due: isoDate(yearOf(day), 12, 31), start: isoDate(yearOf(day), 1, 1), form: 'year', flags: [] };
  }
  if (Number.isInteger(n) && n >= 1900 && n <= 2200) {
    return { text: shown, kind: 'period', due: isoDate(n, 12, 31), start: isoDate(n, 1, 1), form: 'year', flags: [] };
  }
  // A serial without a date format shows as "45107": most likely a date whose format was lost.
  const serial = Number.isInteger(n) && n > 20000 && n < 80000 ? excelSerialToIso(n, ctx.date1904) : null;
  if (serial) return { text: shown, kind: 'date', due: serial, form: 'day', flags: ['ambiguous'] };
  if (text && text !== String(n) && /[/\p{L}]/u.test(text)) return fromText(text, ctx);
  return { text: shown, kind: 'invalid', due: null, flags: ['not-a-time'] };
}

function fromText(text: string, ctx: DeadlineContext): DeadlineInfo {
  const key = deadlineKey(text);
  const base = { text };
  if (STATUS.test(key.replace(/\(?\s*\d{1,3}\s*%\s*\)?/g, '').trim())) return { ...base, kind: 'status', due: null, flags: [] };
  if (REFERENCE.test(key)) return { ...base, kind: 'reference', due: null, flags: [] };

  const dated = findDated(key, ctx.planYear ?? yearOf(ctx.asOf));
  const first: DatedMatch | undefined = dated[0];
  const firstAt = first ? first.index : Infinity;
  const firstEnd = first ? first.index + first.length : 0;

  const recurrence = findRecurrence(key);
  const periodic = recurrence && recurrence.unit !== 'frequent' ? recurrence.unit : null;
  // "Từ 01/7/2025", "Triển khai từ năm 2026 …", "Năm 2026 trở đi": an ongoing task with a start;
  // "Sau năm 2025": from the day after the period. With a period ("Từ năm 2026, hằng năm"), recurring from then.
  if (first && !first.invalid && !first.form.endsWith('range')) {
    const head = key.slice(0, first.index);
    const start = START_PREFIX.test(head) || ONWARDS.test(key.slice(firstEnd)) ? first.from
      : AFTER_PREFIX.test(head) && first.due ? addDays(first.due, 1) : undefined;
    if (start !== undefined) {
      if (periodic) return recurring(base, key, periodic, start, ctx.asOf);
      return { ...base, kind: 'ongoing', due: null, start, form: 'from', flags: [] };
    }
  }
  // A recurrence word before any dated clause with its own year.
  const datedBefore = (at: number) => dated.some((d) => d.index < at && !d.flags.includes('no-year'));
  if (recurrence && !datedBefore(recurrence.index)) {
    if (!periodic) return { ...base, kind: 'ongoing', due: null, form: 'continuous', flags: [] };
    const from = dated.find((d) => d.index > recurrence.index && !d.invalid && !d.flags.includes('no-year') && FROM_WORD.test(key.slice(0, d.index)));
    return recurring(base, key, periodic, from?.from ?? planStartAhead(ctx), ctx.asOf);
  }
  const continuous = CONTINUOUS.exec(key);
  if (continuous && continuous.index < firstAt) return { ...base, kind: 'ongoing', due: null, form: 'continuous', flags: [] };

  if (first && !first.invalid && NEXT_YEARS.test(key.slice(firstEnd))) return openEnded(base, first, ctx.asOf);
  if (first) return fromMatch(base, key, first, dated.length > 1);
  return { ...base, kind: 'invalid', due: null, flags: [TIME_WORDS.test(key) ? 'unreadable' : 'not-a-time'] };
}

/**
 * The first day of a plan year that has not begun ("Hằng tháng" in a 2027 plan checked in November
 * 2026): its recurring tasks start then, so their first occurrence is in the plan year, not now.
 */
function planStartAhead(ctx: DeadlineContext): IsoDate | null {
  if (ctx.planYear === null) return null;
  const start = isoDate(ctx.planYear, 1, 1);
  return start !== null && start > ctx.asOf ? start : null;
}

/** A recurring deadline: its occurrence in the as-of period, or in its first period when it starts later. */
function recurring(base: { text: string }, key: string, unit: Exclude<Recurrence['unit'], 'frequent'>, start: IsoDate | null, asOf: IsoDate): DeadlineInfo {
  const o = occurrence(key, unit, start && start > asOf ? start : asOf);
  const info: DeadlineInfo = { ...base, kind: 'recurring', due: o.due, form: o.form, flags: o.flags };
  return start ? { ...info, start } : info;
}

/** The first dated clause; anything worded or dated after it makes the cell compound. */
function fromMatch(base: { text: string }, key: string, m: DatedMatch, moreDated: boolean): DeadlineInfo {
  if (m.invalid) return { ...base, kind: 'invalid', due: null, form: m.form, flags: m.flags };
  const flags = [...m.flags];
  const rest = key.slice(m.index + m.length).replace(TRAILING_NOISE, '');
  if (moreDated || /[a-z]{2,}/.test(rest)) flags.push('follow-up');
  return dateOrPeriod(base, m, flags);
}

/** A dated clause as the cell's reading: a date for one day, else a period from its first day. */
function dateOrPeriod(base: { text: string }, m: DatedMatch, flags: string[]): DeadlineInfo {
  if (ONE_DAY.has(m.form)) return { ...base, kind: 'date', due: m.due, form: m.form, flags };
  return { ...base, kind: 'period', due: m.due, start: m.from, form: m.form, flags };
}

/** "2025 và những năm tiếp theo": the first milestone until it passes, then an ongoing task. */
function openEnded(base: { text: string }, first: DatedMatch, asOf: IsoDate): DeadlineInfo {
  const flags = [...first.flags, 'open-ended'];
  if (first.due && asOf > first.due) return { ...base, kind: 'ongoing', due: null, start: first.from, form: 'open-ended', flags };
  return dateOrPeriod(base, first, flags);
}
