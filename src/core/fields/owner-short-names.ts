/**
 * A list that writes the body word once: "Các Sở: Nội vụ, Tư pháp", "Sở Tài chính, Xây dựng".
 * owner.ts rewrites such a piece to full names before it reads them from the directory.
 */
import type { AgencyDirectory } from '../agencies/directory';

/** "Các Sở: Nội vụ, Tư pháp" / "Sở Nội vụ, Tư pháp": the body word a shortened list shares. */
const LIST_HEAD = /^(?:các\s+)?(sở|bộ|phòng|ban|hội)\s*:\s*/iu;
const BODY_WORD = /^(sở|bộ|phòng|ban|hội)\s/iu;

/**
 * "Các Sở: Nội vụ, Tư pháp", "Sở Tài chính, Xây dựng": a list that writes the body word once.
 * A short name becomes the body's name only when that is one directory name ("Sở Tư pháp");
 * otherwise the piece stays as written ("Sở Văn hóa, Thể thao và Du lịch" is one name).
 */
export function shortNames(piece: string, dir: AgencyDirectory): string {
  const head = LIST_HEAD.exec(piece);
  let body = head?.[1] ?? null;
  let changed = false;
  const items = piece.slice(head?.[0].length ?? 0).split(',').map((item) => {
    const own = BODY_WORD.exec(item.trim());
    if (own) body = own[1];
    if (own || !body || isOneName(item, dir)) return item;
    // "Tư pháp và Tài chính" after "Sở Nội vụ": two short names.
    for (const names of [[item], item.split(/\svà\s/)]) {
      const full = names.map((n) => `${body} ${n.trim()}`);
      if (full.every((n) => isOneName(n, dir))) {
        changed = true;
        return ` ${full.join(', ')}`;
      }
    }
    return item;
  });
  return changed ? items.join(',').trim() : piece;
}

function isOneName(text: string, dir: AgencyDirectory): boolean {
  const { matches, leftovers } = dir.scan(text);
  return matches.length === 1 && leftovers.length === 0 && !matches[0].collective;
}
