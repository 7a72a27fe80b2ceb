/** Office errors → messages the user can act on, in both languages (nothing was half-written). */
import { AddinError } from './api';

const BY_CODE: Record<string, [AddinError['code'], string, string]> = {
  AccessDenied: ['protected', 'Trang tính đang được bảo vệ: hãy bỏ bảo vệ (Review → Unprotect Sheet) rồi thử lại.', 'The sheet is protected: unprotect it (Review → Unprotect Sheet) and try again.'],
  InvalidOperationInCellEditMode: ['edit-mode', 'Excel đang ở chế độ sửa ô: nhấn Enter hoặc Esc rồi thử lại.', 'Excel is editing a cell: press Enter or Esc and try again.'],
  RequestPayloadSizeLimitExceeded: ['payload-too-large', 'Dữ liệu quá lớn cho một lần gửi (giới hạn 5 MB của Excel trên web).', 'Too much data for one request (Excel on the web’s 5 MB limit).'],
  ResponsePayloadSizeLimitExceeded: ['payload-too-large', 'Trang tính quá lớn để đọc một lần (giới hạn 5 MB của Excel trên web).', 'The sheet is too large to read at once (Excel on the web’s 5 MB limit).'],
  ItemNotFound: ['not-found', 'Không tìm thấy trang tính hoặc vùng ô (có thể đã bị xóa hay đổi tên).', 'The sheet or range was not found (it may have been deleted or renamed).'],
};

export function toAddinError(e: unknown): AddinError {
  if (e instanceof AddinError) return e;
  const code = (e as { code?: string })?.code ?? '';
  const known = BY_CODE[code];
  if (known) return new AddinError(known[0], known[1], known[2]);
  const msg = e instanceof Error ? e.message : String(e);
  return new AddinError('unknown', `Lỗi không mong đợi: ${msg}`, `Unexpected error: ${msg}`);
}

export const emptySheet = (): AddinError =>
  new AddinError('empty-sheet', 'Trang tính trống: hãy mở trang có bảng phụ lục rồi bấm Kiểm tra.', 'The sheet is empty: open the sheet with the appendix table and press Check.');

export const unsupportedApi = (): AddinError =>
  new AddinError('api-version', 'Phiên bản Excel này chưa hỗ trợ phần bổ trợ (cần ExcelApi 1.13 trở lên): hãy cập nhật Office.', 'This Excel does not support the add-in (ExcelApi 1.13 or later is needed): update Office.');

/** The user decides: pick another cell, or insert again with overwrite. */
export const notEmpty = (address: string, cells: number): AddinError =>
  new AddinError(
    'not-empty',
    `Vùng ${address} có ${cells} ô đã có dữ liệu: chèn bảng sẽ ghi đè lên các ô này. Hãy chọn ô khác, hoặc đồng ý ghi đè.`,
    `${address} has ${cells} non-empty cell${cells === 1 ? '' : 's'}: inserting the table would overwrite ${cells === 1 ? 'it' : 'them'}. Pick another cell, or agree to overwrite.`,
  );
