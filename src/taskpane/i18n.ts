/**
 * Every string the task pane shows, Vietnamese first, English second. One object per language,
 * with the same keys (the English one is typed against the Vietnamese one, so a missing string
 * is a compile error). Category names (statuses, severities, fields) come from core/labels so
 * the pane, the CLI and the report sheet call things the same.
 */
import type { Lang } from '../core/labels';

const vi = {
  appTitle: 'Kiểm tra phụ lục kế hoạch',
  tabCheck: 'Kiểm tra',
  tabProgress: 'Tiến độ',
  tabIndex: 'Bảng chỉ số',
  tabsLabel: 'Chức năng',
  language: 'Ngôn ngữ',
  switchTo: 'English',
  switchToLabel: 'Switch to English',
  working: 'Đang xử lý…',

  // Check panel
  validate: 'Kiểm tra trang tính',
  revalidate: 'Kiểm tra lại',
  emptyTitle: 'Chưa kiểm tra',
  emptyBody: 'Mở trang tính có bảng phụ lục (danh mục nhiệm vụ) rồi bấm “Kiểm tra trang tính”. Phần bổ trợ tìm bảng, đọc đơn vị chủ trì, thời hạn, chỉ tiêu và liệt kê mọi điểm cần sửa.',
  profile: 'Mức kiểm tra',
  profileNormal: 'Thường',
  profileStrict: 'Chặt chẽ (trước khi ký)',
  verdictReady: 'Không có lỗi: phụ lục sẵn sàng trình ký.',
  verdictErrors: (n: number) => `${n} lỗi cần sửa trước khi trình ký.`,
  verdictDetail: (tasks: number, warnings: number, infos: number) => `${tasks} nhiệm vụ · ${warnings} cảnh báo · ${infos} lưu ý`,
  noTableTitle: 'Không tìm thấy bảng nhiệm vụ',
  tableFound: (sheet: string, header: string, first: number, last: number) => `Bảng trên trang “${sheet}”: tiêu đề dòng ${header}, nhiệm vụ từ dòng ${first} đến ${last}.`,
  mappingTitle: 'Cột của bảng',
  mappingHint: 'Sửa nếu phần bổ trợ nhận nhầm cột; lựa chọn được lưu cùng tệp.',
  mappingNone: '(không có)',
  mappingApply: 'Áp dụng',
  mappingReset: 'Tự nhận lại',
  findingsTitle: 'Các điểm cần xem',
  noFindings: 'Không có điểm nào cần sửa.',
  goToCell: (cell: string) => `Đến ô ${cell}`,
  showMore: (n: number) => `Hiện thêm ${n}`,
  insertReport: 'Chèn báo cáo kiểm tra',
  removeReports: 'Xóa các trang báo cáo',
  reportInserted: (sheet: string) => `Đã chèn trang “${sheet}”.`,
  reportsRemoved: (n: number) => `Đã xóa ${n} trang báo cáo.`,
  sheetChanged: 'Trang tính vừa thay đổi, đã kiểm tra lại.',

  // Progress panel
  asOf: 'Tính đến ngày',
  asOfHint: 'Ngày/tháng/năm, ví dụ 30/6/2025',
  asOfInvalid: 'Ngày không hợp lệ: nhập theo ngày/tháng/năm.',
  today: 'Hôm nay',
  dueSoonDays: 'Sắp đến hạn trong (ngày)',
  dueSoonInvalid: 'Nhập số ngày từ 0 đến 366.',
  countsTitle: 'Số nhiệm vụ theo tình trạng',
  lateTitle: 'Nhiệm vụ quá hạn và sắp đến hạn',
  noLate: 'Không có nhiệm vụ quá hạn hay sắp đến hạn.',
  daysLate: (n: number) => `quá ${n} ngày`,
  due: (d: string) => `hạn ${d}`,
  byOwnerTitle: 'Theo đơn vị chủ trì',
  highlight: 'Tô màu theo tiến độ',
  clearHighlight: 'Bỏ tô màu',
  highlighted: (n: number) => `Đã tô ${n} dòng nhiệm vụ. “Bỏ tô màu” trả lại nguyên trạng.`,
  cleared: (n: number) => `Đã bỏ ${n} quy tắc tô màu của phần bổ trợ; màu của người dùng được giữ.`,
  legend: 'Chú giải màu',
  needValidation: 'Bấm “Kiểm tra trang tính” ở thẻ Kiểm tra trước.',

  // Index panel (placeholder texts used until the panel loads)
  loadingPanel: 'Đang tải…',

  // Errors
  errorTitle: 'Không thực hiện được',
  unexpected: 'Có lỗi không lường trước. Không có gì trong bảng tính bị thay đổi dở dang. Hãy thử lại.',
  dismiss: 'Đóng',
  demoBanner: 'BẢN DÙNG THỬ — bảng tính mô phỏng trong trình duyệt, không phải Excel',
  demoGridLabel: 'Bảng tính mô phỏng',
};

