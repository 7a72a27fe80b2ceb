/** The CLI's readable report: what an officer reads before the plan goes to the leader. */
import { formatViDate } from '../core/dates';
import { fieldLabel, OWNER_SUMMARY_COLUMNS, SEVERITY_ORDER, severityLabel, STATUS_ORDER, statusLabel, type Lang } from '../core/labels';
import type { Report } from '../core/types';

const T = {
  file: { vi: 'Tệp', en: 'File' },
  sheet: { vi: 'Trang tính', en: 'Sheet' },
  table: { vi: 'Bảng nhiệm vụ', en: 'Task table' },
  header: { vi: 'dòng tiêu đề', en: 'header row' },
  rows: { vi: 'dòng', en: 'rows' },
  columns: { vi: 'Cột', en: 'Columns' },
  planYear: { vi: 'Năm kế hoạch', en: 'Plan year' },
  asOf: { vi: 'Tính đến ngày', en: 'As of' },
  tasks: { vi: 'Số nhiệm vụ', en: 'Tasks' },
  noTable: { vi: 'Không tìm thấy bảng nhiệm vụ trên trang tính này.', en: 'No task table found on this sheet.' },
  ready: { vi: '✔ Không có lỗi: phụ lục sẵn sàng trình ký.', en: '✔ No errors: the appendix is ready for signing.' },
  errors: { vi: '✘ Có {n} lỗi cần sửa trước khi trình ký.', en: '✘ {n} errors to fix before signing.' },
  findings: { vi: 'Các phát hiện', en: 'Findings' },
  byStatus: { vi: 'Tiến độ theo trạng thái', en: 'Tasks by status' },
  byOwner: { vi: 'Theo đơn vị chủ trì', en: 'By owner' },
  unknownYear: { vi: 'chưa rõ', en: 'unknown' },
} as const;

export function formatText(r: Report, lang: Lang): string {
  const t = (k: keyof typeof T): string => T[k][lang];
  const out: string[] = [];
  out.push(`${t('file')}: ${r.file ?? '-'}   ${t('sheet')}: ${r.sheet}`);
  if (!r.table) {
    out.push(t('noTable'), '');
    return out.join('\n');
  }
  const tb = r.table;
  out.push(`${t('table')}: ${t('header')} ${tb.headerRows.join(', ')}, ${t('rows')} ${tb.firstRow}–${tb.lastRow}`);
  const cols = Object.entries(tb.columns).filter(([, c]) => c).map(([role, c]) => `${c}=${fieldLabel(role as keyof typeof tb.columns, lang)}`);
  out.push(`${t('columns')}: ${cols.join(' · ')}`);
  out.push(`${t('planYear')}: ${r.planYear ?? t('unknownYear')}   ${t('asOf')}: ${formatViDate(r.asOf)}   ${t('tasks')}: ${r.summary.tasks}`);
  out.push('');
  out.push(r.summary.errors === 0 ? t('ready') : t('errors').replace('{n}', String(r.summary.errors)));
  out.push(`   ${severityLabel('error', lang)}: ${r.summary.errors} · ${severityLabel('warning', lang)}: ${r.summary.warnings} · ${severityLabel('info', lang)}: ${r.summary.infos}`);
  out.push('');

  if (r.findings.length) {
    out.push(`${t('findings')}:`);
    for (const sev of SEVERITY_ORDER) {
      const list = r.findings.filter((f) => f.severity === sev);
      if (!list.length) continue;
      out.push(`  ${severityLabel(sev, lang)} (${list.length})`);
      for (const f of list) out.push(`    ${f.cell.padEnd(6)} ${fieldLabel(f.field, lang).padEnd(18)} ${lang === 'vi' ? f.message : f.messageEn}`);
    }
    out.push('');
  }

  out.push(`${t('byStatus')}: ` + STATUS_ORDER.filter((s) => r.summary.byStatus[s]).map((s) => `${statusLabel(s, lang)} ${r.summary.byStatus[s]}`).join(' · '));
  out.push('');
  if (r.summary.byOwner.length) {
    out.push(`${t('byOwner')}:`);
    const keys = ['tasks', 'due', 'doneOnTime', 'doneLate', 'notDoneWithinDeadline', 'overdue', 'percentOverdue'] as const;
    out.push('  ' + [OWNER_SUMMARY_COLUMNS.owner[lang].padEnd(40), ...keys.map((k) => OWNER_SUMMARY_COLUMNS[k][lang])].join(' | '));
    for (const o of r.summary.byOwner) {
      const cells = keys.map((k) => (k === 'percentOverdue' ? `${o[k]}%` : String(o[k])).padStart(OWNER_SUMMARY_COLUMNS[k][lang].length));
      out.push('  ' + [o.owner.slice(0, 40).padEnd(40), ...cells].join(' | '));
    }
    out.push('');
  }
  return out.join('\n');
}
