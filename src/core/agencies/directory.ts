/**
 * The agency directory and its longest-match scan. Owner cells are never split blindly on ","
 * or "và" (they occur inside names: "Sở Văn hóa, Thể thao và Du lịch"); instead the longest
 * known name is taken at each position and what is left over is reported.
 */
import { AGENCIES_CSV, PROVINCES } from '../../data/agencies';
import type { AgencyEntry } from '../types';
import { agencyKey, tokens } from './keys';

export interface AgencyMatch {
  canonical: string;
  /** Token positions in the scanned key. */
  start: number;
  end: number;
  successor: string | null;
  collective: boolean;
  /** The entry's level ("province", "district", "commune", "national"), when the directory gives one. */
  level?: string;
}

export interface Leftover {
  /** The run of tokens that matched nothing, as key text. */
  key: string;
  start: number;
  end: number;
}

export interface ScanResult {
  matches: AgencyMatch[];
  leftovers: Leftover[];
  /** The scanned key's tokens, which the positions index. */
  tokens: string[];
}

export interface AgencyDirectory {
  readonly entries: readonly AgencyEntry[];
  scan(text: string): ScanResult;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entry?: AgencyEntry;
  collective?: boolean;
}

/**
 * Collective owners name a set of units ("Các sở, ngành", "UBND các xã"), not one accountable
 * unit. A management board of several zones is one unit: "Ban Quản lý các khu công nghệ cao và
 * khu công nghiệp" (Hà Nội, five owner cells).
 */
const COLLECTIVE = /(?:^| )cac( |$)/;
const ONE_BOARD = /^ban quan ly cac /;
/**
 * The level words of local government, as keys, and the levels they name. "thành phố" is a
 * province (Hà Nội) or a district (a city in a province).
 */
export const LEVEL_WORDS: Readonly<Record<string, readonly string[]>> = {
  'thi tran': ['commune'], 'dac khu': ['commune'], xa: ['commune'], phuong: ['commune'],
  'thi xa': ['district'], huyen: ['district'], quan: ['district'], 'thanh pho': ['province', 'district'], tinh: ['province'],
};
/**
 * After a body ("UBND", "Công an") a list of level words of one tier names a set: "UBND các xã,
 * thị trấn", "Công an xã, phường", "UBND xã, phường, đặc khu".
 */
const LEVELS_AT = byFirstToken(Object.keys(LEVEL_WORDS).map(tokens));
/** Province names as key tokens. */
const PROVINCES_AT = byFirstToken(PROVINCES.map((name) => tokens(agencyKey(name))));
/** A person's title before a body names the body: "Chủ tịch UBND tỉnh", "Thủ trưởng các sở, ngành". */
const TITLE = /(?:^| )(?:pho )?(?:thu truong|chu tich|giam doc|bo truong|truong|chanh|lanh dao|nguoi dung dau)$/;

/**
 * A commune-level body is the same body in a ward, a township or a special zone: "Công an phường",
 * "Văn phòng HĐND và UBND phường", "Trạm Y tế thị trấn" are the directory's "… xã".
 */
const COMMUNE_WORDS = ['phuong', 'thi tran', 'dac khu'];

function keysOf(entry: AgencyEntry): string[] {
  const keys = [entry.canonical, ...entry.aliases].map(agencyKey).filter(Boolean);
  if (entry.level !== 'commune') return keys;
  const other = keys.filter((k) => k.endsWith(' xa')).flatMap((k) => COMMUNE_WORDS.map((w) => `${k.slice(0, -2)}${w}`));
  return [...keys, ...other];
}

export function buildDirectory(entries: readonly AgencyEntry[]): AgencyDirectory {
  const root: TrieNode = { next: new Map() };
  for (const entry of entries) {
    for (const key of keysOf(entry)) {
      let node = root;
      for (const t of tokens(key)) {
        let child = node.next.get(t);
        if (!child) node.next.set(t, (child = { next: new Map() }));
        node = child;
      }
      // The first entry to claim a name keeps it; user entries come first (see defaultDirectory).
      if (!node.entry) {
        node.entry = entry;
        // A set's every spelling is a set: "Bộ, ngành, địa phương" for "Các bộ, ngành, địa phương".
        node.collective = entry.collective === true || isSet(key) || isSet(agencyKey(entry.canonical));
      }
    }
  }
  return { entries, scan: (text) => scan(root, tokens(agencyKey(text))) };
}

function isSet(key: string): boolean {
  return COLLECTIVE.test(key) && !ONE_BOARD.test(key);
}

function scan(root: TrieNode, toks: string[]): ScanResult {
  const matches: AgencyMatch[] = [];
  const leftovers: Leftover[] = [];
  let pending = 0;
  const flush = (end: number) => {
    if (end === pending) return;
    let key = toks.slice(pending, end).join(' ');
    // A title directly before a name is part of it; anywhere else it is left over.
    if (end < toks.length && TITLE.test(key)) {
      key = key.replace(TITLE, '');
      end = pending + tokens(key).length;
    }
    if (key) leftovers.push({ key, start: pending, end });
  };
  let i = 0;
  while (i < toks.length) {
    const best = longestAt(root, toks, i);
    if (!best) {
      i++;
      continue;
    }
    flush(i);
    matches.push({ canonical: best.entry.canonical, start: i, end: best.end, successor: best.entry.successor ?? null, collective: best.collective, level: best.entry.level });
    i = pending = best.end;
  }
  flush(toks.length);
  return { matches, leftovers, tokens: toks };
}

interface Found {
  end: number;
  entry: AgencyEntry;
  collective: boolean;
}

