/**
 * Newer official results typed or pasted by a user (PAPI 2025 for the 34 provinces, a PAR INDEX
 * year…), as CSV or a sheet pasted as tab-separated text. Long form (year, province, level, score
 * [, rank, of]) or wide form (year, province, then one column per level: total, D1…). Everything
 * is validated before use: provinces known, one era per year, scores in range, no duplicates.
 */
import { parseViNumber } from '../numbers';
import { looseKey } from '../text/normalize';
import type { Geo, IndexDataset, IndexId, LevelDef, YearTable } from './model';
import { provinceKey } from './provinces';

export interface ImportIssue {
  line: number;
  severity: 'error' | 'warning';
  message: string;
  messageEn: string;
}

export interface ImportResult {
  tables: YearTable[];
  issues: ImportIssue[];
}

const HEAD = {
  year: /^(?:year|nam)$/,
  province: /^(?:province|tinh|tinh thanh pho|tinh thanh|dia phuong|unit|don vi)$/,
  level: /^(?:level|chi so|chi so noi dung|linh vuc|code|ma)$/,
  score: /^(?:score|value|diem|diem so)$/,
  index: /^(?:index|bo chi so)$/,
};

/** One CSV (or tab-separated) record; quoted fields may hold the separator and doubled quotes. */
export function splitLine(line: string, sep: string): string[] {
  if (sep === '\t') return line.split('\t').map((s) => s.trim());
  const out: string[] = [];
  let field = '', quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === sep) {
      out.push(field.trim());
      field = '';
    }
    else field += ch;
  }
  out.push(field.trim());
  return out;
}

/** The highest score a level can take: PAPI total 80 (8 dimensions), a dimension 10; the others 100. */
function rangeOf(index: IndexId, level: string): [number, number] {
  if (index === 'papi') return level === 'total' ? [6, 80] : [0, 10];
  if (index === 'pci') return level === 'total' ? [0, 100] : [0, 10];
  return [0, 100];
}

/** Level code as the dataset writes it: "Tổng" → total, "d1" → D1. */
function levelCode(raw: string): string {
  const k = looseKey(raw);
  if (/^(?:total|tong|tong diem|chi so tong hop|diem tong hop)$/.test(k)) return 'total';
  return raw.trim().toUpperCase().replace(/\s+/g, '');
}

/**
 * A score as written. parseViNumber reads "4.366" as four thousand (a Vietnamese thousands dot),
 * but no index score is in the thousands: when that reading is out of range and the decimal one
 * is in range, the dot was a decimal point (English-formatted published tables).
 */
function scoreOf(raw: string, lo: number, hi: number): number | null {
  const v = parseViNumber(raw);
  if (v !== null && (v < lo || v > hi) && /^\s*\d+\.\d{3}\s*$/.test(raw)) {
    const decimal = Number(raw.trim());
    if (decimal >= lo && decimal <= hi) return decimal;
  }
  return v;
}

