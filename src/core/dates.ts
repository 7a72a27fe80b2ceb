/**
 * Calendar dates as ISO "YYYY-MM-DD" strings. Arithmetic goes through date-fns on local
 * midnight Dates built from year/month/day and is read back with local getters, so a date
 * never shifts with the machine's time zone.
 */
import { addDays as addDaysFns, differenceInCalendarDays, format, isValid, lastDayOfMonth } from 'date-fns';
import type { IsoDate } from './types';

function toLocal(d: IsoDate): Date {
  return new Date(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
}

function fromLocal(d: Date): IsoDate {
  return format(d, 'yyyy-MM-dd');
}

/** The ISO date of y-m-d, or null when that day does not exist (31/2, month 13). */
export function isoDate(y: number, m: number, d: number): IsoDate | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return null;
  const date = new Date(y, m - 1, d);
  if (!isValid(date) || date.getMonth() !== m - 1 || date.getDate() !== d) return null;
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
 * An Excel date serial (days since 1899-12-30, Lotus' phantom 29/2/1900 included) as an ISO
 * date; the time of day is dropped. Computed in UTC so no zone can move it.
 */
export function excelSerialToIso(serial: number, date1904 = false): IsoDate | null {
  if (!Number.isFinite(serial)) return null;
  const days = Math.floor(serial) + (date1904 ? 1462 : 0);
  if (days < 1 || days > 2958465) return null;
  const ms = Date.UTC(1899, 11, 30) + days * 86400000;
  const d = new Date(ms);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** The Excel serial of an ISO date (inverse of excelSerialToIso). */
export function isoToExcelSerial(d: IsoDate): number {
  return Math.round((Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) - Date.UTC(1899, 11, 30)) / 86400000);
}

/** True for number formats that show a date (d, m, y codes outside quotes and brackets). */
export function isDateFormat(numberFormat: string | null | undefined): boolean {
  if (!numberFormat || numberFormat === 'General' || numberFormat === '@') return false;
  const bare = numberFormat.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '').replace(/\\./g, '');
  if (!/[dy]/i.test(bare)) return false;
  return /d|y/i.test(bare) && !/^[#0.,%\s]*$/.test(bare);
}

export function endOfMonth(y: number, m: number): IsoDate {
  return fromLocal(lastDayOfMonth(new Date(y, m - 1, 1)));
}

export function endOfQuarter(y: number, q: number): IsoDate {
  return endOfMonth(y, q * 3);
}

export function addDays(d: IsoDate, n: number): IsoDate {
  return fromLocal(addDaysFns(toLocal(d), n));
}

/** a − b in calendar days. */
export function diffDays(a: IsoDate, b: IsoDate): number {
  return differenceInCalendarDays(toLocal(a), toLocal(b));
}

/** "2023-12-31" → "31/12/2023", as Vietnamese documents write it. */
export function formatViDate(d: IsoDate): string {
  return `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
}

export function yearOf(d: IsoDate): number {
  return Number(d.slice(0, 4));
}