/**
 * The longest name at i: a directory name, a body followed by a set of levels (a collective), or a
 * body followed by a province ("Sở Nội vụ Lai Châu", "Công an Đồng Nai" = Công an tỉnh).
 */
function longestAt(root: TrieNode, toks: string[], i: number): Found | null {
  let best: Found | null = null;
  const take = (f: Found | null, orTie: boolean) => {
    if (f && (f.end > (best?.end ?? 0) || (orTie && f.end === best?.end))) best = f;
  };
  let node: TrieNode | undefined = root;
  for (let j = i; j < toks.length && node; j++) {
    node = node.next.get(toks[j]);
    if (!node) break;
    // On a tie the directory's own spelling wins: "UBND các tỉnh, thành phố" is "Các bộ, ngành, địa phương".
    if (node.entry) take({ end: j + 1, entry: node.entry, collective: node.collective ?? false }, true);
    // Only a body that is no name alone ("UBND", "Công an"): "Phòng Nội vụ các huyện" is the
    // office named for each district, read by the caller.
    else take(levelSet(node, toks, j + 1), false);
    const province = provinceAt(toks, j + 1);
    const named = node.entry ? node : node.next.get('tinh');
    if (province && named?.entry) take({ end: j + 1 + province, entry: named.entry, collective: named.collective ?? false }, false);
  }
  return best;
}

/** The number of tokens of the province name at k, or 0. */
function provinceAt(toks: string[], k: number): number {
  return sequenceAt(PROVINCES_AT, toks, k)?.length ?? 0;
}

/** Token sequences by their first token, to look for them at a position without trying each. */
function byFirstToken(sequences: string[][]): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const seq of sequences) map.set(seq[0], [...(map.get(seq[0]) ?? []), seq]);
  return map;
}

function sequenceAt(map: Map<string, string[][]>, toks: string[], k: number): string[] | undefined {
  return map.get(toks[k])?.find((seq) => seq.every((t, n) => toks[k + n] === t));
}

/**
 * "các xã, thị trấn", "xã, phường, đặc khu" after a body: the set of the body at those levels,
 * named by the first level the directory knows ("UBND các xã, phường" → Ủy ban nhân dân xã).
 * One level is a set only after "các"; a level written twice ends the list ("UBND thành phố,
 * Thành phố Hồ Chí Minh" once stripped of the names is two cities, not a set), and so does a
 * level of another tier: "Công an tỉnh, huyện" is the provincial police and the district's, each
 * one body (the caller reads the level word left over).
 */
function levelSet(body: TrieNode, toks: string[], at: number): Found | null {
  const all = toks[at] === 'cac';
  let k = all ? at + 1 : at;
  const seen: string[][] = [];
  let tiers: readonly string[] = ['province', 'district', 'commune'];
  let entry: AgencyEntry | undefined;
  for (;;) {
    const level = sequenceAt(LEVELS_AT, toks, k);
    if (!level || seen.includes(level)) break;
    const shared = tiers.filter((t) => LEVEL_WORDS[level.join(' ')].includes(t));
    if (shared.length === 0) break;
    tiers = shared;
    seen.push(level);
    let node: TrieNode | undefined = body;
    for (const t of level) node = node?.next.get(t);
    entry ??= node?.entry;
    k += level.length;
  }
  return entry && (seen.length > 1 || (all && seen.length === 1)) ? { end: k, entry, collective: true } : null;
}

/** CSV: canonical_name,level,aliases[,successor_2025]; aliases separated by "|". */
export function parseAgencyCsv(text: string): AgencyEntry[] {
  const rows = parseCsv(text.replace(/^\uFEFF/, ''));
  const body = rows.length && /canonical/i.test(rows[0][0] ?? '') ? rows.slice(1) : rows;
  return body
    .filter((r) => (r[0] ?? '').trim() !== '')
    .map((r) => ({
      canonical: r[0].trim(),
      level: (r[1] ?? '').trim() || undefined,
      aliases: (r[2] ?? '').split('|').map((a) => a.trim()).filter(Boolean),
      successor: (r[3] ?? '').trim() || null,
    }));
}

/** JSON: [{ canonical, aliases?, level?, successor? }]. Throws with a bilingual message when malformed. */
export function parseAgencyJson(text: string): AgencyEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error('Tệp danh mục đơn vị không phải JSON hợp lệ / The agency file is not valid JSON');
  }
  if (!Array.isArray(data)) throw new Error('Danh mục đơn vị phải là một mảng / The agency list must be an array');
  return data.map((item, i) => {
    const o = item as Record<string, unknown>;
    if (typeof o?.canonical !== 'string' || !o.canonical.trim()) {
      throw new Error(`Mục ${i + 1} thiếu "canonical" / Entry ${i + 1} has no "canonical" name`);
    }
    const aliases = Array.isArray(o.aliases) ? o.aliases.filter((a): a is string => typeof a === 'string') : [];
    return { canonical: o.canonical.trim(), aliases, level: typeof o.level === 'string' ? o.level : undefined, successor: typeof o.successor === 'string' ? o.successor : null };
  });
}

let bundled: AgencyEntry[] | null = null;
let bundledDirectory: AgencyDirectory | null = null;

/** The bundled directory, with the user's entries taking precedence over bundled names. */
export function defaultDirectory(extra: readonly AgencyEntry[] = []): AgencyDirectory {
  bundled ??= parseAgencyCsv(AGENCIES_CSV);
  if (extra.length === 0) return (bundledDirectory ??= buildDirectory(bundled));
  return buildDirectory([...extra, ...bundled]);
}

/** A small RFC 4180 reader: quoted fields, doubled quotes, CRLF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
