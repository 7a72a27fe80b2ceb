/**
 * Calendar dates as ISO "YYYY-MM-DD" strings. Arithmetic goes through date-fns on local
 * midnight Dates built from year/month/day and read back with local getters: both ends use the
 * same zone, so a date never shifts with the machine's time zone (tests run in UTC+7 and UTC−8).
 * Excel serials are converted in UTC, where no zone can move them.
 */
import { addDays as addDaysFns, differenceInCalendarDays, lastDayOfMonth } from 'date-fns';
import type { IsoDate } from './types';

/** Years a plan can plausibly name; outside them a "date" is a typo or a mis-read number. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

function toLocal(d: IsoDate): Date {
  return new Date(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
}

/**
 * The local calendar date as "yyyy-MM-dd", exactly as date-fns format(d, 'yyyy-MM-dd') writes it
 * (year 0 and before as the era year, 1 − y; an invalid Date throws the same RangeError), without
 * its token parser, which cost more than the rest of a task's date handling on large sheets.
 */
function fromLocal(d: Date): IsoDate {
  if (Number.isNaN(d.getTime())) throw new RangeError('Invalid time value');
  const y = d.getFullYear();
  return `${pad(y > 0 ? y : 1 - y, 4)}-${pad(d.getMonth() + 1, 2)}-${pad(d.getDate(), 2)}`;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** The ISO date of y-m-d, or null when that day does not exist (31/2, month 13) or the year is out of range. */
export function isoDate(y: number, m: number, d: number): IsoDate | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1) return null;
  const date = new Date(y, m - 1, d);
  if (date.getMonth() !== m - 1 || date.getDate() !== d) return null;
  return fromLocal(date);
}

export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return !!m && isoDate(Number(m[1]), Number(m[2]), Number(m[3])) === s;
}

/** Today's calendar date where the user is. */
export function todayIso(): IsoDate {
  return fromLocal(new Date());
}

/**
 * An Excel date serial as an ISO date; the time of day is dropped. In the 1900 system serial 1
 * is 1/1/1900 and serial 60 is Lotus' phantom 29/2/1900 (null here), so serials from 61 on count
 * from 30/12/1899 and earlier ones from 31/12/1899. In the 1904 system serial 0 is 1/1/1904.
 */
export function excelSerialToIso(serial: number, date1904 = false): IsoDate | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  let ms: number;
  if (date1904) {
    if (whole < 0) return null;
    ms = Date.UTC(1904, 0, 1) + whole * 86400000;
  } else {
    if (whole < 1 || whole === 60) return null;
    ms = Date.UTC(1899, 11, whole < 60 ? 31 : 30) + whole * 86400000;
  }
  if (ms > Date.UTC(MAX_YEAR + 1, 0, 1)) return null;
  const d = new Date(ms);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** The Excel serial (1900 system) of an ISO date: the inverse of excelSerialToIso from 1/3/1900 on. */
export function isoToExcelSerial(d: IsoDate): number {
  const utc = Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((utc - Date.UTC(1899, 11, 30)) / 86400000);
}

/** Which calendar parts a date number format shows, or null when it is not a date format. */
export function dateFormatParts(numberFormat: string | null | undefined): { day: boolean; month: boolean; year: boolean } | null {
  if (!numberFormat) return null;
  // The first section is the one positive numbers use; drop literals, brackets ([$-42A], [Red],
  // [h]), escapes (\d), padding (_x) and fills (*x), which could hide or fake a d/m/y code.
  const section = numberFormat.split(';')[0];
  const bare = section
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/[\\_*]./g, '')
    .toLowerCase();
  if (bare.trim() === 'general' || bare.includes('@')) return null;
  const day = bare.includes('d');
  const year = bare.includes('y');
  // "m" is a month unless it sits with hours or seconds ("h:mm", "mm:ss", "[h]:mm").
  const time = /[hs]/.test(bare) || /\[(?:h+|m+|s+)\]/i.test(section);
  const month = /m/.test(bare) && !time;
  if (!day && !year && !month) return null;
  return { day, month: month || (day && year), year };
}

/** True for number formats that show a date: "dd/mm/yyyy", "m/d/yy", "[$-42A]d mmmm yyyy"; not "0.00", "General", "[h]:mm". */
export function isDateFormat(numberFormat: string | null | undefined): boolean {
  return dateFormatParts(numberFormat) !== null;
}

export function endOfMonth(y: number, m: number): IsoDate {
  return fromLocal(lastDayOfMonth(new Date(y, m - 1, 1)));
}

export function endOfQuarter(y: number, q: number): IsoDate {
  return endOfMonth(y, q * 3);
}

// Every task asks the same few questions (as-of + 14 days, as-of − due) of the same few dates:
// remember the answers; the key space is small, the bound only guards against odd callers.
const ADD_DAYS = new Map<string, IsoDate>();
const DIFF_DAYS = new Map<string, number>();

function remember<V>(memo: Map<string, V>, key: string, compute: () => V): V {
  let v = memo.get(key);
  if (v === undefined) {
    if (memo.size >= 10_000) memo.clear();
    memo.set(key, (v = compute()));
  }
  return v;
}

export function addDays(d: IsoDate, n: number): IsoDate {
  return remember(ADD_DAYS, `${d}|${n}`, () => fromLocal(addDaysFns(toLocal(d), n)));
}

/** a − b in calendar days. */
export function diffDays(a: IsoDate, b: IsoDate): number {
  return remember(DIFF_DAYS, `${a}|${b}`, () => differenceInCalendarDays(toLocal(a), toLocal(b)));
}

/** "2023-12-31" → "31/12/2023", as Vietnamese documents write it. */
export function formatViDate(d: IsoDate): string {
  return `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
}

export function yearOf(d: IsoDate): number {
  return Number(d.slice(0, 4));
}

export function monthOf(d: IsoDate): number {
  return Number(d.slice(5, 7));
}

/**
 * A date the user types in the pane, day first: "16/10/2023", "16-10-2023", "16.10.2023", "1/7/23"
 * (two-digit years are 20xx) or ISO "2023-10-16". Null when it is not one existing day.
 */
export function parseDayFirst(text: string): IsoDate | null {
  const s = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2}|\d{4})$/.exec(s);
  if (!m) return null;
  const year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  return isoDate(year, Number(m[2]), Number(m[1]));
}
