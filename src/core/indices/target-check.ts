/**
 * "Kiểm tra bảng mục tiêu": the arithmetic of a target table and its scores against the dataset.
 * score + increase = target, target ≤ maximum, sub-rows add up to their row, the rank "a/63" is
 * possible, and each score equals the dataset's for that province and year. A difference of one
 * in the last printed digit is rounding (info), never an error.
 */
import { a1, columnLetter } from '../address';
import { parseViNumber } from '../numbers';
import { Grid } from '../table/grid';
import { looseKey } from '../text/normalize';
import type { Finding, SheetSnapshot } from '../types';
import type { Geo, IndexDataset, IndexId } from './model';
import { provinceKey, resolveProvince } from './provinces';
import { levelsOf, rankAt, scoreAt } from './query';
import { roundTo } from './stats';
import { findTargetTables, type TargetRole, type TargetRow, type TargetTable } from './target-detect';

export type TargetField = 'criterion' | 'rank' | 'score' | 'max' | 'increase' | 'target' | 'table';
export interface TargetFinding extends Omit<Finding, 'field'> {
  field: TargetField;
}

export interface TargetContext {
  geo: Geo;
  datasets: Partial<Record<IndexId, IndexDataset>>;
  /** Province and year given by the user; otherwise read from the title, sheet name or file name. */
  province?: string;
  year?: number;
  fileName?: string;
}

export interface TargetTableReport {
  index: IndexId | null;
  year: number | null;
  province: string | null;
  headerRows: number[];
  lastRow: number;
  rows: number;
}

export interface TargetReport {
  sheet: string;
  tables: TargetTableReport[];
  findings: TargetFinding[];
}

interface Num {
  value: number;
  decimals: number;
}

function numberAt(g: Grid, r: number, c: number | undefined): Num | null {
  if (c === undefined) return null;
  const v = g.value(r, c);
  const text = g.text(r, c).replace(/^(?:≥|>=|>|từ|tu)\s*/i, '').replace(/\s*(?:trở lên|điểm)$/i, '');
  const shown = parseViNumber(text);
  const decimals = /[.,](\d+)\s*$/.exec(text)?.[1].length ?? 0;
  if (typeof v === 'number') return { value: shown !== null && Math.abs(shown - v) < 1e-9 ? shown : v, decimals: shown !== null ? decimals : Math.min(4, (String(v).split('.')[1] ?? '').length) };
  return shown === null ? null : { value: shown, decimals };
}

type Verdict = 'ok' | 'rounding' | 'wrong';
function compare(expected: number, got: number, decimals: number, terms = 1): Verdict {
  const unit = 10 ** -decimals;
  const diff = Math.abs(expected - got);
  if (diff < unit / 2 + 1e-9) return 'ok';
  return diff <= unit * terms + 1e-9 ? 'rounding' : 'wrong';
}

const fmt = (x: number, d: number) => roundTo(x, d).toFixed(d).replace('.', ',');

/** Level code of a row label: the dataset's own labels first, then the index's key words. */
function levelOfLabel(ds: IndexDataset | undefined, year: number | null, label: string, parent: string | null): string | null {
  const k = looseKey(label);
  if (parent) {
    if (/diem thuc hien/.test(k)) return `${parent}.T`;
    if (/dieu tra|xhh/.test(k)) return `${parent}.S`;
    if (/sipas/.test(k)) return `${parent}.SIPAS`;
    if (/kinh te/.test(k)) return `${parent}.KTXH`;
  }
  if (ds && year !== null) {
    const hit = levelsOf(ds, year).find((l) => (l.parent ?? null) === parent && looseKey(l.label.vi) === k);
    if (hit) return hit.code;
  }
  const words: [RegExp, string][] = ds?.id === 'par'
    ? [[/chi dao|dieu hanh/, 'A1'], [/the che/, 'A2'], [/tthc|thu tuc hanh chinh/, 'A3'], [/to chuc bo may/, 'A4'], [/cong vu/, 'A5'], [/tai chinh cong/, 'A6'], [/chinh quyen (?:dien tu|so)/, 'A7'], [/tac dong/, 'A8']]
    : [[/tham gia/, 'D1'], [/cong khai|minh bach/, 'D2'], [/trach nhiem giai trinh/, 'D3'], [/tham nhung/, 'D4'], [/thu tuc hanh chinh/, 'D5'], [/dich vu cong/, 'D6'], [/moi truong/, 'D7'], [/dien tu/, 'D8']];
  return parent ? null : words.find(([re]) => re.test(k))?.[1] ?? null;
}

function provinceFromText(geo: Geo, texts: string[]): string | null {
  const names = geo.provinces.filter((p) => p.era === 'to2025').sort((a, b) => b.vi.length - a.vi.length);
  for (const t of texts) {
    const k = ` ${looseKey(t)} `;
    const p = names.find((x) => k.includes(` ${provinceKey(x.vi)} `));
    if (p) return p.vi;
  }
  return null;
}

