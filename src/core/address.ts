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
