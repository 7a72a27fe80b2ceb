/**
 * Reading tasks assigned inline, in the body of a plan pasted into a sheet (one paragraph per row,
 * or several lines in a cell): a numbered heading names the task, the labelled lines under it
 * give its owner, partners, deadline and target. Used only where no task table is found.
 */
import { a1, columnLetter } from '../address';
import { clean } from '../text/normalize';
import { ROLES, type ColumnMap, type Role } from '../types';
import type { DetectedTable } from './detect';
import type { Grid } from './grid';
import { assignmentSentence, BULLET, INLINE_ROLES, labelOf, leadOf, NUMBERED_HEADING, valueOf, type InlineRole } from './inline-labels';
import type { FieldCell, RawTask } from './rows';

interface Line {
  row: number;
  col: number;
  text: string;
}

interface Heading {
  line: Line;
  id: string | null;
  title: string;
  /** Roman numerals and capitals 0, "1." 1, "1.2." 2 …, "a)" 9: a heading closes those at or below it. */
  level: number;
}

interface Building {
  heading: Heading | null;
  section: Heading | null;
  fields: Partial<Record<Role, FieldCell>>;
  weakOwner: boolean;
  lastRow: number;
  /** The bullet ("-") of a task titled by a bullet line, whose next sibling ends it. */
  bulletLead?: string;
}

export interface InlineRead {
  table: DetectedTable;
  tasks: RawTask[];
  /** Roles no task was given a line for: the plan never says who or when. */
  unlabelled: InlineRole[];
}

const ASSIGNING: InlineRole[] = ['owner', 'partners', 'deadline'];

export function readInline(grid: Grid): InlineRead | null {
  const tasks: Building[] = [];
  const headings: Heading[] = [];
  let paragraph: Heading | null = null;
  let current: Building | null = null;
  let pending: { task: Building; role: InlineRole; lines: Line[]; row: number } | null = null;

  const close = () => {
    if (current && ASSIGNING.some((r) => current!.fields[r])) tasks.push(current);
    current = null;
  };
  // A bullet task: "- Rà soát văn bản …" whose labels are bullets of another kind ("+ Cơ quan chủ trì: …").
  let bullet: Line | null = null;
  // Under "Phân công trách nhiệm:", where "- Sở X chủ trì …" assigns without a label.
  let assigning = false;
  const start = (label: Line): Building => {
    const top = headings[headings.length - 1] ?? null;
    if (bullet && bullet.text[0] !== label.text[0]) {
      const title = { line: bullet, id: null, title: bullet.text.slice(leadOf(bullet.text).length).trim(), level: 50 };
      const lead = bullet.text[0];
      bullet = null; // it names this task only
      return { heading: title, section: top, fields: {}, weakOwner: false, lastRow: 0, bulletLead: lead };
    }
    // A paragraph after the numbered heading is nearer the labels: it names the task (research §1:
    // "the nearest paragraph above"), under the heading. The paragraph is reset by each heading.
    if (paragraph) return { heading: paragraph, section: top, fields: {}, weakOwner: false, lastRow: 0 };
    const section = headings.length > 1 ? headings[headings.length - 2] : null;
    return { heading: top, section, fields: {}, weakOwner: false, lastRow: 0 };
  };

  for (const line of sheetLines(grid)) {
    const label = labelOf(line.text);
    if (label) {
      pending = finish(pending);
      if (label.role === 'container') {
        // A new block of assignments: the task that already has its own is complete.
        if (current && ASSIGNING.some((r) => current!.fields[r])) close();
        assigning = true;
        continue;
      }
      const role = label.role;
      const had = current?.fields[role];
      if (role === 'owner' && label.weak && had) continue; // "Cơ quan thực hiện" after "chủ trì"
      if (current && had && !(role === 'owner' && current.weakOwner)) close();
      current ??= start(line);
      current.fields[role] = field(line, label.value);
      if (role === 'owner') current.weakOwner = label.weak;
      current.lastRow = line.row;
      if (label.value === '') pending = { task: current, role, lines: [], row: line.row };
      continue;
    }
    // A bullet of the kind that names tasks ("- Số hóa hồ sơ" after "+ Sản phẩm:") is the next task.
    if (pending && ((BULLET.test(line.text) && line.text[0] !== pending.task.bulletLead) || line.row === pending.row)) {
      pending.lines.push(line);
      pending.task.lastRow = line.row;
      continue;
    }
    const sentence = assigning && BULLET.test(line.text) ? assignmentSentence(line.text) : null;
    if (sentence) {
      if (current?.fields[sentence.role]) close(); // a second "Sở … chủ trì …": another task
      current ??= start(line);
      current.fields[sentence.role] = field(line, sentence.agency);
      current.lastRow = line.row;
      continue;
    }
    if (BULLET.test(line.text)) {
      // The next bullet task of the same kind ends this one; other bullets describe the task.
      if (current?.bulletLead === line.text[0]) close();
      bullet = line;
      continue;
    }
    pending = finish(pending);
    close();
    bullet = null;
    assigning = false;
    const heading = headingOf(line);
    if (heading.id === null) {
      paragraph = heading;
      continue;
    }
    while (headings.length > 0 && headings[headings.length - 1].level >= heading.level) headings.pop();
    headings.push(heading);
    paragraph = null;
  }
  finish(pending);
  close();
  return tasks.length > 0 ? assemble(grid, tasks) : null;
}

