/**
 * The line grammar of plans that assign tasks in their body instead of an appendix table
 * (research §1: Bắc Ninh 141/KH-UBND, Hà Nội 308/KH-UBND, Lai Châu 7360/KH-UBND, Lào Cai's PAR
 * plan): under each task heading, "- Cơ quan chủ trì: Sở Nội vụ.", "- Cơ quan phối hợp: …",
 * "- Thời gian thực hiện: Năm 2025.", "Sản phẩm: …", with "b) Cơ quan thực hiện:" or
 * "1.2. Phân công trách nhiệm:" as containers over the labels.
 */
import { looseKey } from '../text/normalize';

/** The roles a label can give, in report order. */
export const INLINE_ROLES = ['owner', 'partners', 'deadline', 'target'] as const;
export type InlineRole = (typeof INLINE_ROLES)[number];

export interface Label {
  /** 'container' heads a block of labels ("Phân công trách nhiệm:") and assigns nothing. */
  role: InlineRole | 'container';
  /** "Cơ quan thực hiện" names the owner only when no "chủ trì" label does. */
  weak: boolean;
  /** The text after the colon, '' when the value follows on the next lines. */
  value: string;
}

const BULLET_CHARS = '-+•–—*●○▪◦';
/** List numbering before "." or ")": "II", "1.2", "a", "A". */
const NUMBERING = '(?:[IVXLCDM]+|\\d+(?:\\.\\d+)*|[a-zđ]|[A-Z])';
export const BULLET = new RegExp(`^[${BULLET_CHARS}]`);
/** A numbered heading: its number, then its text ("1.2. Phân công …", "a) Rà soát …", "II. NHIỆM VỤ"). */
export const NUMBERED_HEADING = new RegExp(`^(${NUMBERING})[.)]\\s*(?=[\\p{L}“"(*])`, 'u');
/** Bullets and list numbering in front of a line: "- ", "+ ", "• ", "a) ", "1.2. ", "II. ". */
const LEAD = new RegExp(`^(?:[${BULLET_CHARS}]\\s*|${NUMBERING}[.)]\\s*(?=[\\p{L}*]))`, 'u');
/** Italic or bold markers around a label copied from formatted text. */
const EMPHASIS = /^[*_]+|[*_]+$/g;

// Keys are looseKey()s: lower case, no diacritics, punctuation as spaces.
const AGENCY = '(?:co quan|don vi|co quan don vi|cac co quan|cac don vi)';
const ROLE_KEYS: { role: Label['role']; weak?: boolean; key: RegExp }[] = [
  { role: 'owner', key: new RegExp(`^(?:${AGENCY} )?chu tri(?: (?:thuc hien|tham muu(?: thuc hien)?|theo doi|soan thao|chinh))?$`) },
  { role: 'partners', key: new RegExp(`^(?:${AGENCY} )?phoi hop(?: thuc hien)?$`) },
  { role: 'owner', weak: true, key: new RegExp(`^${AGENCY} (?:thuc hien|dau moi|chiu trach nhiem)$`) },
  { role: 'deadline', key: /^(?:thoi gian|thoi han|tien do|moc thoi gian)(?: (?:thuc hien|hoan thanh|trien khai|du kien|du kien hoan thanh|bao cao))?$/ },
  { role: 'target', key: /^(?:san pham|ket qua|chi tieu|muc tieu|noi dung va muc tieu)(?: (?:dau ra|du kien|can dat|dat duoc|chu yeu|san pham|ket qua))*$/ },
  // Not "Tổ chức thực hiện": that is the plan's closing section, prose about each body's duties.
  { role: 'container', key: /^(?:phan cong (?:trach nhiem|thuc hien|nhiem vu)|trach nhiem thuc hien)$/ },
];

/** A label can only be short: longer text before a colon is a sentence ("Sở X chủ trì nội dung: …"). */
const MAX_LABEL_LENGTH = 60;

/** The lead (bullet or numbering) of a line, '' when it has none. */
export function leadOf(line: string): string {
  return LEAD.exec(line)?.[0] ?? '';
}

