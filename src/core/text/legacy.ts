/**
 * Legacy TCVN3 (ABC) text, as old sheets typed with .VnTime fonts arrive in Unicode readers:
 * "Thêi gian hoµn thµnh" for "Thời gian hoàn thành". Detected from the font name first, the
 * characters second (never on genuine Unicode Vietnamese), and converted for reading only.
 * VNI text is recognised by its font but not converted yet.
 */
import { TCVN3_TO_UNICODE } from './tcvn3-table';

export type LegacyEncoding = 'tcvn3' | 'vni';

const TCVN3_MAP = new Map(TCVN3_TO_UNICODE);
/** Characters frequent in TCVN3 text and absent from Unicode Vietnamese. */
const TCVN3_MARKERS = /[¸µ¶·¹¨©ª«¬®¡¢£¤¥¦§ÌÐ×ÝÞß÷þ¾½¼»ø]|\u00ad(?=\p{L})/u;
/** Letters only Unicode Vietnamese has (ă, ơ, ư, đ and the precomposed tone letters). */
const UNICODE_VI = /[ăâđơưĂÂĐƠƯ\u1ea0-\u1ef9]/;

export function detectLegacyEncoding(texts: readonly string[], fonts: readonly (string | null)[] = []): LegacyEncoding | null {
  const families = new Set(fonts.filter((f): f is string => !!f).map((f) => f.replace(/^[A-Z]{6}\+/, '')));
  if ([...families].some((f) => /^\.vn/i.test(f))) return 'tcvn3';
  if ([...families].some((f) => /^vni[-\s]/i.test(f))) return 'vni';
  let legacy = 0;
  let unicode = 0;
  for (const t of texts) {
    if (t.length < 4) continue;
    if (UNICODE_VI.test(t)) unicode++;
    else if (TCVN3_MARKERS.test(t)) legacy++;
  }
  return legacy >= 3 && legacy > unicode * 2 ? 'tcvn3' : null;
}

export function convertLegacy(text: string, enc: LegacyEncoding, opts: { upperCaseFont?: boolean } = {}): string {
  if (enc !== 'tcvn3') return text;
  let out = '';
  for (const ch of text) out += TCVN3_MAP.get(ch) ?? ch;
  out = out.normalize('NFC');
  return opts.upperCaseFont ? out.toUpperCase() : out;
}
