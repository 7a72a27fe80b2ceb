/**
 * What a cell of the fake workbook holds and shows, as Excel would: a formula's result (the
 * fake evaluates the relative sums the add-in writes, "=RC[-3]+RC[-1]", nothing more) and a
 * number's text under its number format, with the decimal comma of a Vietnamese Excel.
 */
import { formatNumber } from '../../core/indices/format';
import type { CellValue } from '../../core/types';

type Lookup = (row: number, col: number) => CellValue;

const TERM = /^([+-]?)(?:R(?:\[(-?\d+)\])?C(?:\[(-?\d+)\])?|(\d+(?:\.\d+)?))/;

/** The value of "=RC[-2]+RC[-1]-R[-1]C…" at (row, col); an error for anything else, as Excel's #NAME?. */
export function evaluateR1C1(formula: string, row: number, col: number, lookup: Lookup): CellValue {
  let rest = formula.replace(/^=/, '').replace(/\s+/g, '');
  let sum = 0;
  while (rest) {
    const m = TERM.exec(rest);
    if (!m || (m[0] === '' && rest)) return { error: '#NAME?' };
    const sign = m[1] === '-' ? -1 : 1;
    let term: number;
    if (m[4] !== undefined) term = Number(m[4]);
    else {
      const v = lookup(row + Number(m[2] ?? 0), col + Number(m[3] ?? 0));
      if (v !== null && typeof v === 'object') return v;
      if (typeof v === 'string' && v.trim() !== '') return { error: '#VALUE!' };
      term = typeof v === 'number' ? v : 0;
    }
    sum += sign * term;
    rest = rest.slice(m[0].length);
  }
  return sum;
}

/** A number as Excel shows it under a format: sections by sign, quoted literals, fixed decimals. */
export function numberText(value: number, format: string): string {
  if (!format || format === 'General' || format === '@') return formatNumber(value, Math.min(9, (String(value).split('.')[1] ?? '').length));
  const sections = format.split(';');
  const section = value < 0 && sections[1] !== undefined ? sections[1] : value === 0 && sections[2] !== undefined ? sections[2] : sections[0];
  const abs = value < 0 && sections[1] !== undefined ? Math.abs(value) : value;
  const decimals = /0\.(0+)/.exec(section)?.[1].length ?? 0;
  const digits = formatNumber(abs, decimals);
  let placed = false;
  // Quoted parts are literal text; the first 0 / 0.00 outside quotes is where the number goes.
  return section
    .split(/("[^"]*")/)
    .map((part) => {
      if (part.startsWith('"')) return part.slice(1, -1);
      const out = placed ? part : part.replace(/0(?:\.0+)?/, () => ((placed = true), digits));
      return out.replace(/\\(.)/g, '$1');
    })
    .join('');
}
