/**
 * The agency directory and its longest-match scan. Owner cells are never split blindly on ","
 * or "và" (they occur inside names: "Sở Văn hóa, Thể thao và Du lịch"); instead the longest
 * known name is taken at each position and what is left over is reported.
 */
import { AGENCIES_CSV } from '../../data/agencies';
import type { AgencyEntry } from '../types';
import { agencyKey, tokens } from './keys';

export interface AgencyMatch {
  canonical: string;
  /** Token positions in the scanned key. */
  start: number;
  end: number;
  successor: string | null;
  collective: boolean;
}

export interface ScanResult {
  matches: AgencyMatch[];
  /** Runs of tokens that matched nothing (as key text). */
  leftovers: string[];
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

export function buildDirectory(entries: readonly AgencyEntry[]): AgencyDirectory {
  const root: TrieNode = { next: new Map() };
  for (const entry of entries) {
    for (const name of [entry.canonical, ...entry.aliases]) {
      const key = agencyKey(name);
      if (!key) continue;
      let node = root;
      for (const t of tokens(key)) {
        let child = node.next.get(t);
        if (!child) node.next.set(t, (child = { next: new Map() }));
        node = child;
      }
      // The first entry to claim a name keeps it; user entries come first (see defaultDirectory).
      if (!node.entry) {
        node.entry = entry;
        node.collective = entry.collective === true || (COLLECTIVE.test(key) && !ONE_BOARD.test(key));
      }
    }
  }
  return { entries, scan: (text) => scan(root, tokens(agencyKey(text))) };
}

function scan(root: TrieNode, toks: string[]): ScanResult {
  const matches: AgencyMatch[] = [];
  const leftovers: string[] = [];
  let pending: string[] = [];
  let i = 0;
  while (i < toks.length) {
    let node: TrieNode | undefined = root;
    let best: { end: number; node: TrieNode } | null = null;
    for (let j = i; j < toks.length && node; j++) {
      node = node.next.get(toks[j]);
      if (node?.entry) best = { end: j + 1, node };
    }
    if (!best) {
      pending.push(toks[i++]);
      continue;
    }
    if (pending.length) leftovers.push(pending.join(' '));
    pending = [];
    const e = best.node.entry!;
    matches.push({ canonical: e.canonical, start: i, end: best.end, successor: e.successor ?? null, collective: best.node.collective ?? false });
    i = best.end;
  }
  if (pending.length) leftovers.push(pending.join(' '));
  return { matches, leftovers };
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
