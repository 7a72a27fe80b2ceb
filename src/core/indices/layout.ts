/**
 * A table layout: a pure description of an index table that an adapter writes into a sheet
 * (Office.js) or a file (exceljs), and that the CLI prints. Coordinates are 0-based and relative
 * to the layout's top-left cell; formulas are R1C1-relative so they hold wherever it is placed.
 */
import type { Lang } from '../labels';
import type { GroupCode, IndexId } from './model';
import type { RankBasis } from './query';

export type LayoutKind = 'profile' | 'detail' | 'ranking' | 'target';
export const LAYOUT_KINDS: readonly LayoutKind[] = ['profile', 'detail', 'ranking', 'target'];

/** What a body cell stands for, so that JSON/CSV output and the target check can read it back. */
export type CellData =
  | { kind: 'label'; text: string; level?: string; unit?: string }
  | { kind: 'year'; year: number }
  | { kind: 'score'; value: number; level: string; year: number; unit?: string }
  | { kind: 'max'; value: number; level: string }
  | { kind: 'group'; code: GroupCode; level: string; year: number }
  | { kind: 'rank'; rank: number; of: number; basis: RankBasis; level: string; year: number; computed?: { rank: number; of: number } }
  | { kind: 'change'; value: number; level: string }
  | { kind: 'increase'; value: number | null; level: string }
  | { kind: 'target'; level: string }
  | { kind: 'mean'; value: number; level: string; of?: number }
  | { kind: 'empty' };

export interface LayoutCell {
  /** The value written to the cell (a formula's cell shows its result instead). */
  value: string | number | null;
  /** R1C1 formula without "=" prefix handling: always starts with "=". */
  formulaR1C1?: string;
  /** Excel number format (decimal "." and thousands "," as in every format code). */
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  align?: 'left' | 'center' | 'right';
  /** The user's own province (marked), a regional peer, or a mean row. */
  mark?: 'self' | 'peer' | 'mean';
  data?: CellData;
}

export interface LayoutMerge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface LayoutMeta {
  index: IndexId;
  layout: LayoutKind;
  /** Province code and name as picked (a 2025 province stands for its predecessors). */
  province: string;
  provinceName: string;
  members: { code: string; name: string }[];
  years: number[];
  level?: string;
  lang: Lang;
  /** A marker the adapter stores with the range so that it can refresh the table in place. */
  key: string;
}

export interface TableLayout {
  meta: LayoutMeta;
  title: string;
  /** Header rows (one or two), then body rows, all as full rows of cells. */
  header: LayoutCell[][];
  body: LayoutCell[][];
  /** Merges in the coordinates of [title row, ...header, ...body]. */
  merges: LayoutMerge[];
  columnWidths: number[];
  /** The line under the table: index, year(s), publisher. */
  source: string;
  notes: string[];
}

export const cell = (value: string | number | null, extra: Omit<LayoutCell, 'value'> = {}): LayoutCell => ({ value, ...extra });
export const empty = (): LayoutCell => ({ value: null, data: { kind: 'empty' } });

/** Number formats: scores with two decimals; a target shown as "≥ 5,30" (the comma comes from the workbook's locale). */
export const FORMAT = {
  score: '0.00',
  increase: '+0.00;-0.00;0.00',
  target: '"≥ "0.00',
  change: '+0.00;-0.00;0.00',
} as const;

export function layoutKey(meta: Omit<LayoutMeta, 'key'>): string {
  return ['phuluc', meta.index, meta.layout, meta.province, meta.years.join('-'), meta.level ?? ''].join(':');
}
