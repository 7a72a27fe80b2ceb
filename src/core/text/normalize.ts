/**
 * Vietnamese text keys for comparison. Users type loosely: NFD text pasted from the web,
 * old tone placement (hoà/hòa, uỷ/ủy), no diacritics at all, ALL CAPS, odd dashes and
 * footnote markers. Every comparison in the engine goes through one of these keys.
 */

const COMBINING = /[\u0300-\u036f]/g;
const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g;
const FOOTNOTE = /\[\s*\d+\s*\]|\(\s*\*+\s*\)|[\u00b9\u00b2\u00b3\u2070-\u2079]+|\*+$/g;

/** NFC, every kind of white space folded to one space, trimmed. */
export function clean(s: string): string {
  return s.normalize('NFC').replace(/\u00ad/g, '').replace(SPACES, ' ').trim();
}

/** Remove footnote markers: "Cơ quan chủ trì[1]", "Nguồn lực²", "Chỉ tiêu (*)". */
export function stripFootnotes(s: string): string {
  return s.replace(FOOTNOTE, '').trim();
}

/** Letters without diacritics: "Đơn vị chủ trì" → "Don vi chu tri". */
export function stripDiacritics(s: string): string {
  return s.normalize('NFD').replace(COMBINING, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

// Old tone placement (hoà, thuỷ) vs new (hòa, thủy). In NFD the tone is a combining mark
// after the base letter: "oà" = o a \u0300 → "òa" = o \u0300 a, only at the end of a syllable
// ("hoàn" is the same in both styles) and not after q ("quý").
const OLD_TONE = /(?<![qQ])([oOuU])([aAeEyY])([\u0300\u0301\u0303\u0309\u0323])(?![\p{L}\p{M}])/gu;

/**
 * Diacritic-sensitive key that ignores case, tone placement and spacing:
 * "Uỷ ban  nhân dân" and "ủy ban nhân dân" give the same key.
 */
export function toneKey(s: string): string {
  return clean(s).toLowerCase().normalize('NFD').replace(OLD_TONE, '$1$3$2').normalize('NFC');
}

/**
 * The loose key: lower case, no diacritics, đ → d, punctuation and dashes as spaces.
 * "CƠ QUAN CHỦ TRÌ[1]" → "co quan chu tri".
 */
export function looseKey(s: string): string {
  return stripDiacritics(stripFootnotes(clean(s)))
    .toLowerCase()
    .replace(/[&\-–—‐‑−,;:.()[\]{}"'“”‘’/\\|*_+!?…•·]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when the text differs from its NFC form (NFD text typed on a Mac or pasted from the web). */
export function isNotNfc(s: string): boolean {
  return s !== s.normalize('NFC');
}
