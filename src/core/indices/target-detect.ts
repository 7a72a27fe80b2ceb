/**
 * Finding target tables in a sheet, the way the task table is found: by header words (Chỉ số /
 * Lĩnh vực, Xếp hạng, Điểm, Điểm tối đa, Tăng, Mục tiêu / Chỉ tiêu), over one or two header rows,
 * skipping a header repeated after a page break. Rows are read as main rows (with an STT, a
 * rank or a target), their sub-rows ("Điểm thực hiện", "Điều tra XHH") and label continuations.
 */
import { Grid } from '../table/grid';
import { looseKey } from '../text/normalize';
import type { IndexId } from './model';

export type TargetRole = 'id' | 'label' | 'rank' | 'score' | 'max' | 'increase' | 'target';

const RULES: [TargetRole, RegExp][] = [
  ['id', /^(?:stt|tt|no)$/],
  ['rank', /xep hang|^hang\b|\brank\b/],
  ['max', /toi da|bo tieu chi|diem chuan|maximum/],
  ['increase', /\btang\b|increase/],
  ['target', /muc tieu|chi tieu|phan dau dat|target/],
  ['score', /\bdiem\b|\bscore\b/],
  ['label', /chi so|linh vuc|tieu chi|noi dung|dimension|\barea\b|indicator/],
];

export interface TargetRow {
  row: number;
  label: string;
  /** 'main' rows carry a target; 'sub' rows add up to their main row. */
  kind: 'main' | 'sub';
  subs: TargetRow[];
}

export interface TargetTable {
  headerRows: number[];
  columns: Partial<Record<TargetRole, number>>;
  /** Year of the scores (from "Năm 2022" above them, or the target's year minus one). */
  year: number | null;
  index: IndexId | null;
  /** Text above the header (title lines), used to tell the index and the province. */
  title: string;
  rows: TargetRow[];
  lastRow: number;
}

function roleOf(text: string): TargetRole | null {
  const k = looseKey(text);
  if (!k || k.length > 120) return null;
  for (const [role, re] of RULES) if (re.test(k)) return role;
  return null;
}

/** Header text of a column over rows r..r+h-1, a merged cell counted once. */
function headerText(g: Grid, r: number, h: number, c: number): string {
  const parts: string[] = [];
  for (let i = 0; i < h; i++) {
    const t = g.text(r + i, c);
    if (t && parts[parts.length - 1] !== t) parts.push(t);
  }
  return parts.join(' ');
}

function rolesAt(g: Grid, r: number, h: number): { columns: Partial<Record<TargetRole, number>>; texts: Map<number, string> } {
  const columns: Partial<Record<TargetRole, number>> = {};
  const texts = new Map<number, string>();
  for (let c = g.left; c <= g.right; c++) {
    // In a two-row header the lower row names the column; the upper one ("Năm 2022") qualifies it.
    const lower = h === 2 ? g.text(r + 1, c) : '';
    const role = (lower && g.anchor(r + 1, c).row === r + 1 ? roleOf(lower) : null) ?? roleOf(headerText(g, r, h, c));
    texts.set(c, headerText(g, r, h, c));
    if (role && columns[role] === undefined) columns[role] = c;
  }
  return { columns, texts };
}

const isHeader = (cols: Partial<Record<TargetRole, number>>) => cols.label !== undefined && cols.score !== undefined && (cols.target !== undefined || cols.increase !== undefined);
const headerAt = (g: Grid, r: number) => isHeader(rolesAt(g, r, 1).columns) || isHeader(rolesAt(g, r, 2).columns);

function yearOf(texts: Map<number, string>, cols: Partial<Record<TargetRole, number>>): number | null {
  for (const role of ['score', 'rank'] as const) {
    const m = /(?:nam|year)?\s*((?:19|20)\d\d)/i.exec(looseKey(texts.get(cols[role] ?? -1) ?? ''));
    if (m) return Number(m[1]);
  }
  for (const role of ['target', 'increase'] as const) {
    const m = /((?:19|20)\d\d)/.exec(looseKey(texts.get(cols[role] ?? -1) ?? ''));
    if (m) return Number(m[1]) - 1;
  }
  return null;
}

