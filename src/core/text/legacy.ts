/**
 * Legacy 8-bit Vietnamese text, as old sheets typed with legacy fonts arrive in Unicode readers:
 * TCVN3 (ABC, .VnTime fonts) "Thêi gian hoµn thµnh" and VNI Windows (VNI-Times fonts)
 * "Thôøi gian hoaøn thaønh" for "Thời gian hoàn thành". Detected from the font name first, the
 * characters second (never on genuine Unicode Vietnamese), and converted for reading only.
 */
import { TCVN3_TO_UNICODE } from './tcvn3-table';
import { VNI_TO_UNICODE } from './vni-table';

export type LegacyEncoding = 'tcvn3' | 'vni';

const TCVN3_MAP = new Map(TCVN3_TO_UNICODE);
const VNI_MAP = new Map(VNI_TO_UNICODE);
/** Every VNI sequence, the two-character ones first: "ôø" is ờ, not ơ followed by a stray ø. */
const VNI_SEQUENCE = new RegExp([...VNI_MAP.keys()].sort((a, b) => b.length - a.length).join('|'), 'g');

/**
 * A TCVN3 letter inside a word ("hoµn", "c¸c", "tr×", "chÝnh"; VNI writes none of these).
 * « » · § ß ø þ ¡ and the soft hyphen are also TCVN3 letters, but quotes, signs or letters in
 * French, German, Danish, Icelandic, Spanish or Catalan text, so they do not count; × (ì) and Ý
 * (í) count only after a lower-case letter and before the word ends ("%s×%s", "REGVÝR" do not).
 */
const TCVN3_IN_WORD = /[a-zA-Z][¸µ¶¹¨©ª¬®¢£¤¥¦÷¾½¼]|[¸µ¶¹¨©ª¬®¢£¤¥¦÷¾½¼][a-zA-Z]|[a-z][×Ý](?![^\s,.;:)a-z])/;
/**
 * Letters only Unicode Vietnamese has (ă, ơ, ư, đ and the precomposed tone letters); not â,
 * which VNI writes as the mark of ô ("oâ") and TCVN3 as õ.
 */
const UNICODE_VI = /[ăđơưĂĐƠƯ\u1ea0-\u1ef9]/;

/**
 * A VNI base letter and its mark, and VNI's đ. French and Spanish write some of these pairs too
 * ("où", "goût", "naïf", "aérien", "año"), so a cell needs a distinctive pair: a grave (ø), ngã
 * (õ) or circumflex/breve mark (â, ê) after a vowel, or a mark after ơ/ư (ô, ö); or đ (ñ, as in
 * Spanish) with another pair; or a frequent VNI word.
 */
const VNI_PAIRS = [...VNI_MAP.keys()].filter((k) => k.length === 2);
// No Vietnamese syllable has e after a grave-toned vowel; Danish has "øer", "øen" (islands).
const VNI_HIT = new RegExp(`${VNI_PAIRS.map((k) => (/[øØ]$/.test(k) ? `${k}(?![eE])` : k)).join('|')}|[ñÑ]`, 'g');
const VNI_DISTINCTIVE = /^(?:.[øØõÕâÂêÊ]|[ôöÔÖ].)$/;
/** Frequent VNI words: của, và, các, được, người, tỉnh, năm, Việt, thực, hiện. */
const VNI_WORDS = /(?<!\p{L})(?:cuûa|vaø|caùc|ñöôïc|ngöôøi|tænh|naêm|vieät|thöïc|hieän)(?!\p{L})/iu;

function isVniCell(t: string): boolean {
  const hits = t.match(VNI_HIT);
  if (!hits) return false;
  if (hits.some((h) => VNI_DISTINCTIVE.test(h))) return true;
  return (hits.some((h) => h.length === 1) && hits.some((h) => h.length === 2)) || VNI_WORDS.test(t);
}

const LATIN1 = /[\u00a0-\u00ff]/;
const VNI_ANY = new RegExp(VNI_HIT.source);

/**
 * Whether a cell of a legacy sheet is legacy text to convert. A sheet mixes both (a row typed
 * later in Unicode), and converting Unicode as VNI corrupts it ("Công" → "Cơng"): a cell with a
 * Unicode-only letter, or without the characters the encoding writes, is left as it is.
 */
export function isLegacyText(t: string, enc: LegacyEncoding): boolean {
  if (UNICODE_VI.test(t) || !LATIN1.test(t)) return false;
  return enc === 'tcvn3' || VNI_ANY.test(t);
}

type CellKind = 'unicode' | LegacyEncoding | null;

function cellKind(t: string): CellKind {
  if (t.length < 4) return null;
  if (UNICODE_VI.test(t)) return 'unicode';
  // Legacy text always has a Latin-1 character; most other cells (numbers, ASCII) stop here.
  if (!LATIN1.test(t)) return null;
  if (TCVN3_IN_WORD.test(t)) return 'tcvn3';
  return isVniCell(t) ? 'vni' : null;
}

export function detectLegacyEncoding(texts: readonly string[], fonts: readonly (string | null)[] = []): LegacyEncoding | null {
  const counts = { unicode: 0, tcvn3: 0, vni: 0 };
  for (const t of texts) {
    const kind = cellKind(t);
    if (kind) counts[kind]++;
  }
  // A legacy font over mostly Unicode text (cells restyled, a template) does not make it legacy.
  const families = new Set(fonts.filter((f): f is string => !!f).map((f) => f.replace(/^[A-Z]{6}\+/, '')));
  const byFont: LegacyEncoding | null = [...families].some((f) => /^\.vn/i.test(f))
    ? 'tcvn3'
    : [...families].some((f) => /^vni[-\s]/i.test(f)) ? 'vni' : null;
  const mostlyUnicode = (enc: LegacyEncoding) => counts.unicode >= 3 && counts.unicode > counts[enc] * 2;
  if (byFont) return mostlyUnicode(byFont) ? null : byFont;
  const best: LegacyEncoding = counts.vni > counts.tcvn3 ? 'vni' : 'tcvn3';
  return counts[best] >= 3 && counts[best] > counts.unicode * 2 ? best : null;
}

export function convertLegacy(text: string, enc: LegacyEncoding, opts: { upperCaseFont?: boolean } = {}): string {
  let out = '';
  if (enc === 'tcvn3') for (const ch of text) out += TCVN3_MAP.get(ch) ?? ch;
  else out = text.replace(VNI_SEQUENCE, (s) => VNI_MAP.get(s) ?? s);
  out = out.normalize('NFC');
  return opts.upperCaseFont ? out.toUpperCase() : out;
}
