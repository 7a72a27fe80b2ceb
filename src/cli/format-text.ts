/** The CLI's readable report: what an officer reads before the plan goes to the leader. */
import { columnNumber, columnLetter } from '../core/address';
import { formatViDate } from '../core/dates';
import { fieldLabel, OWNER_SUMMARY_COLUMNS, OWNER_SUMMARY_FIGURES, SEVERITY_ORDER, severityLabel, STATUS_ORDER, statusLabel, type Lang } from '../core/labels';
import type { Report, Role, Severity, TableInfo, TaskStatus } from '../core/types';
import { ROLES } from '../core/types';
import { TEXT } from './strings';

/** ANSI colours, only when writing to a terminal that accepts them (see main.ts: TTY and no NO_COLOR). */
export interface Paint {
  severity(s: Severity, text: string): string;
  status(s: TaskStatus, text: string): string;
  bold(text: string): string;
}

const ansi = (code: number) => (t: string) => `\u001b[${code}m${t}\u001b[0m`;
const SEVERITY_CODE: Record<Severity, number> = { error: 31, warning: 33, info: 36 };
const STATUS_CODE: Partial<Record<TaskStatus, number>> = { overdue: 31, 'due-soon': 33, done: 32 };

export const NO_PAINT: Paint = { severity: (_s, t) => t, status: (_s, t) => t, bold: (t) => t };
export const ANSI_PAINT: Paint = {
  severity: (s, t) => ansi(SEVERITY_CODE[s])(t),
  status: (s, t) => (STATUS_CODE[s] ? ansi(STATUS_CODE[s]!)(t) : t),
  bold: ansi(1),
};

/** "A4:G53": the rectangle from the first header row (or first task row) to the last task row over the known columns. */
export function tableRange(t: TableInfo): string {
  const first = t.headerRows[0] ?? t.firstRow;
  const cols = Object.values(t.columns).filter((c): c is string => !!c).map(columnNumber);
  if (cols.length === 0) return `${first}:${t.lastRow}`;
  return `${columnLetter(Math.min(...cols))}${first}:${columnLetter(Math.max(...cols))}${t.lastRow}`;
}

function tableLines(t: TableInfo, lang: Lang): string[] {
  const s = TEXT[lang];
  const header = t.layout === 'inline' ? s.inline : `${s.headerRows} ${t.headerRows.join(', ')}${t.numberRow ? ` · ${s.numberRow} ${t.numberRow}` : ''}`;
  const cols = ROLES.filter((role: Role) => t.columns[role])
    .sort((a, b) => columnNumber(t.columns[a]!) - columnNumber(t.columns[b]!))
    .map((role) => `${t.columns[role]} ${fieldLabel(role, lang)}`);
  const range = `${s.table}${t.title ? ` “${t.title}”` : ''}: ${tableRange(t)} (${header}; ${s.rows} ${t.firstRow}–${t.lastRow})`;
  // Inline assignments have labelled lines, not columns: every role would name the same column.
  return t.layout === 'inline' ? [range] : [range, `  ${s.columns}: ${cols.join(' · ')}`];
}

function ownerTable(r: Report, lang: Lang): string[] {
  const keys = OWNER_SUMMARY_FIGURES;
  const width = Math.min(40, Math.max(OWNER_SUMMARY_COLUMNS.owner[lang].length, ...r.summary.byOwner.map((o) => o.owner.length)));
  const fit = (s: string) => (s.length > width ? s.slice(0, width - 1) + '…' : s.padEnd(width));
  const out = ['  ' + [fit(OWNER_SUMMARY_COLUMNS.owner[lang]), ...keys.map((k) => OWNER_SUMMARY_COLUMNS[k][lang])].join(' | ')];
  for (const o of r.summary.byOwner) {
    const cells = keys.map((k) => (k === 'percentOverdue' ? `${o[k].toFixed(1)}%` : String(o[k])).padStart(OWNER_SUMMARY_COLUMNS[k][lang].length));
    out.push('  ' + [fit(o.owner), ...cells].join(' | '));
  }
  return out;
}

export function formatText(r: Report, lang: Lang, paint: Paint = NO_PAINT): string {
  const s = TEXT[lang];
  const out: string[] = [paint.bold(`${s.file}: ${r.file ?? '-'} · ${s.sheet}: ${r.sheet}`)];
  const tables = r.tables && r.tables.length > 0 ? r.tables : r.table ? [r.table] : [];
  for (const t of tables) out.push(...tableLines(t, lang));
  out.push(`${s.planYear}: ${r.planYear ?? s.unknownYear} · ${s.asOf}: ${formatViDate(r.asOf)} · ${s.profile}: ${r.profile} · ${s.tasks}: ${r.summary.tasks}`);
  out.push('');
  const verdict = !r.table ? s.noTable : r.summary.errors === 0 ? s.ready : s.errors(r.summary.errors);
  out.push(paint.bold(r.summary.errors === 0 && r.table ? verdict : paint.severity('error', verdict)));
  out.push(`  ${SEVERITY_ORDER.map((sev) => `${severityLabel(sev, lang)}: ${r.summary[`${sev}s` as 'errors' | 'warnings' | 'infos']}`).join(' · ')}`);
  out.push('');

  if (r.findings.length > 0) {
    out.push(`${s.findings}:`);
    for (const sev of SEVERITY_ORDER) {
      const list = r.findings.filter((f) => f.severity === sev);
      if (list.length === 0) continue;
      out.push(`  ${paint.severity(sev, `${severityLabel(sev, lang)} (${list.length})`)}`);
      for (const f of list) out.push(`    ${f.cell.padEnd(6)} ${fieldLabel(f.field, lang).padEnd(18)} ${lang === 'vi' ? f.message : f.messageEn}  [${f.code}]`);
    }
    out.push('');
  }
  if (!r.table) return out.join('\n');

  const statuses = STATUS_ORDER.filter((st) => r.summary.byStatus[st] > 0);
  out.push(`${s.byStatus}: ${statuses.map((st) => paint.status(st, `${statusLabel(st, lang)} ${r.summary.byStatus[st]}`)).join(' · ') || '-'}`);
  out.push('');
  if (r.summary.byOwner.length > 0) out.push(`${s.byOwner}:`, ...ownerTable(r, lang), '');
  return out.join('\n');
}
