/**
 * Owner and partner cells: cut at role words ("(chủ trì)", "phối hợp với"), split on ";" and line
 * bullets, then the directory's longest match over each piece. Leftover words that are only
 * separators ("và", "các", "liên quan") or a place ("tỉnh Cao Bằng") are dropped, but not a level
 * word that is not the name's own ("Hội Phụ nữ xã"); the rest is reported as unknown, in the user's
 * own spelling. Who writes the plan, and when, decides some names' level (see owner-context.ts).
 * Role words are cut in owner-roles.ts, a name's level is read in owner-levels.ts, and a list
 * that writes its body word once is expanded in owner-short-names.ts.
 */
import type { AgencyDirectory, AgencyMatch, Leftover } from '../agencies/directory';
import { agencyKey } from '../agencies/keys';
import { StringMemo } from '../memo';
import { clean } from '../text/normalize';
import type { OwnerInfo } from '../types';
import { context, isCityOfProvince, namesCentralCity, NO_CONTEXT, type OwnerContext } from './owner-context';
import { asWritten, atPlanLevel, communeBodies, otherLevel, writesItsLevel } from './owner-levels';
import { PIECES, roleParts } from './owner-roles';
import { shortNames } from './owner-short-names';

export { ownerContext, type OwnerContext } from './owner-context';

export interface OwnerParse extends OwnerInfo {
  renamed: { name: string; successor: string }[];
  /**
   * Names the cell itself marks as co-operating, not leading: "Sở Nội vụ (chủ trì), Sở Tư pháp",
   * "… chủ trì, phối hợp với …". Sets among them are partners only, not collective leads.
   */
  partners?: string[];
}

const BULLET = /^\s*[-+•*–]\s*/;
const QUALIFIER = /\((?:[^()]*)\)/g;
/** A place's name: up to three capitalised words, or two such names joined by a dash ("Bà Rịa - Vũng Tàu"). */
const NAME = String.raw`(?:\p{Lu}{2,4}|\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,2}(?:\s*[-–]\s*\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,2})?)`;
/**
 * "Sở Nội vụ tỉnh Cao Bằng", "UBND thành phố Hà Giang", "UBND xã Tân Phú": the place name after
 * the level word, at the end or before a separator ("UBND thành phố Hà Nội, Thành phố Hồ Chí Minh
 * và UBND các tỉnh, thành phố khác" — NQ 03 PL II, six owner cells). "xã" only in lower case:
 * "Xã Hội" ends ministry names. "khu vực" names a unit's area: "Chi cục Thuế khu vực Mộc Châu - Vân Hồ".
 */
const PLACE_NAME = new RegExp(String.raw`(\s(?:[tT]ỉnh|[tT]hành phố|TP\.?|[hH]uyện|[tT]hị xã|[qQ]uận|xã|[pP]hường|[tT]hị trấn|[đĐ]ặc khu|[kK]hu vực))\s+${NAME}(?=\s*(?:[,;.]|\svà\s|$))`, 'gu');
/** "Các doanh nghiệp viễn thông", "Các cơ quan báo chí": an open set the directory cannot list. */
const OPEN_SET = /^cac /;
/** "Các cơ quan chuyên môn thuộc UBND tỉnh": a set of the units of the body after it. */
const UNITS_OF = /^cac .* (?:truc )?thuoc$/;
/** "Các cơ quan, đơn vị, địa phương": more kinds of unit after a set are the same set. */
const SET_TAIL = /^(?:(?:dia phuong|don vi|co quan|nganh|doan the|to chuc|lien quan|co lien quan|khac|cac)(?: |$))+$/;
const FILLER = /^(?:va|cac|khac|cung|lien quan|co lien quan|tren dia ban|dia ban|theo chuc nang|nhiem vu|duoc giao|theo|quy dinh|chu tri|phoi hop|voi|lam dau moi|thuc hien|[0-9]+|\s)+$/;
/** A place left over, after a unit's number as a number alone is: "Thuế cơ sở 1 tỉnh (Tuyên Quang)". */
const PLACE = /^(?:[0-9]+ )?(?:tinh|thanh pho|tp|huyen|thi xa|quan|xa|phuong|thi tran|dac khu)(?: \w+){0,3}$/;
const PLACE_SET = /^cac (?:(?:tinh|thanh pho|tp|huyen|thi xa|quan|xa|phuong|thi tran|dac khu|dia phuong)(?: |$))+$/;
/** "Văn phòng Đăng ký đất đai tỉnh - Chi nhánh khu vực Hà Giang": a branch of the name before the dash. */
const BRANCH = /\s[-–]\s*(chi nhánh\s.+)$/iu;
/** "Văn phòng Sở Nội vụ": the office of the department after it. */
const OFFICE_OF = 'van phong so';

