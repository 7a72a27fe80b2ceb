/**
 * Recurring deadlines ("Hằng năm", "Tháng 12 hằng năm", "Hằng quý", "Định kỳ 6 tháng",
 * "Ngày 10 hằng tháng"): the occurrence that falls in the as-of period, so a yearly task can
 * still be overdue this year while never being overdue "as a whole".
 */
import { endOfMonth, endOfQuarter, isoDate, monthOf, yearOf } from '../dates';
import type { IsoDate } from '../types';
import { findDated } from './deadline-patterns';

/** Where a recurrence word sits in a key, and its unit. */
export interface Recurrence {
  index: number;
  unit: 'year' | 'half' | 'quarter' | 'month' | 'frequent' | 'unspecified';
}

// Not before a year: "đổi mới năm 2025" is not "mỗi năm".
const UNIT = /\b(?:hang|moi|dinh ky(?:\s+hang)?)\s+(nam|quy|thang|tuan|ngay)\b(?!\s*(?:19|20)\d\d)/;
const HALF_YEARLY = /\b(?:(?:dinh ky|moi|hang)\s*(?:6|06|sau)\s*thang|(?:6|06|sau)\s*thang\s*(?:mot lan|\/\s*lan))\b/;
const BARE_PERIODIC = /\bdinh ky\b/;
const UNITS: Record<string, Recurrence['unit']> = { nam: 'year', quy: 'quarter', thang: 'month', tuan: 'frequent', ngay: 'frequent' };

/** The first recurrence word in a key, or null. */
export function findRecurrence(key: string): Recurrence | null {
  const half = HALF_YEARLY.exec(key);
  const unit = UNIT.exec(key);
  if (half && (!unit || half.index <= unit.index)) return { index: half.index, unit: 'half' };
  if (unit) return { index: unit.index, unit: UNITS[unit[1]] };
  const bare = BARE_PERIODIC.exec(key);
  return bare ? { index: bare.index, unit: 'unspecified' } : null;
}

export interface Occurrence {
  due: IsoDate | null;
  form: string;
  flags: string[];
}

/** The occurrence in the as-of year (or quarter, month, half) of a recurring deadline. */
export function occurrence(key: string, unit: Exclude<Recurrence['unit'], 'frequent'>, asOf: IsoDate): Occurrence {
  const y = yearOf(asOf);
  const m = monthOf(asOf);
  switch (unit) {
    case 'quarter':
      return { due: endOfQuarter(y, Math.ceil(m / 3)), form: 'recurring-quarterly', flags: [] };
    case 'month': {
      // "Trước ngày 10 hằng tháng": that day of the as-of month.
      const day = /\bngay\s*(\d{1,2})\b/.exec(key);
      const due = day ? isoDate(y, m, +day[1]) : null;
      return { due: due ?? endOfMonth(y, m), form: 'recurring-monthly', flags: [] };
    }
    case 'half':
      return { due: m <= 6 ? isoDate(y, 6, 30) : isoDate(y, 12, 31), form: 'recurring-half-yearly', flags: [] };
    default: {
      // "Tháng 12 hằng năm", "Quý IV hằng năm", "15/12 hằng năm": the named period of the as-of year;
      // of several ("15/6 và 15/12 hằng năm", "Quý II và IV hằng năm"), the first not yet passed,
      // else the year's last (late, as "Tháng 6 hằng năm" is after June).
      const named = findDated(key, y).flatMap((d) => (!d.invalid && d.due && d.flags.includes('no-year') ? [d.due] : [])).sort();
      const flags = unit === 'unspecified' ? ['ambiguous'] : [];
      return { due: named.find((d) => d >= asOf) ?? named[named.length - 1] ?? isoDate(y, 12, 31), form: 'recurring-yearly', flags };
    }
  }
}
