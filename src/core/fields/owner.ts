/**
 * Owner and partner cells: split on ";" and line bullets, then the directory's longest match over
 * each piece. Leftover words that are only separators ("và", "các", "liên quan") or a place
 * ("tỉnh Cao Bằng") are dropped; the rest is reported as unknown, in the user's own spelling.
 */
import type { AgencyDirectory } from '../agencies/directory';
import { agencyKey } from '../agencies/keys';
import { StringMemo } from '../memo';
import { clean } from '../text/normalize';
import type { OwnerInfo } from '../types';

export interface OwnerParse extends OwnerInfo {
  renamed: { name: string; successor: string }[];
}

const PIECES = /[;\n\r]+/;
const BULLET = /^\s*[-+•*–]\s*/;
const QUALIFIER = /\((?:[^()]*)\)/g;
/**
 * "Sở Nội vụ tỉnh Cao Bằng", "UBND thành phố Hà Giang": the place name after the level word, at
 * the end or before a separator ("UBND thành phố Hà Nội, Thành phố Hồ Chí Minh và UBND các tỉnh,
 * thành phố khác" — NQ 03 PL II, six owner cells).
 */
const PLACE_NAME = /(\s(?:[tT]ỉnh|[tT]hành phố|TP\.?|[hH]uyện|[tT]hị xã|[qQ]uận))\s+(?:\p{Lu}{2,4}|\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,2})(?=\s*(?:[,;.]|\svà\s|$))/gu;
/** "Các doanh nghiệp viễn thông", "Các cơ quan báo chí": an open set the directory cannot list. */
const OPEN_SET = /^cac /;
const FILLER = /^(?:va|cac|khac|cung|lien quan|co lien quan|tren dia ban|dia ban|theo chuc nang|nhiem vu|duoc giao|theo|quy dinh|chu tri|phoi hop|voi|lam dau moi|thuc hien|[0-9]+|\s)+$/;
const PLACE = /^(?:tinh|thanh pho|tp|huyen|thi xa|quan|xa|phuong|thi tran)(?: \w+){0,3}$/;
const PLACE_SET = /^cac (?:(?:tinh|thanh pho|tp|huyen|thi xa|quan|xa|phuong|thi tran|dac khu|dia phuong)(?: |$))+$/;

/** One memo per directory: a user's extra entries change what a text means. */
const memos = new WeakMap<AgencyDirectory, StringMemo<OwnerParse>>();

export function parseOwners(text: string, dir: AgencyDirectory): OwnerParse {
  return copyOwner(readOwners(text, dir));
}

/**
 * The memoised parse itself, shared by every cell with this text: for callers that only read it
 * (validate() copies what it puts in the report), saving a copy per owner and partner cell.
 */
export function readOwners(text: string, dir: AgencyDirectory): Readonly<OwnerParse> {
  let memo = memos.get(dir);
  if (!memo) memos.set(dir, (memo = new StringMemo((t) => computeOwners(t, dir))));
  return memo.get(text);
}

/** A fresh copy of a memoised parse, so that a caller changing its lists cannot change the memo. */
function copyOwner(o: OwnerParse): OwnerParse {
  const out: OwnerParse = { text: o.text, agencies: [...o.agencies], unknown: [...o.unknown], renamed: o.renamed.map((r) => ({ ...r })) };
  if (o.collective) out.collective = [...o.collective];
  return out;
}

function computeOwners(text: string, dir: AgencyDirectory): OwnerParse {
  const cleaned = clean(text);
  const out: OwnerParse = { text: cleaned, agencies: [], unknown: [], renamed: [] };
  const collective: string[] = [];
  for (const raw of cleaned.split(PIECES)) {
    const whole = raw.replace(BULLET, '').replace(QUALIFIER, ' ').replace(/[.,;:]+$/, '').trim();
    // Names that contain a place ("Đại học Quốc gia Thành phố Hồ Chí Minh") are read whole first.
    const piece = dir.scan(whole).leftovers.length === 0 ? whole : whole.replace(PLACE_NAME, '$1');
    if (!piece) continue;
    const { matches, leftovers } = dir.scan(piece);
    const byPlace = piece === whole ? null : namesByPlace(whole, dir);
    // "Phòng Nội vụ các huyện": the office of every district, a collective, not an office plus a set.
    // Only with one agency in the piece: in "Sở Tài chính, Phòng Tài chính - Kế hoạch các huyện"
    // the set belongs to the office beside it, and the Sở stays an owner.
    const perPlace = matches.length === 1 ? leftovers.find((l) => PLACE_SET.test(l)) : undefined;
    const places = perPlace ? ` ${originalSpelling(piece, perPlace)}` : '';
    for (const m of matches) {
      const list = m.collective || perPlace ? collective : out.agencies;
      const names = byPlace?.get(m.canonical) ?? [m.collective ? m.canonical : m.canonical + places];
      for (const name of names) if (!list.includes(name)) list.push(name);
      if (m.successor && !out.renamed.some((r) => r.name === m.canonical)) out.renamed.push({ name: m.canonical, successor: m.successor });
    }
    for (const left of leftovers) {
      if (left === perPlace || FILLER.test(left) || (matches.length > 0 && PLACE.test(left))) continue;
      const original = originalSpelling(piece, left);
      // A set of units is valid but not accountable: a collective, not an unknown name.
      const list = OPEN_SET.test(left) ? collective : out.unknown;
      if (!list.includes(original)) list.push(original);
    }
  }
  if (collective.length) out.collective = collective;
  return out;
}

/**
 * One agency named for two places: "UBND huyện Bát Xát, UBND huyện Sa Pa", "UBND thành phố Hà
 * Nội, UBND Thành phố Hồ Chí Minh". Without its place each is the same directory name, but they are
 * two bodies, and two owners: each is then named as written. Only the agencies named for two or
 * more places are returned; one place ("Sở Nội vụ tỉnh Cao Bằng") keeps the directory name.
 */
function namesByPlace(piece: string, dir: AgencyDirectory): Map<string, string[]> | null {
  const found = new Map<string, string[]>();
  for (const segment of piece.split(/,|\svà\s/)) {
    const written = segment.trim();
    const places = written.match(PLACE_NAME);
    if (!places || places.length !== 1) continue;
    const { matches } = dir.scan(written.replace(PLACE_NAME, '$1'));
    if (matches.length !== 1 || matches[0].collective) continue;
    const names = found.get(matches[0].canonical) ?? [];
    if (!names.includes(written)) names.push(written);
    found.set(matches[0].canonical, names);
  }
  for (const [canonical, names] of found) if (names.length < 2) found.delete(canonical);
  return found.size > 0 ? found : null;
}

/** The words of the piece whose keys spell the leftover key, as the user wrote them. */
function originalSpelling(piece: string, leftoverKey: string): string {
  const words = piece.split(/\s+/).filter(Boolean);
  const keys = words.map((w) => agencyKey(w));
  for (let i = 0; i < words.length; i++) {
    let acc = '';
    for (let j = i; j < words.length; j++) {
      acc = [acc, keys[j]].filter(Boolean).join(' ');
      if (acc === leftoverKey) return words.slice(i, j + 1).join(' ').replace(/^[,;.\s]+|[,;.\s]+$/g, '');
      if (acc.length > leftoverKey.length) break;
    }
  }
  return piece;
}
