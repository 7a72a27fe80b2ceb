/**
 * Legacy encodings at sheet level. The encoding is decided before the table is looked for and
 * the whole snapshot is converted, because header words ("Thôøi gian hoaøn thaønh", "Thêi gian
 * hoµn thµnh") are only recognised once they are Unicode.
 */
import type { SheetSnapshot } from '../types';
import { convertLegacy, detectLegacyEncoding, isLegacyText, type LegacyEncoding } from './legacy';

/** Rows and columns sampled: a title block and a header with enough task rows to judge by. */
const SAMPLE_ROWS = 200;
const SAMPLE_COLUMNS = 60;

export function sheetLegacyEncoding(snap: SheetSnapshot): LegacyEncoding | null {
  const texts: string[] = [];
  const fonts: (string | null)[] = [];
  for (let i = 0; i < Math.min(snap.values.length, SAMPLE_ROWS); i++) {
    const row = snap.values[i] ?? [];
    for (let j = 0; j < Math.min(row.length, SAMPLE_COLUMNS); j++) {
      const shown = snap.text?.[i]?.[j];
      const v = row[j];
      const t = shown || (typeof v === 'string' ? v : '');
      if (!t) continue;
      texts.push(t);
      // Fonts of empty cells say nothing about the text.
      const font = snap.fonts?.[i]?.[j];
      if (font) fonts.push(font);
    }
  }
  return detectLegacyEncoding(texts, fonts);
}

/** The snapshot with every stored and displayed string converted to Unicode (NFC). */
export function decodeSheet(snap: SheetSnapshot, enc: LegacyEncoding): SheetSnapshot {
  const decode = (s: string) => (isLegacyText(s, enc) ? convertLegacy(s, enc) : s);
  return {
    ...snap,
    values: snap.values.map((row) => row?.map((v) => (typeof v === 'string' ? decode(v) : v))),
    text: snap.text?.map((row) => row?.map((t) => (typeof t === 'string' ? decode(t) : t))),
  };
}
