import type { CellValue } from '../types';

/** One cell as the field parsers see it: raw value, displayed text and number format. */
export interface CellInput {
  value: CellValue;
  text: string;
  numberFormat?: string | null;
}

export function isErrorValue(v: CellValue): v is { error: string } {
  return typeof v === 'object' && v !== null && 'error' in v;
}
