/**
 * What Excel would display for a cell, where that is cheap to know: dates day-first per their
 * format, numbers with a simple format's decimals. The engine mostly reads values; the text
 * feeds messages and the same paths Office.js' range.text feeds in the add-in.
 */
import { excelSerialToIso } from '../core/dates';
import type { CellValue } from '../core/types';

/** The number format without quoted literals, escapes, colours/conditions and the negative/zero parts. */
function bareFormat(fmt: string): string {
  return fmt.split(';')[0].replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '').replace(/[_*]./g, '');
}

function dateText(serial: number, fmt: string, date1904: boolean): string {
  const iso = excelSerialToIso(serial, date1904);
  if (!iso) return String(serial);
  const [y, m, d] = [iso.slice(0, 4), iso.slice(5, 7), iso.slice(8, 10)];
  const bare = bareFormat(fmt).toLowerCase();
  const hasDay = /d/.test(bare);
  const hasYear = /y/.test(bare);
  const hasTime = /h|s/.test(bare);
  const time = (): string => {
    const secs = Math.round((serial - Math.floor(serial)) * 86400);
    return `${String(Math.floor(secs / 3600) % 24).padStart(2, '0')}:${String(Math.floor(secs / 60) % 60).padStart(2, '0')}`;
  };
  if (hasTime && !hasDay && !hasYear) return time();
  const date = !hasDay && hasYear ? (/m/.test(bare.replace(/h+:?m+|m+:?s+/g, '')) ? `${m}/${y}` : y) : `${d}/${m}/${y}`;
  return hasTime ? `${date} ${time()}` : date;
}

function numberText(value: number, fmt: string): string {
  const bare = bareFormat(fmt).trim();
  const simple = /^([#,0]*)(?:\.(0+))?(%?)$/.exec(bare);
  if (fmt === 'General' || !simple || bare === '') return String(Number(value.toPrecision(15)));
  const decimals = simple[2]?.length ?? 0;
  const percent = simple[3] === '%';
  return (percent ? value * 100 : value).toFixed(decimals) + (percent ? '%' : '');
}

export function cellText(value: CellValue, fmt: string, isDate: boolean, date1904: boolean): string {
  if (value === null) return '';
  if (typeof value === 'object') return value.error;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  return isDate ? dateText(value, fmt, date1904) : numberText(value, fmt);
}