/** One memo per directory: a user's extra entries change what a text means. */
const memos = new WeakMap<AgencyDirectory, Map<OwnerContext, StringMemo<OwnerParse>>>();

/** A cell's owners; ctx from ownerContext (without one, the plan's writer and year are unknown). */
export function parseOwners(text: string, dir: AgencyDirectory, ctx: OwnerContext = NO_CONTEXT): OwnerParse {
  return copyOwner(readOwners(text, dir, ctx));
}

/**
 * The memoised parse itself, shared by every cell with this text: for callers that only read it
 * (validate() copies what it puts in the report), saving a copy per owner and partner cell.
 */
export function readOwners(text: string, dir: AgencyDirectory, ctx: OwnerContext = NO_CONTEXT): Readonly<OwnerParse> {
  let byCtx = memos.get(dir);
  if (!byCtx) memos.set(dir, (byCtx = new Map()));
  let memo = byCtx.get(ctx);
  if (!memo) byCtx.set(ctx, (memo = new StringMemo((t) => computeOwners(t, dir, ctx))));
  return memo.get(text);
}

/** A fresh copy of a memoised parse, so that a caller changing its lists cannot change the memo. */
function copyOwner(o: OwnerParse): OwnerParse {
  const out: OwnerParse = { text: o.text, agencies: [...o.agencies], unknown: [...o.unknown], renamed: o.renamed.map((r) => ({ ...r })) };
  if (o.collective) out.collective = [...o.collective];
  if (o.partners) out.partners = [...o.partners];
  return out;
}

/**
 * Where a piece's names go: leads into agencies (sets into collective), partners into partners. A
 * set the cell names as partners ("phối hợp với các sở, ngành") is not an owner: neither a lead
 * nor a collective lead, so it gives no owner.multiple or owner.collective warning.
 */
interface Sink {
  named: string[];
  sets: string[][];
  out: OwnerParse;
}

function computeOwners(text: string, dir: AgencyDirectory, ctx: OwnerContext): OwnerParse {
  const cleaned = clean(text);
  const out: OwnerParse = { text: cleaned, agencies: [], unknown: [], renamed: [] };
  // Since 1/7/2025 a commune's bodies beside a "Phòng" make it the commune's: no district is left.
  const plan = !ctx.commune && ctx.twoTier && namesCommuneBody(cleaned, dir) ? context(true, true, ctx.centralCity) : ctx;
  const collective: string[] = [];
  const partners: string[] = [];
  for (const part of roleParts(cleaned)) {
    if (part.role === 'addressee') continue;
    const sink: Sink = part.role === 'lead' ? { named: out.agencies, sets: [collective], out } : { named: partners, sets: [partners], out };
    for (const raw of part.text.split(PIECES)) readPiece(raw, dir, sink, plan);
  }
  if (collective.length) out.collective = collective;
  if (partners.length) out.partners = partners;
  return out;
}

function namesCommuneBody(text: string, dir: AgencyDirectory): boolean {
  return dir.scan(text).matches.some((m) => m.level === 'commune' && !m.collective);
}

