/**
 * Progress cells of tracking sheets ("Tiến độ thực hiện", "Kết quả thực hiện", "Tình trạng"):
 * done, in progress, not started or unknown, with a percentage and a completion date if written.
 */
import { excelSerialToIso, isDateFormat, isoDate } from '../dates';
import { clean, stripDiacritics } from '../text/normalize';
import type { ProgressInfo } from '../types';
import { isErrorValue, type CellInput } from './cell-input';

const NOT_STARTED = /\b(?:chua\s+(?:thuc hien|trien khai|bat dau|lam|co)|khong thuc hien)/;
const NOT_DONE = /\bchua\s+(?:hoan thanh|xong|dat)/;
const DONE = /\b(?:da\s+)?(?:hoan thanh|xong)\b|\bda\s+(?:thuc hien|ban hanh|trien khai xong|to chuc|dat)\b|\bdat\s*100\s*%/;
const IN_PROGRESS = /\b(?:dang\s+(?:thuc hien|trien khai|xay dung|hoan thien|lam|tien hanh)|dang\b|tiep tuc)/;
const PERCENT = /(\d{1,3}(?:[.,]\d+)?)\s*%/;
const DATE = /(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d\d)/;

export function parseProgress(cell: CellInput, ctx: { planYear: number | null; date1904?: boolean }): ProgressInfo {
  const { value } = cell;
  if (isErrorValue(value)) return { text: value.error, state: 'unknown', percent: null };
  if (typeof value === 'number') return fromNumber(value, cell, ctx.date1904 ?? false);
  const text = clean(cell.text || (value === null ? '' : String(value)));
  if (!text) return { text, state: 'unknown', percent: null };
  const key = stripDiacritics(text).toLowerCase();
  const pm = PERCENT.exec(key);
  const percent = pm ? Math.min(100, Number(pm[1].replace(',', '.'))) : null;
  const doneOn = completionDate(key);

  if (NOT_STARTED.test(key) && !DONE.test(key.replace(NOT_DONE, ''))) return { text, state: 'not-started', percent: percent ?? 0 };
  if (NOT_DONE.test(key)) return { text, state: percent === 0 ? 'not-started' : 'in-progress', percent };
  if (percent !== null && percent >= 100) return { text, state: 'done', percent: 100, doneOn };
  if (DONE.test(key) && !IN_PROGRESS.test(key)) return { text, state: 'done', percent: percent ?? 100, doneOn };
  if (percent !== null) return { text, state: percent === 0 ? 'not-started' : 'in-progress', percent };
  if (IN_PROGRESS.test(key)) return { text, state: 'in-progress', percent: null };
  return { text, state: 'unknown', percent: null };
}

/** A number: a date (completed on), a fraction (0.8 = 80 %) or a percentage (80). */
function fromNumber(n: number, cell: CellInput, date1904: boolean): ProgressInfo {
  const text = clean(cell.text || String(n));
  if (isDateFormat(cell.numberFormat)) {
    const doneOn = excelSerialToIso(n, date1904);
    return { text, state: 'done', percent: 100, doneOn };
  }
  const percent = cell.numberFormat?.includes('%') || (n > 0 && n <= 1 && !Number.isInteger(n)) || n === 1 && /%/.test(text) ? n * 100 : n;
  if (percent < 0 || percent > 100) return { text, state: 'unknown', percent: null };
  const rounded = Math.round(percent * 10) / 10;
  return { text, state: rounded >= 100 ? 'done' : rounded === 0 ? 'not-started' : 'in-progress', percent: rounded };
}

function completionDate(key: string): string | null {
  const m = DATE.exec(key);
  return m ? isoDate(+m[3], +m[2], +m[1]) : null;
}
