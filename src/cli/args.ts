/**
 * Flag values shared by the CLI's commands. Each parser either returns a clean value or throws
 * UnusableInputError naming the flag and what it expects (exit code 2), never a stack trace.
 */
import { promises as fs } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { parseAgencyCsv, parseAgencyJson } from '../core/agencies/directory';
import { isIsoDate } from '../core/dates';
import type { Lang } from '../core/labels';
import { ROLES, type AgencyEntry, type ColumnMap, type Role } from '../core/types';
import { UnusableInputError } from './open-workbook';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs with its errors turned into one bilingual line. */
export function parseFlags<O extends Options>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options });
  } catch (e) {
    const why = (e instanceof Error ? e.message : String(e)).split('\n')[0];
    throw new UnusableInputError(`Tham số không hợp lệ (xem phuluc --help)`, why);
  }
}

export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T, flag: string): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UnusableInputError(`${flag} phải là ${allowed.join(' | ')}, không phải “${value}”`, `${flag} must be ${allowed.join(' | ')}, not “${value}”`);
  }
  return value as T;
}

export const langArg = (value: string | undefined): Lang => oneOf(value, ['vi', 'en'] as const, 'vi', '--lang');

export function isoDateArg(value: string, flag = '--as-of'): string {
  if (!isIsoDate(value)) {
    throw new UnusableInputError(`${flag} phải là ngày dạng YYYY-MM-DD (ví dụ 2025-06-30), không phải “${value}”`, `${flag} must be a date YYYY-MM-DD (e.g. 2025-06-30), not “${value}”`);
  }
  return value;
}

export function daysArg(value: string, flag = '--due-soon-days'): number {
  const n = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n > 366) {
    throw new UnusableInputError(`${flag} phải là số ngày từ 0 đến 366, không phải “${value}”`, `${flag} must be a whole number of days, 0–366, not “${value}”`);
  }
  return n;
}

/** "owner=E,deadline=G,target=none" → role → column letter (null removes the role). */
export function columnsArg(value: string): Partial<ColumnMap> {
  const out: Partial<ColumnMap> = {};
  const parts = value.split(',').map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0) throw new UnusableInputError('--columns trống (ví dụ owner=E,deadline=G)', 'empty --columns (e.g. owner=E,deadline=G)');
  for (const part of parts) {
    const [role, col] = part.split('=').map((x) => x.trim());
    if (!ROLES.includes(role as Role) || !/^([A-Za-z]{1,3}|none)$/.test(col ?? '')) {
      throw new UnusableInputError(
        `--columns không hợp lệ: “${part}” (ví dụ owner=E,deadline=G; vai trò: ${ROLES.join(', ')})`,
        `bad --columns entry “${part}” (e.g. owner=E,deadline=G; roles: ${ROLES.join(', ')})`,
      );
    }
    out[role as Role] = col === 'none' ? null : col.toUpperCase();
  }
  return out;
}

/** The user's own agency names, from a CSV (canonical_name,level,aliases,…) or JSON file. */
export async function agenciesArg(file: string): Promise<AgencyEntry[]> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    throw new UnusableInputError(`Không đọc được danh mục đơn vị “${file}”`, `Cannot read the agency file “${file}”`);
  }
  try {
    return file.toLowerCase().endsWith('.json') ? parseAgencyJson(text) : parseAgencyCsv(text);
  } catch (e) {
    const why = (e instanceof Error ? e.message : String(e)).split('\n')[0];
    throw new UnusableInputError(`Danh mục đơn vị “${file}” không hợp lệ: ${why}`, `Invalid agency file “${file}”: ${why}`);
  }
}