export function checkTargetTables(snapshot: SheetSnapshot, ctx: TargetContext): TargetReport {
  const g = new Grid(snapshot);
  const findings: TargetFinding[] = [];
  const tables: TargetTableReport[] = [];
  for (const t of findTargetTables(g)) {
    const year = ctx.year ?? t.year;
    const name = ctx.province ?? provinceFromText(ctx.geo, [t.title, snapshot.sheetName, (ctx.fileName ?? '').replace(/[-_.]/g, ' ')]);
    const selection = name ? resolveProvince(ctx.geo, name) : null;
    const unit = selection?.members.length === 1 ? selection.members[0].code : null;
    const ds = t.index ? ctx.datasets[t.index] : undefined;
    tables.push({ index: t.index, year, province: selection?.province.vi ?? null, headerRows: t.headerRows, lastRow: t.lastRow, rows: t.rows.length });
    const add = (r: number, role: TargetRole, field: TargetField, code: string, severity: Finding['severity'], vi: string, en: string) => {
      const col = t.columns[role] ?? t.columns.label ?? g.left;
      findings.push({ cell: a1(r, col), row: r, column: columnLetter(col), field, code, severity, message: vi, messageEn: en });
    };
    if (!ds || !unit || year === null) {
      add(t.headerRows[0], 'label', 'table', 'targets-not-compared', 'info',
        `Chưa đối chiếu điểm với bộ dữ liệu: chưa rõ ${!unit ? 'tỉnh (dùng --province)' : year === null ? 'năm (dùng --year)' : 'chỉ số'}`,
        `Scores not compared with the dataset: unknown ${!unit ? 'province (use --province)' : year === null ? 'year (use --year)' : 'index'}`);
    }
    for (const row of t.rows) checkRow(g, t, row, { ds, unit, year, add });
  }
  return { sheet: snapshot.sheetName, tables, findings };
}

interface RowContext {
  ds: IndexDataset | undefined;
  unit: string | null;
  year: number | null;
  add: (r: number, role: TargetRole, field: TargetField, code: string, severity: Finding['severity'], vi: string, en: string) => void;
}

function checkRow(g: Grid, t: TargetTable, row: TargetRow, x: RowContext): void {
  const c = t.columns;
  const at = (r: number, role: TargetRole) => numberAt(g, r, c[role]);
  const score = at(row.row, 'score'), inc = at(row.row, 'increase'), target = at(row.row, 'target'), max = at(row.row, 'max');
  const label = row.label || `dòng ${row.row}`;
  if (score && inc && target) {
    const d = Math.max(score.decimals, inc.decimals, target.decimals);
    const v = compare(score.value + inc.value, target.value, d, 2);
    if (v === 'wrong') x.add(row.row, 'target', 'target', 'target-sum', 'error',
      `${label}: điểm ${fmt(score.value, d)} + mức tăng ${fmt(inc.value, d)} = ${fmt(score.value + inc.value, d)}, nhưng mục tiêu ghi ${fmt(target.value, d)}`,
      `${label}: score ${fmt(score.value, d)} + increase ${fmt(inc.value, d)} = ${fmt(score.value + inc.value, d)}, but the target reads ${fmt(target.value, d)}`);
    else if (v === 'rounding') x.add(row.row, 'target', 'target', 'target-rounding', 'info', `${label}: mục tiêu lệch một đơn vị làm tròn`, `${label}: target off by one rounding unit`);
  }
  if (max && target && target.value > max.value + 1e-9) x.add(row.row, 'target', 'target', 'target-over-max', 'error', `${label}: mục tiêu ${fmt(target.value, 2)} vượt điểm tối đa ${fmt(max.value, 2)}`, `${label}: target ${fmt(target.value, 2)} exceeds the maximum ${fmt(max.value, 2)}`);
  if (max && score && score.value > max.value + 1e-9) x.add(row.row, 'score', 'score', 'score-over-max', 'error', `${label}: điểm ${fmt(score.value, 2)} vượt điểm tối đa ${fmt(max.value, 2)}`, `${label}: score ${fmt(score.value, 2)} exceeds the maximum ${fmt(max.value, 2)}`);
  checkRank(g, t, row, x);
  if (row.subs.length) checkSubs(row, at, x, label);
  const level = levelOfLabel(x.ds, x.year, row.label, null);
  if (score && level) compareWithDataset(row.row, score, level, label, x);
  for (const s of row.subs) {
    const sv = at(s.row, 'score');
    const sl = level ? levelOfLabel(x.ds, x.year, s.label, level) : null;
    if (sv && sl) compareWithDataset(s.row, sv, sl, `${label} – ${s.label}`, x);
  }
}

