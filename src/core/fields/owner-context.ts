/**
 * Who wrote the plan, and when. An owner cell's words do not name one body by themselves: which
 * body they name depends on the plan's writer (a commune, a district, a centrally-run city) and
 * its year (the two-tier system since 1/7/2025). ownerContext reads that from the plan's title
 * lines and year; owner.ts reads each cell against the result, and memoises per context object.
 * The central-city rules live here too, as the parse also applies them to a name with its city.
 */
import { LEVEL_WORDS } from '../agencies/directory';
import { agencyKey } from '../agencies/keys';
import { looseKey } from '../text/normalize';

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
export function context(twoTier: boolean, commune: boolean, centralCity: boolean, communeWord?: string): OwnerContext {
  const key = `${twoTier}${commune}${centralCity}${communeWord ?? ''}`;
  let ctx = contexts.get(key);
  if (!ctx) contexts.set(key, (ctx = Object.freeze({ twoTier, commune, centralCity, ...(communeWord ? { communeWord } : {}) })));
  return ctx;
}
export const NO_CONTEXT = context(true, false, false);

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

/** The five cities run from the centre, and Huế since 2025: their "thành phố" is a province. */
const CENTRAL_CITIES = 'ha noi|ho chi minh|hcm|hai phong|da nang|can tho|hue';
const CENTRAL_CITY = new RegExp(`^(?:${CENTRAL_CITIES})$`);
const CENTRAL_CITY_NAMED = new RegExp(`(?:^| )thanh pho (${CENTRAL_CITIES})(?: |$)`);
/** "Thanh tra thành phố Hà Nội" read as one name: the city after its level word. */
export const CENTRAL_CITY_AFTER = new RegExp(` (?:${CENTRAL_CITIES})$`);
const CITY_LEVEL = /^\s(?:[tT]hành phố|TP\.?)$/;

/** "UBND THÀNH PHỐ HÀ NỘI", "TP.HCM" in an agency key; Huế only in a plan of 2025 on (or unknown year). */
export function namesCentralCity(key: string, current: boolean): boolean {
  const city = CENTRAL_CITY_NAMED.exec(key)?.[1];
  return city !== undefined && (current || city !== 'hue');
}

/** "thành phố Lào Cai": a city inside a province, not one run from the centre. */
export function isCityOfProvince(place: string, level: string): boolean {
  return CITY_LEVEL.test(level) && !CENTRAL_CITY.test(looseKey(place.slice(level.length)));
}
