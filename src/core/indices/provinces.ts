/**
 * Finding a province from what a user types: with or without diacritics, old or new (2025)
 * name, "tỉnh"/"thành phố" prefixes, "TP. HCM". A 2025 province stands for its predecessors:
 * the tables show each predecessor's own results side by side and never invent a merged figure.
 */
import { looseKey } from '../text/normalize';
import type { Geo, Province } from './model';

export interface ProvinceSelection {
  /** What the user picked. */
  province: Province;
  /** The pre-2025 provinces whose results are shown (the province itself, or its predecessors). */
  members: Province[];
}

const PREFIX = /^(?:tinh|thanh pho|tp|province|city)\s+/;
const ALIASES: Record<string, string> = { 'tp hcm': 'ho chi minh', hcm: 'ho chi minh', 'sai gon': 'ho chi minh', 'ho chi minh city': 'ho chi minh', hanoi: 'ha noi', hue: 'hue', 'ba ria vung tau': 'ba ria vung tau', brvt: 'ba ria vung tau' };

export function provinceKey(name: string): string {
  const k = looseKey(name).replace(PREFIX, '').replace(/\s+(?:province|city)$/, '');
  return ALIASES[k] ?? k;
}

function byKey(geo: Geo, key: string, era: Province['era']): Province | undefined {
  return geo.provinces.find((p) => p.era === era && (provinceKey(p.vi) === key || provinceKey(p.en) === key));
}

export function provinceByCode(geo: Geo, code: string): Province | undefined {
  return geo.provinces.find((p) => p.code === code);
}

/**
 * Resolve a typed name. A pre-2025 name wins unless `merged` asks for the 2025 province of that
 * name; a name that exists only from 2025 ("Huế") selects the 2025 province. Null when unknown.
 */
export function resolveProvince(geo: Geo, name: string, merged = false): ProvinceSelection | null {
  const key = provinceKey(name);
  if (!key) return null;
  const old = byKey(geo, key, 'to2025');
  const fresh = byKey(geo, key, 'from2025');
  if (old && !(merged && fresh)) return { province: old, members: [old] };
  if (!fresh) return null;
  const members = (fresh.predecessors ?? []).map((c) => provinceByCode(geo, c)).filter((p): p is Province => !!p);
  return { province: fresh, members };
}

/** Names users can pick from, for messages ("did you mean"): the closest by shared prefix. */
export function suggestProvinces(geo: Geo, name: string, limit = 3): string[] {
  const key = provinceKey(name);
  const score = (p: Province) => {
    const k = provinceKey(p.vi);
    let i = 0;
    while (i < k.length && i < key.length && k[i] === key[i]) i++;
    return i + (k.includes(key) || key.includes(k) ? 5 : 0);
  };
  return [...new Set(geo.provinces.filter((p) => score(p) > 1).sort((a, b) => score(b) - score(a)).map((p) => p.vi))].slice(0, limit);
}

/** Other pre-2025 provinces of the same socio-economic region (and sub-region, when there is one). */
export function regionalPeers(geo: Geo, member: Province): { region: Province[]; subregion: Province[] } {
  const old = geo.provinces.filter((p) => p.era === 'to2025' && p.code !== member.code);
  return {
    region: member.region ? old.filter((p) => p.region === member.region) : [],
    subregion: member.subregion ? old.filter((p) => p.subregion === member.subregion) : [],
  };
}

/** The 2025 province a pre-2025 province became part of. */
export function successorOf(geo: Geo, old: Province): Province | undefined {
  return old.successor ? geo.provinces.find((p) => p.era === 'from2025' && p.vi === old.successor) : undefined;
}

/**
 * The units to show for one year: the pre-2025 members for years of the 63 provinces; for a year
 * published for the 34 provinces of 2025, the 2025 province itself (its own, real figure).
 */
export function unitsForYear(geo: Geo, selection: ProvinceSelection, tableUnits: readonly string[] | undefined): Province[] {
  if (!tableUnits || !tableUnits.some((u) => u.startsWith('N'))) return selection.members;
  if (selection.province.era === 'from2025') return [selection.province];
  const out = selection.members.map((m) => successorOf(geo, m)).filter((p): p is Province => !!p);
  return [...new Map(out.map((p) => [p.code, p])).values()];
}
