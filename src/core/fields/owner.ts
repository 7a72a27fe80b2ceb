/**
 * Owner and partner cells: cut at role words ("(chủ trì)", "phối hợp với"), split on ";" and line
 * bullets, then the directory's longest match over each piece. Leftover words that are only
 * separators ("và", "các", "liên quan") or a place ("tỉnh Cao Bằng") are dropped, but not a level
 * word that is not the name's own ("Hội Phụ nữ xã"); the rest is reported as unknown, in the user's
 * own spelling. Who writes the plan, and when, decides some names' level (see OwnerContext).
 */
import { LEVEL_WORDS, type AgencyDirectory, type AgencyMatch, type Leftover } from '../agencies/directory';
import { agencyKey } from '../agencies/keys';
import { StringMemo } from '../memo';
import { clean, looseKey } from '../text/normalize';
import type { OwnerInfo } from '../types';

export interface OwnerParse extends OwnerInfo {
  renamed: { name: string; successor: string }[];
  /**
   * Names the cell itself marks as co-operating, not leading: "Sở Nội vụ (chủ trì), Sở Tư pháp",
   * "… chủ trì, phối hợp với …". Sets among them are partners only, not collective leads.
   */
  partners?: string[];
}

const PIECES = /[;\n\r]+/;
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
/** Level words left over after a name ("Hội Phụ nữ xã", "Đoàn Thanh niên các xã", "huyện, thị xã"). */
const LEVEL_WORD = new RegExp(Object.keys(LEVEL_WORDS).join('|'), 'g');
const LEVEL_LIST = new RegExp(`^(cac )?((?:(?:${LEVEL_WORD.source})(?: |$))+)$`);
/** The level word a name is written with ("Công an tỉnh", "Thanh tra thành phố"), as a key. */
const WRITTEN_LEVEL = new RegExp(`(?:^| )(${LEVEL_WORD.source})$`);
/** How the directory writes each level in its names ("Hội Nông dân huyện", "Công an xã"). */
const LEVEL_NAME: Record<string, string> = { province: 'tinh', district: 'huyen', commune: 'xa' };
const TRAILING_LEVEL = / (?:tinh|huyen|xa)$/;
/** The commune-tier words a name ends with ("Công an phường", "UBND các xã, phường"), as keys. */
const COMMUNE_WORD = /(?:^| )(xa|phuong|thi tran|dac khu)(?= |$)/g;
const COMMUNE_TAIL = /(?:^| )((?:(?:xa|phuong|thi tran|dac khu)(?: |$))+)$/;
/** How each is written in a name, and where the directory's commune names write "xã". */
const COMMUNE_SPELLING: Record<string, string> = { xa: 'xã', phuong: 'phường', 'thi tran': 'thị trấn', 'dac khu': 'đặc khu' };
const COMMUNE_IN_NAME = /(?<= |\()xã(?=\)?$)/u;
/** "Văn phòng Đăng ký đất đai tỉnh - Chi nhánh khu vực Hà Giang": a branch of the name before the dash. */
const BRANCH = /\s[-–]\s*(chi nhánh\s.+)$/iu;
/** "Văn phòng Sở Nội vụ": the office of the department after it. */
const OFFICE_OF = 'van phong so';
/** "Các Sở: Nội vụ, Tư pháp" / "Sở Nội vụ, Tư pháp": the body word a shortened list shares. */
const LIST_HEAD = /^(?:các\s+)?(sở|bộ|phòng|ban|hội)\s*:\s*/iu;
const BODY_WORD = /^(sở|bộ|phòng|ban|hội)\s/iu;

/** One memo per directory: a user's extra entries change what a text means. */
const memos = new WeakMap<AgencyDirectory, Map<OwnerContext, StringMemo<OwnerParse>>>();

/**
 * What the plan's title says about its owners (see ownerContext). The same words name different
 * bodies by who writes the plan and when: "Phòng Kinh tế" is a district's office before 1/7/2025
 * and a commune's after; "Thanh tra thành phố" is Hà Nội's inspectorate, or a city's in a province.
 */
