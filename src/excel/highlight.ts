/**
 * Highlighting task rows by status with conditional formats the add-in owns. A rule's formula
 * carries a marker ("phuluc:overdue"), so the add-in finds and removes exactly its own rules —
 * also after the file was closed and reopened — and the cells' own fills are never touched.
 * Two syncs however many rows: one to list the old rules, one to replace them.
 */
import { columnLetter } from '../core/address';
import type { TaskStatus } from '../core/types';
import type { HighlightRequest, HighlightResult } from './api';

export const HIGHLIGHT_COLORS: Partial<Record<TaskStatus, string>> = {
  overdue: '#FFC7CE',
  'due-soon': '#FFEB9C',
  done: '#C6EFCE',
};

const MARKER = 'phuluc:';
/** Always true, and names the rule as ours: N() of a text is 0. */
export const ruleFormula = (status: TaskStatus): string => `=N("${MARKER}${status}")=0`;
export const isOurRule = (formula: string): boolean => formula.includes(`"${MARKER}`);

/** Address lists stay well under Excel's 8,192-character limit for getRanges. */
const MAX_ADDRESS = 7000;

/** Contiguous rows → "A7:G9" blocks, joined into address lists no longer than MAX_ADDRESS. */
export function rowBlocks(rows: number[], firstColumn: number, lastColumn: number): string[] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const blocks: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    blocks.push(`${columnLetter(firstColumn)}${sorted[i]}:${columnLetter(lastColumn)}${sorted[j]}`);
    i = j + 1;
  }
  const lists: string[] = [];
  let current = '';
  for (const b of blocks) {
    if (current && current.length + b.length + 1 > MAX_ADDRESS) {
      lists.push(current);
      current = '';
    }
    current = current ? `${current},${b}` : b;
  }
  if (current) lists.push(current);
  return lists;
}

async function ourRules(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<Excel.ConditionalFormat[]> {
  const all = sheet.getRange().conditionalFormats;
  all.load('items/type,items/custom/rule/formula');
  await context.sync();
  return all.items.filter((cf) => cf.type === 'Custom' && isOurRule(cf.custom.rule.formula));
}

export async function highlight(excel: typeof Excel, req: HighlightRequest): Promise<HighlightResult> {
  return excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(req.sheet);
    const old = await ourRules(context, sheet);
    for (const cf of old) cf.delete();
    const counts: HighlightResult['rows'] = {};
    for (const [status, color] of Object.entries(HIGHLIGHT_COLORS) as [TaskStatus, string][]) {
      const rows = req.tasks.filter((t) => t.status === status).flatMap((t) => t.rows);
      if (rows.length === 0) continue;
      counts[status] = new Set(rows).size;
      for (const address of rowBlocks(rows, req.firstColumn, req.lastColumn)) {
        const cf = sheet.getRanges(address).conditionalFormats.add(excel.ConditionalFormatType.custom);
        cf.custom.rule.formula = ruleFormula(status);
        cf.custom.format.fill.color = color;
      }
    }
    await context.sync();
    return { rows: counts, syncs: 2 };
  });
}

export async function clearHighlight(excel: typeof Excel, sheetName?: string): Promise<{ removed: number }> {
  return excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    const targets = sheetName ? [sheets.getItem(sheetName)] : sheets.items.map((s) => sheets.getItem(s.name));
    const lists = targets.map((s) => {
      const all = s.getRange().conditionalFormats;
      all.load('items/type,items/custom/rule/formula');
      return all;
    });
    await context.sync();
    let removed = 0;
    for (const list of lists) {
      for (const cf of list.items) {
        if (cf.type === 'Custom' && isOurRule(cf.custom.rule.formula)) {
          cf.delete();
          removed++;
        }
      }
    }
    await context.sync();
    return { removed };
  });
}