export type Strings = typeof vi;

const en: Strings = {
  appTitle: 'Plan appendix checker',
  tabCheck: 'Check',
  tabProgress: 'Progress',
  tabIndex: 'Index tables',
  tabsLabel: 'Features',
  language: 'Language',
  switchTo: 'Tiếng Việt',
  switchToLabel: 'Chuyển sang tiếng Việt',
  working: 'Working…',

  validate: 'Check this sheet',
  revalidate: 'Check again',
  emptyTitle: 'Not checked yet',
  emptyBody: 'Open the sheet holding the appendix (the task table) and press “Check this sheet”. The add-in finds the table, reads owners, deadlines and targets, and lists everything to fix.',
  profile: 'Strictness',
  profileNormal: 'Normal',
  profileStrict: 'Strict (before signing)',
  verdictReady: 'No errors: the appendix is ready to sign.',
  verdictErrors: (n: number) => `${n} error${n === 1 ? '' : 's'} to fix before signing.`,
  verdictDetail: (tasks: number, warnings: number, infos: number) => `${tasks} tasks · ${warnings} warnings · ${infos} notes`,
  noTableTitle: 'No task table found',
  tableFound: (sheet: string, header: string, first: number, last: number) => `Table on sheet “${sheet}”: header row ${header}, tasks in rows ${first}–${last}.`,
  mappingTitle: 'Table columns',
  mappingHint: 'Correct any column the add-in got wrong; the choice is saved with the file.',
  mappingNone: '(none)',
  mappingApply: 'Apply',
  mappingReset: 'Detect again',
  findingsTitle: 'Findings',
  noFindings: 'Nothing to fix.',
  goToCell: (cell: string) => `Go to cell ${cell}`,
  showMore: (n: number) => `Show ${n} more`,
  insertReport: 'Insert check report',
  removeReports: 'Delete report sheets',
  reportInserted: (sheet: string) => `Inserted sheet “${sheet}”.`,
  reportsRemoved: (n: number) => `Deleted ${n} report sheet${n === 1 ? '' : 's'}.`,
  sheetChanged: 'The sheet changed; checked again.',

  asOf: 'As of',
  asOfHint: 'Day/month/year, e.g. 30/6/2025',
  asOfInvalid: 'Not a valid date: type day/month/year.',
  today: 'Today',
  dueSoonDays: 'Due soon within (days)',
  dueSoonInvalid: 'Type a number of days from 0 to 366.',
  countsTitle: 'Tasks by status',
  lateTitle: 'Overdue and due-soon tasks',
  noLate: 'No overdue or due-soon tasks.',
  daysLate: (n: number) => `${n} day${n === 1 ? '' : 's'} late`,
  due: (d: string) => `due ${d}`,
  byOwnerTitle: 'By owner',
  highlight: 'Highlight by progress',
  clearHighlight: 'Clear highlights',
  highlighted: (n: number) => `Highlighted ${n} task rows. “Clear highlights” restores the sheet.`,
  cleared: (n: number) => `Removed ${n} highlight rules of the add-in; your own colours stay.`,
  legend: 'Colour legend',
  needValidation: 'Press “Check this sheet” on the Check tab first.',

  loadingPanel: 'Loading…',

  errorTitle: 'Could not do that',
  unexpected: 'Something unexpected happened. Nothing in the workbook was left half-changed. Please try again.',
  dismiss: 'Dismiss',
  demoBanner: 'DEMO — a simulated workbook in the browser, not Excel',
  demoGridLabel: 'Simulated workbook',
};

export const STRINGS: Record<Lang, Strings> = { vi, en };

/** Vietnamese unless Office's display language is something else. */
export function langOf(displayLanguage: string | undefined): Lang {
  return !displayLanguage || /^vi\b/i.test(displayLanguage) ? 'vi' : 'en';
}
