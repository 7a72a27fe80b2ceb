/**
 * A layout as the CLI prints it: aligned text, CSV, or JSON whose cells carry numbers (two
 * decimals), group codes and ranks as numbers.
 */
import type { Lang } from '../labels';
import { decimalSeparator, formatNumber } from './format';
import type { CellData, LayoutCell, TableLayout } from './layout';
import { roundTo } from './stats';

/** What a cell shows: numbers with the workbook's decimal separator, formats respected. */
export function displayText(c: LayoutCell, lang: Lang): string {
  if (c.value === null) return '';
  if (typeof c.value === 'string') return c.value;
  const sep = decimalSeparator(lang);
  const fmt = c.numberFormat ?? 'General';
  if (fmt === 'General') return Number.isInteger(c.value) ? String(c.value) : formatNumber(c.value, 2, sep);
  const decimals = /0\.(0+)/.exec(fmt)?.[1].length ?? 0;
  const body = formatNumber(Math.abs(c.value), decimals, sep);
  if (fmt.startsWith('"≥ "')) return `≥ ${formatNumber(c.value, decimals, sep)}`;
  if (fmt.startsWith('+')) return (c.value > 0 ? '+' : c.value < 0 ? '-' : '') + body;
  return formatNumber(c.value, decimals, sep);
}

function gridOf(t: TableLayout, lang: Lang): string[][] {
  return [...t.header, ...t.body].map((row) => row.map((c) => displayText(c, lang)));
}

export function renderText(t: TableLayout, lang: Lang): string {
  const rows = gridOf(t, lang);
  const widths = rows[0].map((_, j) => Math.min(40, Math.max(...rows.map((r) => [...(r[j] ?? '')].length))));
  const fit = (s: string, w: number) => {
    const chars = [...s];
    return chars.length > w ? chars.slice(0, w - 1).join('') + '…' : s + ' '.repeat(w - chars.length);
  };
  const lines = rows.map((r) => r.map((s, j) => fit(s, widths[j])).join(' │ ').trimEnd());
  const rule = widths.map((w) => '─'.repeat(w)).join('─┼─');
  lines.splice(t.header.length, 0, rule);
  return [t.title, '', ...lines, '', t.source, ...t.notes.map((n) => `* ${n}`)].join('\n') + '\n';
}

export function renderCsv(t: TableLayout, lang: Lang): string {
  const q = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  // CSV keeps the decimal point: a comma decimal would collide with the separator.
  const rows = [...t.header, ...t.body].map((row) => row.map((c) => q(typeof c.value === 'number' && !c.formulaR1C1 ? String(roundTo(c.value, 6)) : displayText(c, lang === 'vi' ? 'en' : lang))));
  return [...rows.map((r) => r.join(',')), '', q(t.source), ...t.notes.map(q)].join('\n') + '\n';
}

function jsonCell(d: CellData): Record<string, unknown> | null {
  switch (d.kind) {
    case 'empty':
      return null;
    case 'score':
    case 'max':
    case 'change':
    case 'mean':
      return { ...d, value: roundTo(d.value, 2) };
    case 'rank':
      return d.computed ? d : { kind: d.kind, rank: d.rank, of: d.of, basis: d.basis, level: d.level, year: d.year };
    default:
      return { ...d };
  }
}

export function toJson(t: TableLayout): unknown {
  return {
    meta: t.meta,
    title: t.title,
    header: t.header.map((row) => row.map((c) => c.value)),
    rows: t.body.map((row) => ({ cells: row.map((c) => (c.data ? jsonCell(c.data) : c.value === null ? null : { kind: 'text', text: c.value })) })),
    source: t.source,
    notes: t.notes,
  };
}