export interface OwnerContext {
  /**
   * A plan of 2025 on, or of unknown year (read as current, as the 2025 rename hints are), and not
   * a district's (a district's plan is of the old structure whatever its year).
   */
  readonly twoTier: boolean;
  /** Written by a commune or ward of the two-tier system ("UBND XÃ TÂN PHÚ"). */
  readonly commune: boolean;
  /** Of a centrally-run city ("UBND THÀNH PHỐ HÀ NỘI"): its "thành phố" is the province. */
  readonly centralCity: boolean;
  /**
   * How the commune writing the plan names its level, as a key ("xa", "phuong", "dac khu"); absent
   * when only the cell's names make the plan a commune's. Its bare names ("Hội Phụ nữ", "Công an")
   * are its own bodies, named as it names itself: a ward's are "… phường".
   */
  readonly communeWord?: string;
}

/** One object per combination, so that the memo can key on it. */
const contexts = new Map<string, OwnerContext>();
function context(twoTier: boolean, commune: boolean, centralCity: boolean, communeWord?: string): OwnerContext {
  const key = `${twoTier}${commune}${centralCity}${communeWord ?? ''}`;
  let ctx = contexts.get(key);
  if (!ctx) contexts.set(key, (ctx = Object.freeze({ twoTier, commune, centralCity, ...(communeWord ? { communeWord } : {}) })));
  return ctx;
}
const NO_CONTEXT = context(true, false, false);

/** "UBND XÃ …", "ỦY BAN NHÂN DÂN PHƯỜNG …", "UBND HUYỆN …": the level of the plan's writer. */
const WRITER = /(?:^| )(?:uy ban nhan dan|hoi dong nhan dan) (xa|phuong|dac khu|huyen|quan|thi xa)(?: |$)/;

/** The owners' context from the plan's title lines and year. */
export function ownerContext(titles: readonly string[], planYear: number | null): OwnerContext {
  const current = planYear === null || planYear >= 2025;
  const keys = titles.map(agencyKey);
  const word = keys.map((k) => WRITER.exec(k)?.[1]).find((w) => w !== undefined);
  const writer = word ? LEVEL_WORDS[word][0] : null;
  const commune = current && writer === 'commune';
  return context(current && writer !== 'district', commune, keys.some((k) => namesCentralCity(k, current)), commune ? word : undefined);
}

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

/** The five cities run from the centre, and Huế since 2025: their "thành phố" is a province. */
const CENTRAL_CITIES = 'ha noi|ho chi minh|hcm|hai phong|da nang|can tho|hue';
const CENTRAL_CITY = new RegExp(`^(?:${CENTRAL_CITIES})$`);
const CENTRAL_CITY_NAMED = new RegExp(`(?:^| )thanh pho (${CENTRAL_CITIES})(?: |$)`);
/** "Thanh tra thành phố Hà Nội" read as one name: the city after its level word. */
const CENTRAL_CITY_AFTER = new RegExp(` (?:${CENTRAL_CITIES})$`);
const CITY_LEVEL = /^\s(?:[tT]hành phố|TP\.?)$/;

/** "UBND THÀNH PHỐ HÀ NỘI", "TP.HCM" in an agency key; Huế only in a plan of 2025 on (or unknown year). */
function namesCentralCity(key: string, current: boolean): boolean {
  const city = CENTRAL_CITY_NAMED.exec(key)?.[1];
  return city !== undefined && (current || city !== 'hue');
}

