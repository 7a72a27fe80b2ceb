/**
 * The CLI's own words (report frame, help). Names of statuses, severities, fields and the
 * by-owner columns come from src/core/labels.ts so that they read the same as in the add-in.
 */
import type { Lang } from '../core/labels';

interface CliText {
  file: string;
  sheet: string;
  table: string;
  headerRows: string;
  inline: string;
  numberRow: string;
  rows: string;
  columns: string;
  planYear: string;
  asOf: string;
  profile: string;
  tasks: string;
  unknownYear: string;
  noTable: string;
  ready: string;
  errors: (n: number) => string;
  findings: string;
  byStatus: string;
  byOwner: string;
}

export const TEXT: Record<Lang, CliText> = {
  vi: {
    file: 'Tệp',
    sheet: 'Trang tính',
    table: 'Bảng nhiệm vụ',
    headerRows: 'dòng tiêu đề',
    inline: 'phân công ngay trong văn bản, không thành bảng',
    numberRow: 'dòng đánh số cột',
    rows: 'dòng',
    columns: 'Cột',
    planYear: 'Năm kế hoạch',
    asOf: 'Tính đến ngày',
    profile: 'Mức kiểm tra',
    tasks: 'Số nhiệm vụ',
    unknownYear: 'chưa rõ',
    noTable: '✘ Không tìm thấy bảng nhiệm vụ trên trang tính này.',
    ready: '✔ Không có lỗi: phụ lục sẵn sàng trình ký.',
    errors: (n) => `✘ Có ${n} lỗi cần sửa trước khi trình ký.`,
    findings: 'Các phát hiện',
    byStatus: 'Nhiệm vụ theo trạng thái',
    byOwner: 'Theo đơn vị chủ trì',
  },
  en: {
    file: 'File',
    sheet: 'Sheet',
    table: 'Task table',
    headerRows: 'header row',
    inline: 'assigned inline in the text, not a table',
    numberRow: 'column-number row',
    rows: 'rows',
    columns: 'Columns',
    planYear: 'Plan year',
    asOf: 'As of',
    profile: 'Profile',
    tasks: 'Tasks',
    unknownYear: 'unknown',
    noTable: '✘ No task table found on this sheet.',
    ready: '✔ No errors: the appendix is ready for signing.',
    errors: (n) => `✘ ${n} error${n === 1 ? '' : 's'} to fix before signing.`,
    findings: 'Findings',
    byStatus: 'Tasks by status',
    byOwner: 'By owner',
  },
};

export const USAGE = `phuluc — kiểm tra phụ lục kế hoạch / plan-appendix checker

Cách dùng / Usage:
  phuluc validate <file.xlsx>… [--sheet NAME]… [--as-of YYYY-MM-DD] [--due-soon-days N]
                  [--profile normal|strict] [--format text|json] [--lang vi|en]
                  [--annotate OUT.xlsx] [--agencies FILE.csv|FILE.json] [--columns owner=E,deadline=G]
      Kiểm tra đơn vị chủ trì, thời hạn, chỉ tiêu; tiến độ tính đến ngày --as-of (mặc định: hôm nay).
      Checks owners, deadlines and targets; progress as of --as-of (default: today).
  phuluc table …          Bảng kết quả chỉ số (PAPI, PAR INDEX, SIPAS) / index result tables
  phuluc check-targets …  Kiểm tra số học bảng chỉ tiêu / check the arithmetic of target tables
  phuluc --help | --version

Mã thoát / Exit codes:
  0 không có lỗi / no errors · 1 có lỗi cần sửa / errors found · 2 đầu vào không dùng được / unusable input`;