function checkSubs(row: TargetRow, at: (r: number, role: TargetRole) => Num | null, x: RowContext, label: string): void {
  for (const [role, field, code, vi, en] of [
    ['score', 'score', 'subrows-sum', 'điểm', 'scores'],
    ['max', 'max', 'subrows-max', 'điểm tối đa', 'maxima'],
    ['increase', 'increase', 'subrows-increase', 'mức tăng', 'increases'],
  ] as const) {
    const whole = at(row.row, role);
    const parts = row.subs.map((s) => at(s.row, role));
    if (!whole || parts.some((p) => p === null)) continue;
    const sum = parts.reduce((s, p) => s + p!.value, 0);
    const d = Math.max(whole.decimals, ...parts.map((p) => p!.decimals));
    const v = compare(sum, whole.value, d, parts.length);
    if (v === 'wrong') x.add(row.row, role, field, code, 'error',
      `${label}: các dòng thành phần cộng lại ${fmt(sum, d)} ${vi}, nhưng dòng tổng ghi ${fmt(whole.value, d)}`,
      `${label}: the sub-rows add up to ${fmt(sum, d)} (${en}), but the row reads ${fmt(whole.value, d)}`);
  }
}

function checkRank(g: Grid, t: TargetTable, row: TargetRow, x: RowContext): void {
  if (t.columns.rank === undefined) return;
  const text = g.text(row.row, t.columns.rank);
  if (!text) return;
  const m = /^(\d+)\s*\/\s*(\d+)$/.exec(text.replace(/^(?:hạng|thứ)\s*/i, ''));
  if (!m) {
    x.add(row.row, 'rank', 'rank', 'rank-format', 'warning', `Hạng “${text}” không có dạng a/63`, `Rank “${text}” is not of the form a/63`);
    return;
  }
  const [a, b] = [Number(m[1]), Number(m[2])];
  if (a < 1 || a > b || (b !== 63 && b !== 34 && (b > 63 || b < 30))) {
    x.add(row.row, 'rank', 'rank', 'rank-range', 'error', `Hạng ${text} không thể có (phải từ 1 đến ${b > 63 ? 63 : b}/63 hoặc /34)`, `Rank ${text} is impossible (1 to 63 of 63, or of 34)`);
    return;
  }
  const level = levelOfLabel(x.ds, x.year, row.label, null);
  const r = x.ds && x.unit && x.year !== null && level ? rankAt(x.ds, x.year, x.unit, level) : null;
  if (r && r.rank !== a) x.add(row.row, 'rank', 'rank', 'rank-dataset', 'info', `Hạng ${text} khác bộ dữ liệu (${r.rank}/${r.of}, ${r.basis === 'computed' ? 'hạng tính toán' : 'công bố'})`, `Rank ${text} differs from the dataset (${r.rank}/${r.of}, ${r.basis})`);
}

function compareWithDataset(r: number, printed: Num, level: string, label: string, x: RowContext): void {
  if (!x.ds || !x.unit || x.year === null) return;
  const s = scoreAt(x.ds, x.year, x.unit, level);
  if (!s) return;
  const d = Math.max(printed.decimals, 2);
  const v = compare(s.value, printed.value, d);
  if (v === 'ok') return;
  if (s.disputed) {
    // The source contradicts itself on this figure: a difference from it is worth a note, not an error.
    x.add(r, 'score', 'score', 'score-disputed', 'info', `${label}: điểm ${fmt(printed.value, d)}; nguồn ghi ${fmt(s.value, d)} nhưng tự mâu thuẫn (${s.note ?? ''})`, `${label}: score ${printed.value.toFixed(d)}; the source prints ${s.value.toFixed(d)} but contradicts itself (${s.note ?? ''})`);
    return;
  }
  const ref = `${x.ds.id.toUpperCase()} ${x.year}`;
  x.add(r, 'score', 'score', v === 'wrong' ? 'score-dataset' : 'score-rounding', v === 'wrong' ? 'error' : 'info',
    v === 'wrong' ? `${label}: điểm ${fmt(printed.value, d)} khác số liệu ${ref} (${fmt(s.value, d)})` : `${label}: điểm ${fmt(printed.value, d)}, số liệu ${ref} là ${s.value.toFixed(4).replace('.', ',')} (làm tròn ${fmt(s.value, d)}): chênh lệch do làm tròn`,
    v === 'wrong' ? `${label}: score ${printed.value.toFixed(d)} differs from ${ref} (${s.value.toFixed(d)})` : `${label}: score ${printed.value.toFixed(d)}, ${ref} has ${s.value.toFixed(4)} (${s.value.toFixed(d)} rounded): a rounding difference`);
}