/** Every line of text in reading order: rows top to bottom, cells left to right, lines in a cell. */
function* sheetLines(grid: Grid): Generator<Line> {
  for (let row = grid.top; row <= grid.bottom; row++) {
    for (let col = grid.left; col <= grid.right; col++) {
      if (grid.isMergedFollower(row, col)) continue;
      const raw = grid.rawValue(row, col);
      // Labels and headings are text: numbers, dates and errors are skipped (a large data sheet
      // with no task table is read fast). grid.text folds line breaks, so lines come from the value.
      if (typeof raw !== 'string') continue;
      for (const t of raw.split(/\r\n|\r|\n/)) {
        const text = clean(t);
        if (text) yield { row, col, text };
      }
    }
  }
}

function headingOf(line: Line): Heading {
  const m = NUMBERED_HEADING.exec(line.text);
  if (!m) return { line, id: null, title: line.text, level: 100 };
  const id = m[1];
  const level = /^[IVXLCDM]+$|^[A-Z]$/.test(id) ? 0 : /^\d/.test(id) ? id.split('.').length : 9;
  return { line, id, title: line.text.slice(m[0].length).replace(/:$/, '').trim(), level };
}

function field(line: Line, text: string): FieldCell {
  return { row: line.row, col: line.col, address: a1(line.row, line.col), text, value: text || null, numberFormat: null, inherited: false };
}

/** The lines under a label with nothing after its colon become its value. */
function finish(p: { task: Building; role: InlineRole; lines: Line[] } | null): null {
  if (!p || p.lines.length === 0) return null;
  p.task.fields[p.role] = field(p.lines[0], valueOf(p.role, p.lines.map((l) => l.text)));
  return null;
}

function assemble(grid: Grid, built: Building[]): InlineRead {
  const labelled = INLINE_ROLES.filter((r) => built.some((b) => b.fields[r]));
  const tasks = built.map((b): RawTask => {
    const first = b.heading?.line ?? Object.values(b.fields)[0]!;
    const anchor: Line = { row: first.row, col: first.col, text: '' };
    const fields: Partial<Record<Role, FieldCell>> = { task: field(b.heading?.line ?? anchor, b.heading?.title ?? '') };
    for (const role of labelled) fields[role] = b.fields[role] ?? field(anchor, '');
    const rows: number[] = [];
    for (let r = first.row; r <= Math.max(first.row, b.lastRow); r++) rows.push(r);
    return { row: first.row, rows, id: b.heading?.id ?? null, section: b.section?.id ?? null, sectionTitle: b.section?.title ?? null, fields };
  });
  // Loops rather than Math.min(...): a long pasted plan could pass more arguments than the stack holds.
  let [left, right, firstRow, lastRow] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const t of tasks) {
    firstRow = Math.min(firstRow, t.row);
    lastRow = Math.max(lastRow, t.rows[t.rows.length - 1]);
    for (const c of Object.values(t.fields)) [left, right] = [Math.min(left, c.col), Math.max(right, c.col)];
  }
  const columns = Object.fromEntries(ROLES.map((r) => [r, null])) as ColumnMap;
  for (const role of ['task', ...labelled] as Role[]) columns[role] = columnLetter(tasks.find((t) => t.fields[role]?.text)?.fields[role]?.col ?? grid.left);
  return {
    table: {
      layout: 'inline',
      headerRows: [],
      firstRow,
      lastRow,
      columns,
      title: null,
      numberRow: null,
      left,
      right,
      headerTexts: new Map(),
    },
    tasks,
    unlabelled: INLINE_ROLES.filter((r) => !labelled.includes(r)),
  };
}