const PAPI_WORDS = [/tham gia/, /cong khai|minh bach/, /trach nhiem giai trinh/, /tham nhung/, /moi truong/, /quan tri dien tu/, /dich vu cong/];
const PAR_WORDS = [/chi dao|dieu hanh/, /the che/, /to chuc bo may/, /cong vu/, /tai chinh cong/, /chinh quyen (?:dien tu|so)/, /tac dong/, /cai cach/];

function indexOf(title: string, labels: string[]): IndexId | null {
  const t = looseKey(title);
  let papi = /\bpapi\b/.test(t) ? 3 : 0;
  let par = /par ?index|\bcchc\b|cai cach hanh chinh/.test(t) ? 3 : 0;
  if (/\bsipas\b/.test(t) && !papi && !par) return 'sipas';
  for (const l of labels.map(looseKey)) {
    if (PAPI_WORDS.some((re) => re.test(l))) papi++;
    if (PAR_WORDS.some((re) => re.test(l))) par++;
  }
  if (papi === 0 && par === 0) return /\bpci\b/.test(t) ? 'pci' : null;
  return papi >= par ? 'papi' : 'par';
}

const ID = /^(?:\d+|[ivxlc]+|[a-z])[.)]?$/i;

export function findTargetTables(g: Grid): TargetTable[] {
  const tables: TargetTable[] = [];
  for (let r = g.top; r <= g.bottom; r++) {
    const one = rolesAt(g, r, 1);
    if (!isHeader(one.columns) && !isHeader(rolesAt(g, r, 2).columns)) continue;
    const two = rolesAt(g, r, 2);
    const h = Object.keys(two.columns).length > Object.keys(one.columns).length && !ID.test(g.text(r + 1, two.columns.id ?? g.left)) ? 2 : 1;
    const { columns, texts } = h === 2 ? two : one;
    const title = Array.from({ length: Math.min(6, r - g.top) }, (_, i) => g.rowTexts(r - 1 - i).join(' ')).reverse().join(' ');
    const table: TargetTable = { headerRows: h === 2 ? [r, r + 1] : [r], columns, year: yearOf(texts, columns), index: null, title, rows: [], lastRow: r + h - 1 };
    readBody(g, table, r + h);
    table.index = indexOf(`${title} ${g.sheetName}`, table.rows.map((x) => x.label));
    tables.push(table);
    r = table.lastRow;
  }
  return tables;
}

function readBody(g: Grid, t: TargetTable, from: number): void {
  const c = t.columns;
  const text = (r: number, role: TargetRole) => (c[role] !== undefined ? g.text(r, c[role]!) : '');
  let last: TargetRow | null = null;
  for (let r = from; r <= g.bottom; r++) {
    const filled = (['id', 'label', 'rank', 'score', 'max', 'increase', 'target'] as const).filter((role) => text(r, role) !== '');
    if (filled.length === 0 && g.rowTexts(r).length === 0) {
      // A blank line ends the table unless the header repeats after it (a page break).
      if (r + 1 <= g.bottom && headerAt(g, r + 1)) continue;
      break;
    }
    if (headerAt(g, r)) {
      r += t.headerRows.length - 1; // repeated header
      continue;
    }
    const label = text(r, 'label');
    const id = text(r, 'id');
    if (filled.length === 1 && filled[0] === 'id' && !ID.test(id)) break; // a heading such as "2.2. Chỉ số PAPI"
    if (!label && !filled.some((x) => x === 'score' || x === 'target')) break;
    if (label && filled.length === 1 && last) {
      last.label = `${last.label} ${label}`; // the label goes on in the next row
      t.lastRow = r;
      continue;
    }
    const main = (id && ID.test(id)) || text(r, 'target') !== '' || text(r, 'rank') !== '';
    if (main || !last) {
      last = { row: r, label, kind: 'main', subs: [] };
      t.rows.push(last);
    } else last.subs.push({ row: r, label, kind: 'sub', subs: [] });
    t.lastRow = r;
  }
}