export function parseImport(text: string, index: IndexId, geo: Geo): ImportResult {
  const issues: ImportIssue[] = [];
  const err = (line: number, vi: string, en: string) => issues.push({ line, severity: 'error', message: vi, messageEn: en });
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) return { tables: [], issues: [{ line: 1, severity: 'error', message: 'Tệp số liệu trống', messageEn: 'The data file is empty' }] };
  const sep = lines[first].includes('\t') ? '\t' : lines[first].split(';').length > lines[first].split(',').length ? ';' : ',';
  const head = splitLine(lines[first], sep).map(looseKey);
  const col = (re: RegExp) => head.findIndex((h) => re.test(h));
  const [cYear, cProv, cLevel, cScore, cIndex] = [col(HEAD.year), col(HEAD.province), col(HEAD.level), col(HEAD.score), col(HEAD.index)];
  if (cYear < 0 || cProv < 0) {
    err(first + 1, 'Thiếu cột “năm” hoặc “tỉnh” ở dòng tiêu đề', 'The header row needs a “year” and a “province” column');
    return { tables: [], issues };
  }
  const rank = col(/^(?:rank|hang|xep hang)$/), of = col(/^(?:of|tren|so tinh)$/);
  const long = cLevel >= 0 && cScore >= 0;
  const wideCols = long ? [] : head.map((h, i) => i).filter((i) => ![cYear, cProv, cIndex, rank, of].includes(i));
  if (!long && wideCols.length === 0) err(first + 1, 'Không có cột điểm (level/score hoặc các cột total, D1…)', 'No score columns (level/score, or columns total, D1…)');

  const byKey = new Map(geo.provinces.map((p) => [`${p.era}|${provinceKey(p.vi)}`, p]));
  const seen = new Map<string, number>();
  const years = new Map<number, { era: string; units: Map<string, Record<string, number>> }>();
  for (let i = first + 1; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    const f = splitLine(lines[i], sep);
    const line = i + 1;
    if (cIndex >= 0 && f[cIndex] && looseKey(f[cIndex]).replace(/\s/g, '') !== index && !(index === 'par' && /par/.test(looseKey(f[cIndex])))) continue;
    const year = Number(f[cYear]);
    if (!Number.isInteger(year) || year < 2005 || year > 2100) {
      err(line, `Năm không hợp lệ “${f[cYear] ?? ''}”`, `Invalid year “${f[cYear] ?? ''}”`);
      continue;
    }
    const key = provinceKey(f[cProv] ?? '');
    // From 2025 the 34 new provinces; a name that exists in both eras goes by the year.
    const era = year >= 2025 ? 'from2025' : 'to2025';
    const p = byKey.get(`${era}|${key}`) ?? byKey.get(`${era === 'to2025' ? 'from2025' : 'to2025'}|${key}`);
    if (!p) {
      err(line, `Không nhận ra tỉnh “${f[cProv] ?? ''}”`, `Unknown province “${f[cProv] ?? ''}”`);
      continue;
    }
    const y = years.get(year) ?? { era: p.era, units: new Map() };
    years.set(year, y);
    if (y.era !== p.era) {
      err(line, `Năm ${year} trộn tỉnh trước và sau sáp nhập 2025 (“${p.vi}”)`, `${year} mixes provinces from before and after the 2025 merger (“${p.vi}”)`);
      continue;
    }
    const cells: [string, string][] = long ? [[levelCode(f[cLevel] ?? ''), f[cScore] ?? '']] : wideCols.map((c) => [levelCode(splitLine(lines[first], sep)[c]), f[c] ?? '']);
    for (const [level, raw] of cells) {
      if (raw.trim() === '') continue;
      const [lo, hi] = rangeOf(index, level);
      const v = scoreOf(raw, lo, hi);
      if (v === null) {
        err(line, `Điểm không phải số: “${raw}” (${level})`, `Score is not a number: “${raw}” (${level})`);
        continue;
      }
      if (v < lo || v > hi) {
        err(line, `Điểm ${raw} của ${p.vi} (${level}) ngoài khoảng ${lo}–${hi}`, `Score ${raw} for ${p.vi} (${level}) is outside ${lo}–${hi}`);
        continue;
      }
      const dup = `${year}|${p.code}|${level}`;
      if (seen.has(dup)) {
        err(line, `Trùng số liệu ${p.vi} ${year} ${level} (đã có ở dòng ${seen.get(dup)})`, `Duplicate ${p.vi} ${year} ${level} (already on line ${seen.get(dup)})`);
        continue;
      }
      seen.set(dup, line);
      const u = y.units.get(p.code) ?? {};
      u[level] = v;
      y.units.set(p.code, u);
    }
  }

  const tables: YearTable[] = [];
  for (const [year, y] of [...years].sort((a, b) => a[0] - b[0])) {
    const all = geo.provinces.filter((p) => p.era === y.era).map((p) => p.code);
    if (y.units.size !== all.length) {
      issues.push({ line: 0, severity: 'warning', message: `Năm ${year}: có ${y.units.size}/${all.length} tỉnh; thứ hạng sẽ là hạng tính toán`, messageEn: `${year}: ${y.units.size} of ${all.length} provinces; ranks will be computed ranks` });
    }
    const levels = [...new Set([...y.units.values()].flatMap((u) => Object.keys(u)))].sort((a, b) => (a === 'total' ? -1 : b === 'total' ? 1 : a.localeCompare(b, 'en', { numeric: true })));
    const values: Record<string, (number | null)[]> = {};
    for (const l of levels) values[l] = all.map((code) => y.units.get(code)?.[l] ?? null);
    const defs: LevelDef[] = levels.map((code) => ({ code, parent: null, label: { vi: code, en: code }, max: index === 'papi' ? (code === 'total' ? 80 : 10) : index === 'pci' && code !== 'total' ? 10 : 100 }));
    tables.push({ year, units: all, levels: defs, values, imported: true, source: { vi: `${index.toUpperCase()} ${year}, số liệu do người dùng nhập`, en: `${index.toUpperCase()} ${year}, data imported by the user` } });
  }
  return { tables, issues };
}

/** The dataset with imported years added (or replacing the bundled year), labels taken from the bundled data. */
export function withImported(ds: IndexDataset, tables: YearTable[]): IndexDataset {
  const known = new Map<string, LevelDef>();
  for (const t of ds.tables.values()) for (const l of t.levels) known.set(l.code, l);
  const merged = new Map(ds.tables);
  for (const t of tables) merged.set(t.year, { ...t, levels: t.levels.map((l) => (known.has(l.code) ? { ...known.get(l.code)!, parent: null } : l)) });
  return { ...ds, tables: merged };
}
