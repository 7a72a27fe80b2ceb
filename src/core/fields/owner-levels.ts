/**
 * A name's level as the plan means it: the level word written after a name ("Công an tỉnh",
 * "Hội Phụ nữ xã"), a district body read at the plan's own level, the directory's body at a
 * level, and a commune-tier name as the cell writes it ("Công an phường"). owner.ts reads the
 * pieces; these decide whose body each name is.
 */
import { LEVEL_WORDS, type AgencyDirectory, type AgencyMatch, type Leftover } from '../agencies/directory';
import { agencyKey } from '../agencies/keys';
import { CENTRAL_CITY_AFTER, type OwnerContext } from './owner-context';

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

/**
 * A commune-tier name as the cell names its level: "Công an phường" is the directory's "Công an
 * xã" in a ward, and a ward's plan names its bare "Công an" so too. written: the key words of the
 * name as written; a set of several levels ("các xã, phường") keeps the directory's name.
 */
export function asWritten(m: AgencyMatch, written: string, plan: OwnerContext): string {
  if (m.level !== 'commune' || !COMMUNE_IN_NAME.test(m.canonical)) return m.canonical;
  const tail = COMMUNE_TAIL.exec(written)?.[1];
  const words = new Set([...(tail ?? '').matchAll(COMMUNE_WORD)].map((w) => w[1]));
  const word = tail ? (words.size === 1 ? [...words][0] : null) : plan.communeWord;
  return word ? m.canonical.replace(COMMUNE_IN_NAME, COMMUNE_SPELLING[word]) : m.canonical;
}

/** Names longer than this are not tried as a commune's bare body name. */
const LONGEST_BODY = 12;

/**
 * "Công an, Trạm Y tế" in a commune's plan: the directory knows these bodies only with a level,
 * and here they are the commune's own. The leftover's words in order: each commune body found
 * (the longest first), and each run of words between them as key text.
 */
export function communeBodies(key: string, dir: AgencyDirectory): (AgencyMatch | string)[] {
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

/** "Công an tỉnh", "Thanh tra thành phố": the name ends with a word of its own level. */
export function writesItsLevel(m: AgencyMatch, toks: string[]): boolean {
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
export function atPlanLevel(m: AgencyMatch, toks: string[], plan: OwnerContext, dir: AgencyDirectory): AgencyMatch {
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
export function otherLevel(m: AgencyMatch, leftovers: Leftover[], toks: string[], dir: AgencyDirectory): { left: Leftover; set: boolean; body: AgencyMatch | null } | null {
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