/**
 * The piece without its place names, keeping their level: "Sở Nội vụ tỉnh Cao Bằng" → "Sở Nội vụ
 * tỉnh". A city inside a province ("UBND thành phố Lào Cai", a district-level body before 2025)
 * is not the provincial committee "UBND thành phố" alone names (Hà Nội's): it is read as a city
 * of the province ("thành phố thuộc tỉnh") where the directory then reads the whole piece; an
 * unknown name stays as the user wrote it.
 */
function withoutPlaces(whole: string, dir: AgencyDirectory): string {
  const plain = whole.replace(PLACE_NAME, '$1');
  const local = whole.replace(PLACE_NAME, (m: string, level: string) => (isCityOfProvince(m, level) ? ' thành phố thuộc tỉnh' : level));
  return local !== plain && dir.scan(local).leftovers.length === 0 ? local : plain;
}

function hasCityOfProvince(whole: string): boolean {
  for (const m of whole.matchAll(PLACE_NAME)) if (isCityOfProvince(m[0], m[1])) return true;
  return false;
}

function readPiece(raw: string, dir: AgencyDirectory, to: Sink, ctx: OwnerContext): void {
  const whole = raw.replace(BULLET, '').replace(QUALIFIER, ' ').replace(/^[.,;:\s]+|[.,;:\s]+$/g, '');
  if (readBranch(whole, dir, to)) return;
  // Names that contain a place ("Đại học Quốc gia Thành phố Hồ Chí Minh") are read whole first.
  const first = dir.scan(whole);
  const piece = first.leftovers.length === 0 && !hasCityOfProvince(whole) ? whole : shortNames(withoutPlaces(whole, dir), dir);
  if (!piece) return;
  const { matches, leftovers, tokens } = piece === whole ? first : dir.scan(piece);
  const byPlace = (whole.match(PLACE_NAME)?.length ?? 0) > 1 ? namesByPlace(whole, dir) : null;
  // "Phòng Nội vụ các huyện": the office of every district, a collective, not an office plus a set.
  // Only with one agency in the piece: in "Sở Tài chính, Phòng Tài chính - Kế hoạch các huyện"
  // the set belongs to the office beside it, and the Sở stays an owner. After a name with its own
  // level ("Công an tỉnh, các huyện") the set is another level's body: see otherLevel.
  const perPlace = matches.length === 1 && !writesItsLevel(matches[0], tokens) ? leftovers.find((l) => PLACE_SET.test(l.key)) : undefined;
  const places = perPlace ? ` ${originalSpelling(piece, perPlace.key)}` : '';
  const spent = new Set<Leftover>(perPlace ? [perPlace] : []);
  // "Thanh tra thành phố Hà Nội": the cell names the city its "thành phố" is.
  const plan = !ctx.centralCity && namesCentralCity(agencyKey(whole), ctx.twoTier) ? context(ctx.twoTier, ctx.commune, true, ctx.communeWord) : ctx;
  // asRead: the match before atPlanLevel, which namesByPlace keyed its written names on.
  // An unknown name as the user wrote it, with the place withoutPlaces took off.
  const unknown = (key: string) => add(to.out.unknown, withPlace(whole, originalSpelling(piece, key)));
  const place = (m: AgencyMatch, asRead: AgencyMatch): void => {
    const unitsOf = leftovers.find((l) => l.end === m.start && UNITS_OF.test(l.key));
    if (unitsOf) {
      // The body only says whose units: one set, named as written.
      spent.add(unitsOf);
      for (const list of to.sets) add(list, originalSpelling(piece, tokens.slice(unitsOf.start, m.end).join(' ')));
      return;
    }
    const tail = m.collective ? leftovers.find((l) => l.start === m.end && SET_TAIL.test(l.key)) : undefined;
    if (tail) spent.add(tail);
    const lists = m.collective || perPlace ? to.sets : [to.named];
    const own = asWritten(m, tokens.slice(m.start, m.end).join(' '), plan);
    const names = byPlace?.get(asRead.canonical) ?? [m.collective ? own : own + places];
    for (const list of lists) for (const name of names) add(list, name);
  };
  for (const found of matches) {
    const m = atPlanLevel(found, tokens, plan, dir);
    hint(to.out, m);
    const office = officeOf(m, leftovers, dir);
    if (office) {
      spent.add(office.left);
      add(to.named, office.name);
      continue;
    }
    const other = otherLevel(m, leftovers, tokens, dir);
    if (other) spent.add(other.left);
    // "Hội Phụ nữ xã" is no provincial body but the commune's; "Công an tỉnh, huyện" names both.
    if (!other || writesItsLevel(m, tokens)) place(m, found);
    if (!other) continue;
    if (!other.body) unknown(tokens.slice(m.start, other.left.end).join(' '));
    else {
      hint(to.out, other.body);
      for (const list of other.set ? to.sets : [to.named]) add(list, asWritten(other.body, other.left.key, plan));
    }
  }
  for (const left of leftovers) {
    if (spent.has(left) || FILLER.test(left.key) || (matches.length > 0 && PLACE.test(left.key))) continue;
    // A set of units is valid but not accountable: a collective, not an unknown name.
    if (OPEN_SET.test(left.key)) for (const list of to.sets) add(list, originalSpelling(piece, left.key));
    else if (plan.communeWord) for (const part of communeBodies(left.key, dir)) {
      if (typeof part !== 'string') add(to.named, asWritten(part, '', plan));
      else if (!FILLER.test(part)) unknown(part);
    }
    else unknown(left.key);
  }
}