export function labelOf(line: string): Label | null {
  const lead = leadOf(line);
  const body = line.slice(lead.length);
  const colon = body.indexOf(':');
  // Without a colon only a numbered heading is a label ("1.2. Phân công trách nhiệm"): other text
  // is answered before any key is computed, which matters on large sheets with no table.
  if (colon < 0 && (lead === '' || BULLET.test(lead))) return null;
  const name = colon >= 0 ? body.slice(0, colon) : body;
  if (name.length > MAX_LABEL_LENGTH) return null;
  const key = looseKey(name.replace(EMPHASIS, ''));
  const spec = ROLE_KEYS.find((s) => s.key.test(key));
  // "2. Kết quả" or "II. MỤC TIÊU" without a colon is a heading of the plan, not a label.
  if (!spec || (colon < 0 && spec.role !== 'container')) return null;
  const value = colon >= 0 ? body.slice(colon + 1).replace(EMPHASIS, '').trim() : '';
  // "Cơ quan thực hiện:" with nothing after it heads the "chủ trì" and "phối hợp" lines below.
  if (spec.weak && value === '') return { role: 'container', weak: false, value };
  return { role: spec.role, weak: spec.weak ?? false, value };
}

/**
 * The value of a label whose text continues on the lines below it: bullets dropped; for agencies,
 * one per line ("+ Sở Khoa học và Công nghệ chủ trì nội dung: …" gives the agency before "chủ trì").
 */
export function valueOf(role: InlineRole, lines: readonly string[]): string {
  const texts = lines.map((l) => (BULLET.test(l) ? l.slice(leadOf(l).length) : l).trim()).filter(Boolean);
  return role === 'owner' || role === 'partners' ? texts.map(agencyBeforeVerb).join('; ') : texts.join('\n');
}


export interface LabelledCell {
  /** The lines before the first label: the cell's own content ("Tập huấn cán bộ"). */
  head: string;
  labels: Map<InlineRole, string>;
}

/**
 * A table cell holding labelled lines: "- Chủ trì: Sở Nội vụ\n- Phối hợp: Sở Tư pháp" in a
 * "Phân công nhiệm vụ" column, or a task cell ending in "- Thời gian: Quý II/2025". Null when no
 * line is a label, which is the common case and is answered without splitting most cells.
 */
export function labelledCell(value: string): LabelledCell | null {
  if (!value.includes(':')) return null;
  const lines = value.split(/\r\n|\r|\n/).map((l) => l.trim()).filter(Boolean);
  const head: string[] = [];
  const parts = new Map<InlineRole, string[]>();
  let current: string[] = head;
  for (const line of lines) {
    const label = labelOf(line);
    if (!label || label.role === 'container') {
      current.push(line);
      continue;
    }
    current = parts.get(label.role) ?? [];
    parts.set(label.role, current);
    if (label.value) current.push(label.value);
  }
  if (parts.size === 0) return null;
  const labels = new Map<InlineRole, string>();
  for (const [role, texts] of parts) labels.set(role, valueOf(role, texts));
  return { head: head.join('\n'), labels };
}

function agencyBeforeVerb(line: string): string {
  return assignmentSentence(line)?.agency ?? line;
}

/** "Sở Nội vụ chủ trì …", "Sở Tư pháp phối hợp với …": an agency, then the verb that gives its role. */
const ASSIGNING_VERB = /^(\p{Lu}.{2,79}?)[\s,;]+(chủ trì|chịu trách nhiệm|phối hợp)(?=[\s,.:;]|$)/u;

/**
 * A sentence under "Phân công trách nhiệm" that assigns without a label: "- Sở Kế hoạch và Đầu tư
 * chủ trì tham mưu …" names the owner, "- Sở Nội vụ phối hợp với …" a partner.
 */
export function assignmentSentence(line: string): { role: 'owner' | 'partners'; agency: string } | null {
  const body = line.normalize('NFC').slice(leadOf(line).length).trim();
  const m = ASSIGNING_VERB.exec(body);
  if (!m) return null;
  return { role: /^phối/i.test(m[2]) ? 'partners' : 'owner', agency: m[1] };
}
