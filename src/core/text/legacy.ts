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
/** A VNI pair or đ, or a one-character VNI letter Vietnamese never writes: ư (ö), ỉ (æ), ỵ (î). */
const VNI_ANY = new RegExp(`${VNI_HIT.source}|[ÖöÆæÎî]`);

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

const TCVN3_FONT = /^\.vn/i;
const VNI_FONT = /^vni[-\s]/i;

/** The font's family name, without the subset tag of an embedded font ("ABCDEF+.VnTime"). */
function fontFamily(font: string | null | undefined): string {
  return (font ?? '').replace(/^[A-Z]{6}\+/, '');
}

/**
 * A TCVN3 (ABC) capitals font: .VnTimeH, .VnArialH, … ABC has no codes for capitals with a tone,
 * so titles are typed in lower-case codes and the "H" font draws them as capitals. VNI has real
 * capitals (its fonts have no such twin), so only TCVN3 fonts count.
 */
export function isCapitalsFont(font: string | null | undefined): boolean {
  const family = fontFamily(font);
  return TCVN3_FONT.test(family) && /H$/.test(family);
}

/** The encoding a font was made for, by its family name. */
function fontEncoding(font: string | null | undefined): LegacyEncoding | null {
  const family = fontFamily(font);
  return TCVN3_FONT.test(family) ? 'tcvn3' : VNI_FONT.test(family) ? 'vni' : null;
}

/**
 * Latin-1 letters Unicode Vietnamese never writes (all but à á â ã è é ê ì í ò ó ô õ ù ú ý and
 * their capitals, and Ð, a stand-in for Đ): "Phßng", "huyÖn", "Sôû". Text alone cannot trust
 * them (German "Größe", French "Noël"), but under a legacy font they show the text is legacy.
 */
const NOT_VIETNAMESE_LETTER = /[ÄÅÆÇËÎÏÑÖØÛÜÞßäåæçëîïñöøûüþÿ]/;

/**
 * Whether a text in a legacy font is shown to be legacy: a letter or sequence the encoding
 * writes and Unicode Vietnamese never does. A font alone proves nothing: Unicode cells keep
 * leftover .VnTime fonts, and "Tháng 6" or "STT" read the same either way.
 */
function isLegacyEvidence(t: string, kind: CellKind, enc: LegacyEncoding): boolean {
  return kind === enc || (kind !== 'unicode' && NOT_VIETNAMESE_LETTER.test(t));
}

/** The legacy encoding of a group of cells (a sheet, a column), or null; fonts[i], when known, is the font of texts[i]. */
export function detectLegacyEncoding(texts: readonly string[], fonts: readonly (string | null)[] = []): LegacyEncoding | null {
  const kinds = texts.map(cellKind);
  const counts = { unicode: 0, tcvn3: 0, vni: 0 };
  for (const kind of kinds) if (kind) counts[kind]++;
  // The font first, when it covers at least half of the texts (a legacy column pasted into a
  // Unicode sheet does not make the sheet legacy), at least one of its texts is shown to be
  // legacy, and its texts are not mostly Unicode (cells restyled, a template). Many legacy cells
  // read like Unicode ("Néi dung", "Thanh tra"), so the Unicode texts are weighed against every
  // text the font would convert.
  const inFont: Record<LegacyEncoding, number[]> = { tcvn3: [], vni: [] };
  texts.forEach((_, i) => {
    const enc = fontEncoding(fonts[i]);
    if (enc) inFont[enc].push(i);
  });
  const byFont: LegacyEncoding = inFont.vni.length > inFont.tcvn3.length ? 'vni' : 'tcvn3';
  const own = inFont[byFont];
  if (own.length > 0 && own.length * 2 >= texts.length) {
    if (!own.some((i) => isLegacyEvidence(texts[i], kinds[i], byFont))) return null;
    const unicode = own.filter((i) => kinds[i] === 'unicode').length;
    return unicode > own.filter((i) => isLegacyText(texts[i], byFont)).length * 2 ? null : byFont;
  }
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