/**
 * "Văn phòng Đăng ký đất đai tỉnh - Chi nhánh khu vực Hà Giang": a dash and "Chi nhánh" after
 * one name continue it, a branch of that body, named as the directory names the body and the
 * branch as written. Returns whether the piece was such a name.
 */
function readBranch(whole: string, dir: AgencyDirectory, to: Sink): boolean {
  const branch = BRANCH.exec(whole);
  if (!branch) return false;
  const { matches, leftovers } = dir.scan(withoutPlaces(whole.slice(0, branch.index), dir));
  if (matches.length !== 1 || matches[0].collective || leftovers.some((l) => !PLACE.test(l.key))) return false;
  hint(to.out, matches[0]);
  add(to.named, `${matches[0].canonical} - ${branch[1].trim()}`);
  return true;
}

/** "Văn phòng Sở" before a department's short name: that department's office ("Văn phòng Sở Nội vụ"). */
function officeOf(m: AgencyMatch, leftovers: Leftover[], dir: AgencyDirectory): { left: Leftover; name: string } | null {
  if (agencyKey(m.canonical) !== OFFICE_OF) return null;
  const left = leftovers.find((l) => l.start === m.end);
  if (!left) return null;
  const { matches, leftovers: rest } = dir.scan(`so ${left.key}`);
  return matches.length === 1 && rest.length === 0 && !matches[0].collective ? { left, name: `Văn phòng ${matches[0].canonical}` } : null;
}

/**
 * A name quoted as written: text with the place name withoutPlaces took off after its level word
 * ("Thuế cơ sở 1 tỉnh" → "Thuế cơ sở 1 tỉnh Tuyên Quang").
 */
function withPlace(whole: string, text: string): string {
  const at = whole.indexOf(text);
  if (at < 0) return text;
  const end = at + text.length;
  for (const m of whole.matchAll(PLACE_NAME)) if (m.index + m[1].length === end) return whole.slice(at, m.index + m[0].length);
  return text;
}

/** The 2025 rename or merger of a body named in the cell, once. */
function hint(out: OwnerParse, m: AgencyMatch): void {
  if (m.successor && !out.renamed.some((r) => r.name === m.canonical)) out.renamed.push({ name: m.canonical, successor: m.successor });
}

function add(list: string[], name: string): void {
  if (!list.includes(name)) list.push(name);
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
    const { matches } = dir.scan(withoutPlaces(written, dir));
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
