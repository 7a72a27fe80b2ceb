/**
 * The role words in an owner cell: "(chủ trì)", "phối hợp với …", "Sở Nội vụ tham mưu UBND tỉnh".
 * They cut the cell into parts, each with the role its names have (lead, partner, or the body a
 * drafter works for, which is no owner); owner.ts then reads the names of each part.
 */
import { looseKey } from '../text/normalize';

/** The pieces of an owner cell: ";" and line breaks end a piece, and a role word's reach. */
export const PIECES = /[;\n\r]+/;

type Role = 'lead' | 'partner' | 'addressee';

/**
 * Role words inside the owner cell (§3.2): "(chủ trì)", "(phối hợp)" after names; "Chủ trì:",
 * "phối hợp với …" before them; "Sở Nội vụ tham mưu UBND tỉnh" (the drafter leads; the body it
 * drafts for is no owner). Without a role word a cell is all leads, as before.
 */
const ROLE_WORD = /\(\s*(chủ trì|phối hợp|tham mưu)[^()]*\)|(?<!\p{L})((?:cơ quan|đơn vị)\s+)?(chủ trì|phối hợp|tham mưu)(?:\s+(với|cùng|cho))?(?:\s+thực hiện)?(\s*:)?(?!\p{L})/giu;
const ROLE_OF: Record<string, Role> = { 'chu tri': 'lead', 'phoi hop': 'partner', 'tham muu': 'lead' };
const HAS_TEXT = /\p{L}/u;
/**
 * A role word right after these is part of a name or a description, not a mark: "Hội đồng phối
 * hợp phổ biến, giáo dục pháp luật", "Tổ công tác phối hợp liên ngành", "Ban Tham mưu", and after
 * "Cơ quan" ("Các cơ quan chủ trì soạn thảo") unless a label: "Cơ quan chủ trì: Sở Nội vụ".
 */
const NAME_HEAD = /(?<!\p{L})(?:[hH]ội đồng|Tổ(?:\s+công tác)?|Ban)\s+$/u;
/** "Cơ quan chủ trì: …", "Cơ quan chủ trì Sở Nội vụ": after "cơ quan", a label names who comes next. */
const LABEL_END = /^(?:\s*:|\s+\p{Lu})/u;
/** "các sở, ngành" in "Sở Nội vụ và các sở, ngành phối hợp": the set a closing partner word marks. */
const SET_START = /(?<!\p{L})các\s/giu;

interface RolePart {
  text: string;
  role: Role | null;
}

/** The cell cut at its role words, each part with the role they give it. */
export function roleParts(text: string): { text: string; role: Role }[] {
  const parts: RolePart[] = [];
  let at = 0;
  let carried: Role | null = null;
  for (const m of text.matchAll(ROLE_WORD)) {
    const [, paren, label, word, joined, colon] = m;
    const before = text.slice(at, m.index);
    const after = text.slice(m.index + m[0].length);
    const role = ROLE_OF[looseKey(paren ?? word)];
    const bare = !paren && !joined && !colon;
    // "Sở Nội vụ và các sở, ngành phối hợp": the word closes the set before it, not its whole piece.
    const named = text.slice(at, m.index + (label?.length ?? 0));
    const set = bare && role === 'partner' && !/^\s*\p{L}/u.test(after) ? setStart(named) : -1;
    if (set >= 0) {
      pushPart(parts, named.slice(0, set), carried, null);
      pushPart(parts, named.slice(set), null, role);
      carried = null;
      at = m.index + m[0].length;
      continue;
    }
    // Part of a name or a description ("Hội đồng phối hợp …", "Các cơ quan chủ trì soạn thảo").
    if (!paren && !colon && ((label && !LABEL_END.test(text.slice(m.index + label.length + word.length))) || NAME_HEAD.test(before))) continue;
    let back: Role | null = null;
    let next: Role | null = null;
    if (paren) back = role;
    else if (looseKey(word) === 'tham muu' && !colon) [back, next] = [HAS_TEXT.test(before) ? 'lead' : null, 'addressee'];
    else if (!bare) next = role;
    // Bare: "Sở Nội vụ chủ trì, …" closes its name; "…, phối hợp Sở Tư pháp" opens the next.
    else if (role === 'partner' ? !/^\s*\p{L}/u.test(after) : HAS_TEXT.test(before)) back = role;
    else next = role;
    pushPart(parts, before, carried, back);
    carried = next;
    at = m.index + m[0].length;
  }
  pushPart(parts, text.slice(at), carried, null);
  // A cell that marks a lead makes its unmarked names partners; otherwise they lead.
  const unmarked: Role = parts.some((p) => p.role === 'lead') ? 'partner' : 'lead';
  return parts.map((p) => ({ text: p.text, role: p.role ?? unmarked }));
}

/**
 * A role after names reaches back to the start of their piece; the earlier pieces keep the role
 * before. The body a unit drafts for ends with its piece: "… tham mưu UBND tỉnh; Sở Tư pháp".
 */
function pushPart(parts: RolePart[], text: string, carried: Role | null, back: Role | null): void {
  const end = carried === 'addressee' ? text.search(PIECES) : -1;
  if (end >= 0) {
    parts.push({ text: text.slice(0, end), role: carried });
    return pushPart(parts, text.slice(end), null, back);
  }
  const cut = back ? Math.max(...[';', '\n', '\r'].map((c) => text.lastIndexOf(c))) + 1 : text.length;
  if (HAS_TEXT.test(text.slice(0, cut))) parts.push({ text: text.slice(0, cut), role: carried });
  if (HAS_TEXT.test(text.slice(cut))) parts.push({ text: text.slice(cut), role: back });
}

/** Where the last set of the last piece starts ("các …"), when names come before it in that piece; else -1. */
function setStart(text: string): number {
  const piece = Math.max(...[';', '\n', '\r'].map((c) => text.lastIndexOf(c))) + 1;
  const last = [...text.slice(piece).matchAll(SET_START)].pop();
  if (!last || !HAS_TEXT.test(text.slice(piece, piece + last.index))) return -1;
  return piece + last.index;
}
