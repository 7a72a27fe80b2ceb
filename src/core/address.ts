/** A1 addresses: 1-based row and column numbers to and from "B12". */

/** Letters of columns already asked for: every finding and field cell names its column. */
const LETTERS: string[] = [];

export function columnLetter(col: number): string {
  if (Number.isInteger(col) && col > 0 && col <= 16384) return (LETTERS[col] ??= lettersOf(col));
  return lettersOf(col);
}

function lettersOf(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) return NaN;
    n = n * 26 + (c - 64);
  }
  return n;
}

export function a1(row: number, col: number): string {
  return columnLetter(col) + String(row);
}

/** "B12" → { row: 12, col: 2 }; null when it is not a single-cell A1 address. */
export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.replace(/^.*!/, ''));
  if (!m) return null;
  return { row: Number(m[2]), col: columnNumber(m[1]) };
}

/** "A5:K12" (or "A5" for one cell) from 1-based corners. */
export function rangeA1(top: number, left: number, bottom: number, right: number): string {
  const a = a1(top, left);
  const b = a1(bottom, right);
  return a === b ? a : `${a}:${b}`;
}

/**
 * "'Bảng 1'!$A$5:$K$12" (as Excel gives a name's value or a range's address) → the sheet and the
 * rectangle; null for "#REF!" and anything else that is not one rectangle on one sheet.
 */
export function parseSheetRange(address: string): { sheet: string; top: number; left: number; bottom: number; right: number } | null {
  const m = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Za-z]{1,3}\$?\d+)(?::(\$?[A-Za-z]{1,3}\$?\d+))?$/.exec(address.trim());
  if (!m) return null;
  const p = parseA1(m[3]);
  const q = parseA1(m[4] ?? m[3]);
  if (!p || !q) return null;
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}