/** "thành phố Lào Cai": a city inside a province, not one run from the centre. */
function isCityOfProvince(place: string, level: string): boolean {
  return CITY_LEVEL.test(level) && !CENTRAL_CITY.test(looseKey(place.slice(level.length)));
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
  const plan = !ctx.centralCity && namesCentralCity(agencyKey(whole), ctx.twoTier) ? context(ctx.twoTier, ctx.commune, true) : ctx;
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
 * A commune-tier name as the cell names its level: "Công an phường" is the directory's "Công an
 * xã" in a ward, and a ward's plan names its bare "Công an" so too. written: the key words of the
 * name as written; a set of several levels ("các xã, phường") keeps the directory's name.
 */
function asWritten(m: AgencyMatch, written: string, plan: OwnerContext): string {
  if (m.level !== 'commune' || !COMMUNE_IN_NAME.test(m.canonical)) return m.canonical;
  const tail = COMMUNE_TAIL.exec(written)?.[1];
  const words = new Set([...(tail ?? '').matchAll(COMMUNE_WORD)].map((w) => w[1]));
  const word = tail ? (words.size === 1 ? [...words][0] : null) : plan.communeWord;
  return word ? m.canonical.replace(COMMUNE_IN_NAME, COMMUNE_SPELLING[word]) : m.canonical;
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

/** Names longer than this are not tried as a commune's bare body name. */
const LONGEST_BODY = 12;

/**
 * "Công an, Trạm Y tế" in a commune's plan: the directory knows these bodies only with a level,
 * and here they are the commune's own. The leftover's words in order: each commune body found
 * (the longest first), and each run of words between them as key text.
 */
function communeBodies(key: string, dir: AgencyDirectory): (AgencyMatch | string)[] {
  const toks = key.split(' ');
  const out: (AgencyMatch | string)[] = [];
  let rest: string[] = [];
  for (let i = 0; i < toks.length; ) {
    let end = Math.min(toks.length, i + LONGEST_BODY);
    let body = bodyAt([toks.slice(i, end).join(' ')], 'commune', dir);
    while (!body && --end > i) body = bodyAt([toks.slice(i, end).join(' ')], 'commune', dir);
    if (!body) {
      rest.push(toks[i++]);
      continue;
    }
    if (rest.length) out.push(rest.join(' '));
    out.push(body);
    rest = [];
    i = end;
  }
  if (rest.length) out.push(rest.join(' '));
  return out;
}

/** The 2025 rename or merger of a body named in the cell, once. */
function hint(out: OwnerParse, m: AgencyMatch): void {
  if (m.successor && !out.renamed.some((r) => r.name === m.canonical)) out.renamed.push({ name: m.canonical, successor: m.successor });
}

/** "Công an tỉnh", "Thanh tra thành phố": the name ends with a word of its own level. */
function writesItsLevel(m: AgencyMatch, toks: string[]): boolean {
  const word = WRITTEN_LEVEL.exec(toks.slice(m.start, m.end).join(' '))?.[1];
  return word !== undefined && m.level !== undefined && LEVEL_WORDS[word].includes(m.level);
}

/**
 * A district body as this plan means it. In a commune's plan of 2025 on, a name without a level
 * ("Phòng Kinh tế", "VP HĐND và UBND") is the commune's own office: the commune has them since
 * 1/7/2025, and no district is left. So is a provincial name without a level ("Hội Phụ nữ") when
 * the plan's title says a commune writes it (the cell's names alone do not). In a centrally-run city's plan "thành phố" is the province
 * ("Thanh tra thành phố" is the city's inspectorate). Otherwise, or when the directory has no
 * such body at that level ("Phòng Tư pháp"), the body as read.
 */
function atPlanLevel(m: AgencyMatch, toks: string[], plan: OwnerContext, dir: AgencyDirectory): AgencyMatch {
  const district = m.level === 'district';
  if (m.collective || !(district || (m.level === 'province' && plan.communeWord))) return m;
  const written = toks.slice(m.start, m.end).join(' ').replace(CENTRAL_CITY_AFTER, '');
  const word = WRITTEN_LEVEL.exec(written)?.[1];
  const level = district && word === 'thanh pho' && plan.centralCity ? 'province' : word === undefined && plan.commune ? 'commune' : null;
  const body = level ? bodyAt([word ? written.slice(0, -word.length).trim() : written], level, dir) : null;
  return body ? { ...m, canonical: body.canonical, successor: body.successor, level: body.level } : m;
}

/**
 * Level words right after a name that are not its level ("Hội Phụ nữ xã", "Đoàn Thanh niên các
 * xã" after the provincial entries' short aliases): dropped as a place, they would make a commune's
 * body the province's. Returns them with the directory's body at that level, if it has one.
 */
function otherLevel(m: AgencyMatch, leftovers: Leftover[], toks: string[], dir: AgencyDirectory): { left: Leftover; set: boolean; body: AgencyMatch | null } | null {
  if (m.collective || !m.level) return null;
  const left = leftovers.find((l) => l.start === m.end);
  const list = left && LEVEL_LIST.exec(left.key);
  if (!left || !list) return null;
  const words = list[2].match(LEVEL_WORD) ?? [];
  const levels = words.flatMap((w) => LEVEL_WORDS[w]);
  if (levels.includes(m.level)) return null;
  const stems = [toks.slice(m.start, m.end).join(' '), agencyKey(m.canonical).replace(TRAILING_LEVEL, '')];
  for (const level of levels) {
    const body = bodyAt(stems, level, dir);
    if (body) return { left, set: Boolean(list[1]) || words.length > 1, body };
  }
  return { left, set: false, body: null };
}

/** The directory's one body a name has at a level: "Hội Phụ nữ" at the commune's is "Hội Liên hiệp Phụ nữ xã". */
function bodyAt(stems: string[], level: string, dir: AgencyDirectory): AgencyMatch | null {
  for (const stem of stems) {
    const found = dir.scan(`${stem} ${LEVEL_NAME[level] ?? ''}`);
    const [one] = found.matches;
    if (found.matches.length === 1 && found.leftovers.length === 0 && !one.collective && one.level === level) return one;
  }
  return null;
}

function add(list: string[], name: string): void {
  if (!list.includes(name)) list.push(name);
}

/**
 * "Các Sở: Nội vụ, Tư pháp", "Sở Tài chính, Xây dựng": a list that writes the body word once.
 * A short name becomes the body's name only when that is one directory name ("Sở Tư pháp");
 * otherwise the piece stays as written ("Sở Văn hóa, Thể thao và Du lịch" is one name).
 */
function shortNames(piece: string, dir: AgencyDirectory): string {
  const head = LIST_HEAD.exec(piece);
  let body = head?.[1] ?? null;
  let changed = false;
  const items = piece.slice(head?.[0].length ?? 0).split(',').map((item) => {
    const own = BODY_WORD.exec(item.trim());
    if (own) body = own[1];
    if (own || !body || isOneName(item, dir)) return item;
    // "Tư pháp và Tài chính" after "Sở Nội vụ": two short names.
    for (const names of [[item], item.split(/\svà\s/)]) {
      const full = names.map((n) => `${body} ${n.trim()}`);
      if (full.every((n) => isOneName(n, dir))) {
        changed = true;
        return ` ${full.join(', ')}`;
      }
    }
    return item;
  });
  return changed ? items.join(',').trim() : piece;
}

function isOneName(text: string, dir: AgencyDirectory): boolean {
  const { matches, leftovers } = dir.scan(text);
  return matches.length === 1 && leftovers.length === 0 && !matches[0].collective;
}

type Role = 'lead' | 'partner' | 'addressee';

/**
 * Role words inside the owner cell (§3.2): "(chủ trì)", "(phối hợp)" after names; "Chủ trì:",
 * "phối hợp với …" before them; "Sở Nội vụ tham mưu UBND tỉnh" (the drafter leads; the body it
 * drafts for is no owner). Without a role word a cell is all leads, as before.
 */
const ROLE_WORD = /\(\s*(chủ trì|phối hợp|tham mưu)[^()]*\)|(?<!\p{L})((?:cơ quan|đơn vị)\s+)?(chủ trì|phối hợp|tham mưu)(?:\s+(với|cùng|cho))?(?:\s+thực hiện)?(\s*:)?(?!\p{L})/giu;
const ROLE_OF: Record<string, Role> = { 'chu tri': 'lead', 'phoi hop': 'partner', 'tham muu': 'lead' };
const HAS_TEXT = /\p{L}/u;
/**
 * A role word right after these is part of a name or a description, not a mark: "Hội đồng phối
 * hợp phổ biến, giáo dục pháp luật", "Tổ công tác phối hợp liên ngành", "Ban Tham mưu", and after
 * "Cơ quan" ("Các cơ quan chủ trì soạn thảo") unless a label: "Cơ quan chủ trì: Sở Nội vụ".
 */
const NAME_HEAD = /(?<!\p{L})(?:[hH]ội đồng|Tổ(?:\s+công tác)?|Ban)\s+$/u;
/** "Cơ quan chủ trì: …", "Cơ quan chủ trì Sở Nội vụ": after "cơ quan", a label names who comes next. */
const LABEL_END = /^(?:\s*:|\s+\p{Lu})/u;
/** "các sở, ngành" in "Sở Nội vụ và các sở, ngành phối hợp": the set a closing partner word marks. */
const SET_START = /(?<!\p{L})các\s/giu;

interface RolePart {
  text: string;
  role: Role | null;
}

/** The cell cut at its role words, each part with the role they give it. */
function roleParts(text: string): { text: string; role: Role }[] {
  const parts: RolePart[] = [];
  let at = 0;
  let carried: Role | null = null;
  for (const m of text.matchAll(ROLE_WORD)) {
    const [, paren, label, word, joined, colon] = m;
    const before = text.slice(at, m.index);
    const after = text.slice(m.index + m[0].length);
    const role = ROLE_OF[looseKey(paren ?? word)];
    const bare = !paren && !joined && !colon;
    // "Sở Nội vụ và các sở, ngành phối hợp": the word closes the set before it, not its whole piece.
    const named = text.slice(at, m.index + (label?.length ?? 0));
    const set = bare && role === 'partner' && !/^\s*\p{L}/u.test(after) ? setStart(named) : -1;
    if (set >= 0) {
      pushPart(parts, named.slice(0, set), carried, null);
      pushPart(parts, named.slice(set), null, role);
      carried = null;
      at = m.index + m[0].length;
      continue;
    }
    // Part of a name or a description ("Hội đồng phối hợp …", "Các cơ quan chủ trì soạn thảo").
    if (!paren && !colon && ((label && !LABEL_END.test(text.slice(m.index + label.length + word.length))) || NAME_HEAD.test(before))) continue;
    let back: Role | null = null;
    let next: Role | null = null;
    if (paren) back = role;
    else if (looseKey(word) === 'tham muu' && !colon) [back, next] = [HAS_TEXT.test(before) ? 'lead' : null, 'addressee'];
    else if (!bare) next = role;
    // Bare: "Sở Nội vụ chủ trì, …" closes its name; "…, phối hợp Sở Tư pháp" opens the next.
    else if (role === 'partner' ? !/^\s*\p{L}/u.test(after) : HAS_TEXT.test(before)) back = role;
    else next = role;
    pushPart(parts, before, carried, back);
    carried = next;
    at = m.index + m[0].length;
  }
  pushPart(parts, text.slice(at), carried, null);
  // A cell that marks a lead makes its unmarked names partners; otherwise they lead.
  const unmarked: Role = parts.some((p) => p.role === 'lead') ? 'partner' : 'lead';
  return parts.map((p) => ({ text: p.text, role: p.role ?? unmarked }));
}

/**
 * A role after names reaches back to the start of their piece; the earlier pieces keep the role
 * before. The body a unit drafts for ends with its piece: "… tham mưu UBND tỉnh; Sở Tư pháp".
 */
function pushPart(parts: RolePart[], text: string, carried: Role | null, back: Role | null): void {
  const end = carried === 'addressee' ? text.search(PIECES) : -1;
  if (end >= 0) {
    parts.push({ text: text.slice(0, end), role: carried });
    return pushPart(parts, text.slice(end), null, back);
  }
  const cut = back ? Math.max(...[';', '\n', '\r'].map((c) => text.lastIndexOf(c))) + 1 : text.length;
  if (HAS_TEXT.test(text.slice(0, cut))) parts.push({ text: text.slice(0, cut), role: carried });
  if (HAS_TEXT.test(text.slice(cut))) parts.push({ text: text.slice(cut), role: back });
}

/** Where the last set of the last piece starts ("các …"), when names come before it in that piece; else -1. */
function setStart(text: string): number {
  const piece = Math.max(...[';', '\n', '\r'].map((c) => text.lastIndexOf(c))) + 1;
  const last = [...text.slice(piece).matchAll(SET_START)].pop();
  if (!last || !HAS_TEXT.test(text.slice(piece, piece + last.index))) return -1;
  return piece + last.index;
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
