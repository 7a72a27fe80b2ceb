/**
 * Opening an .xlsx for the CLI: every way a file can be unusable becomes one bilingual line
 * (exit code 2) instead of an exceljs stack trace. The container is recognised by its first
 * bytes before exceljs sees it: ZIP for .xlsx, OLE/CFB for encrypted .xlsx and legacy .xls.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';

/** Input the CLI cannot use: a one-line bilingual message, exit code 2. */
export class UnusableInputError extends Error {
  constructor(readonly messageVi: string, readonly messageEn: string) {
    super(`${messageVi} / ${messageEn}`);
    this.name = 'UnusableInputError';
  }
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (data: Buffer, sig: number[]): boolean => data.length >= sig.length && sig.every((b, i) => data[i] === b);
const utf16 = (s: string): Buffer => Buffer.from(s, 'utf16le');

const SAVE_AS = { vi: 'hãy mở bằng Excel và lưu lại dạng .xlsx', en: 'open it in Excel and save it as .xlsx' };

/** Why an OLE compound file is not readable: Office puts an encrypted .xlsx in an "EncryptedPackage" stream. */
function oleProblem(data: Buffer, name: string): UnusableInputError {
  if (data.includes(utf16('EncryptedPackage')) || data.includes(utf16('EncryptionInfo'))) {
    return new UnusableInputError(
      `“${name}” được bảo vệ bằng mật khẩu: hãy mở bằng Excel, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi lưu lại`,
      `“${name}” is password-protected (encrypted): open it in Excel, remove the password (File › Info › Protect Workbook) and save it again`,
    );
  }
  if (data.includes(utf16('Workbook')) || data.includes(utf16('Book'))) {
    return new UnusableInputError(`“${name}” là tệp Excel 97–2003 (.xls) cũ: ${SAVE_AS.vi}`, `“${name}” is a legacy Excel 97–2003 (.xls) file: ${SAVE_AS.en}`);
  }
  return new UnusableInputError(
    `“${name}” là tệp Office dạng cũ (OLE), không phải .xlsx — có thể là .xls hoặc tệp có mật khẩu: ${SAVE_AS.vi}`,
    `“${name}” is an old-style Office (OLE) file, not an .xlsx — a legacy .xls or a password-protected file: ${SAVE_AS.en}`,
  );
}

function notXlsx(data: Buffer, name: string): UnusableInputError {
  const head = data.subarray(0, 2048).toString('utf8');
  const ext = path.extname(name).toLowerCase();
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') {
    return new UnusableInputError(`“${name}” là tệp văn bản (${ext}), không phải sổ Excel: ${SAVE_AS.vi}`, `“${name}” is a text file (${ext}), not a workbook: ${SAVE_AS.en}`);
  }
  if (/^\s*<(\?xml|html|!doctype)/i.test(head)) {
    return new UnusableInputError(`“${name}” là tệp HTML/XML, không phải tệp .xlsx: ${SAVE_AS.vi}`, `“${name}” is HTML/XML, not an .xlsx file: ${SAVE_AS.en}`);
  }
  return new UnusableInputError(`“${name}” không phải tệp Excel .xlsx`, `“${name}” is not an Excel .xlsx file`);
}

async function readBytes(file: string): Promise<Buffer> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    throw new UnusableInputError(`Không tìm thấy tệp “${file}”`, `File not found: “${file}”`);
  }
  if (stat.isDirectory()) throw new UnusableInputError(`“${file}” là thư mục, không phải tệp .xlsx`, `“${file}” is a directory, not an .xlsx file`);
  if (stat.size === 0) throw new UnusableInputError(`Tệp “${file}” rỗng (0 byte)`, `“${file}” is empty (0 bytes)`);
  try {
    return await fs.readFile(file);
  } catch {
    throw new UnusableInputError(`Không đọc được tệp “${file}” (quyền truy cập?)`, `Cannot read “${file}” (permissions?)`);
  }
}

/** Loads a workbook or throws UnusableInputError saying, in both languages, what is wrong with the file. */
export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const data = await readBytes(file);
  if (startsWith(data, OLE)) throw oleProblem(data, file);
  if (!startsWith(data, ZIP)) throw notXlsx(data, file);
  if (data.subarray(30, 100).toString('latin1').includes('mimetypeapplication/vnd.oasis')) {
    throw new UnusableInputError(`“${file}” là tệp OpenDocument (.ods): ${SAVE_AS.vi}`, `“${file}” is an OpenDocument spreadsheet (.ods): ${SAVE_AS.en}`);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new UnusableInputError(`Tệp “${file}” bị hỏng, không đọc được`, `“${file}” is damaged and cannot be read`);
  }
  if (workbook.worksheets.length === 0) {
    throw new UnusableInputError(`“${file}” không có trang tính nào (có phải tệp .xlsx?)`, `“${file}” has no worksheet (is it really an .xlsx?)`);
  }
  return workbook;
}
