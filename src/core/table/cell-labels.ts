/**
 * Labelled lines inside a table's cells: an owner cell "- Chủ trì: Sở Nội vụ\n- Phối hợp: Sở Tư
 * pháp" under a single "Phân công nhiệm vụ" header, or a task cell that ends in "- Cơ quan chủ trì:
 * …\n- Thời gian: …" in a table with no such columns. Each labelled value goes to its role, unless
 * that role has a filled cell of its own, which is what the table says and wins.
 */
import type { Role } from '../types';
import { INLINE_ROLES, labelledCell } from './inline-labels';
import type { FieldCell, RawTask } from './rows';

type Fields = RawTask['fields'];

/**
 * Cells that may start with a label ("Chủ trì: Sở Nội vụ"). In a task or criterion cell a label only
 * counts on a line of its own below the text ("Nhiệm vụ 1: …" is a task). Progress and notes are
 * never split: "Thời gian hoàn thành: 15/8/2025" there is when the work was done, not a deadline.
 */
const LABELLED_ROLES: ReadonlySet<string> = new Set<Role>(INLINE_ROLES);
const UNSPLIT_ROLES: ReadonlySet<string> = new Set<Role>(['id', 'progress', 'note']);

export function withCellLabels(fields: Fields): Fields {
  let out = fields;
  for (const role in fields) {
    if (UNSPLIT_ROLES.has(role)) continue;
    const cell = fields[role as Role]!;
    if (typeof cell.value !== 'string' || (!LABELLED_ROLES.has(role) && !cell.value.includes('\n'))) continue;
    const parts = labelledCell(cell.value);
    if (!parts) continue;
    if (out === fields) out = { ...fields };
    out[role as Role] = withText(cell, parts.head);
    for (const [to, text] of parts.labels) {
      const own = out[to];
      if (own && own.text && own.address !== cell.address) continue;
      out[to] = withText(cell, text);
    }
  }
  return out;
}

function withText(cell: FieldCell, text: string): FieldCell {
  return { ...cell, text, value: text === '' ? null : text };
}
