/**
 * The demo's simulated Excel window: sheet tabs and a grid drawn from the in-memory workbook —
 * values, merges, the fill a person would see (own fill or the add-in's conditional format),
 * bold text and the selection. A click selects a cell (as in Excel, the active cell is where an
 * index table goes); a double-click edits it, which raises the sheet's change event.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { a1, columnLetter, parseA1 } from '../core/address';
import type { FakeWorkbookState } from './fake-excel';
import { textAt } from './fake-excel/state';

export interface SheetLook {
  /** Column widths in characters, by sheet name. */
  widths: Record<string, number[]>;
  /** Bold cells "row,col", by sheet name. */
  bold: Record<string, Set<string>>;
  /** The sample's own area, whose cells wrap their text (as the fixtures' cells do), by sheet name. */
  wrapped: Record<string, { rows: number; cols: number }>;
}

const useStyles = makeStyles({
  wrap: { display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0, background: '#fff', border: `1px solid ${tokens.colorNeutralStroke1}` },
  tabs: { display: 'flex', gap: '2px', background: '#f3f3f3', borderTop: `1px solid ${tokens.colorNeutralStroke2}`, padding: '2px 4px' },
  tab: { border: 'none', background: 'transparent', padding: '4px 12px', cursor: 'pointer', fontSize: '13px', color: '#333' },
  activeTab: { background: '#fff', color: '#0f6b3a', fontWeight: 600, borderBottom: '2px solid #0f6b3a' },
  scroll: { overflow: 'auto', flexGrow: 1, minHeight: 0 },
  table: { borderCollapse: 'collapse', tableLayout: 'fixed', fontSize: '12px', fontFamily: '"Times New Roman", serif' },
  head: { background: '#f3f3f3', color: '#444', fontFamily: 'system-ui, sans-serif', fontWeight: 400, border: '1px solid #d4d4d4', position: 'sticky', top: 0, zIndex: 1 },
  rowHead: { background: '#f3f3f3', color: '#444', fontFamily: 'system-ui, sans-serif', textAlign: 'center', border: '1px solid #d4d4d4', position: 'sticky', left: 0, width: '36px' },
  cell: { border: '1px solid #e1e1e1', padding: '2px 4px', verticalAlign: 'top', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', cursor: 'cell' },
  // Excel lets unwrapped text run over empty neighbours.
  nowrap: { whiteSpace: 'nowrap', overflow: 'visible', overflowWrap: 'normal' },
  selected: { outline: '2px solid #107c41', outlineOffset: '-2px' },
  editor: { width: '100%', boxSizing: 'border-box', font: 'inherit' },
});

interface Extent {
  rows: number;
  cols: number;
}

function extentOf(state: FakeWorkbookState, sheetName: string): Extent {
  const sheet = state.sheet(sheetName);
  // Room to the right and below the data, where a user puts an index table.
  let rows = 40;
  let cols = 26;
  for (const key of sheet?.cells.keys() ?? []) {
    const [r, c] = key.split(',').map(Number);
    rows = Math.max(rows, r + 10);
    cols = Math.max(cols, c + 2);
  }
  return { rows, cols };
}

export function SheetGrid({ state, look, label }: { state: FakeWorkbookState; look: SheetLook; label: string }) {
  const styles = useStyles();
  const version = useSyncExternalStore(
    (listener) => state.subscribe(listener),
    () => state.version,
  );
  const [editing, setEditing] = useState<{ row: number; col: number; text: string } | null>(null);
  const selectedRef = useRef<HTMLTableCellElement | null>(null);
  const sheetName = state.activeSheet;
  const sheet = state.sheet(sheetName);
  // version is the store's change counter: a new cell typed in the grid can widen the extent.
  const extent = useMemo(() => extentOf(state, sheetName), [state, sheetName, version]);
  const selection = state.selection?.sheet === sheetName ? parseA1(state.selection.address.split(':')[0]) : null;

  useEffect(() => {
    selectedRef.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [version]);

  if (!sheet) return null;
  const covered = new Set<string>();
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  for (const m of sheet.merges) {
    spans.set(`${m.top},${m.left}`, { rowSpan: m.bottom - m.top + 1, colSpan: m.right - m.left + 1 });
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
  }
  const widths = look.widths[sheetName] ?? [];
  const px = (j: number) => Math.max(4, widths[j] ?? 9) * 7 + 8;
  const tableWidth = 36 + Array.from({ length: extent.cols }, (_, j) => px(j)).reduce((a, b) => a + b, 0);
  const bold = look.bold[sheetName] ?? new Set<string>();
  const select = (row: number, col: number) => state.select(sheetName, a1(row, col));
  const commit = () => {
    if (editing) state.userEdit(sheetName, editing.row, editing.col, editing.text === '' ? null : editing.text);
    setEditing(null);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter') commit();
    if (e.key === 'Escape') setEditing(null);
  };

  return (
    <div className={styles.wrap}>
      <div className={styles.scroll} role="region" aria-label={`${label}: ${sheetName}`} tabIndex={0}>
        <table className={styles.table} style={{ width: `${tableWidth}px` }}>
          <colgroup>
            <col style={{ width: '36px' }} />
            {Array.from({ length: extent.cols }, (_, j) => (
              <col key={j} style={{ width: `${px(j)}px` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th className={styles.head} scope="col">
                <span style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>#</span>
              </th>
              {Array.from({ length: extent.cols }, (_, j) => (
                <th key={j} className={styles.head} scope="col">
                  {columnLetter(j + 1)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: extent.rows }, (_, i) => {
              const row = i + 1;
              return (
                <tr key={row}>
                  <th className={styles.rowHead} scope="row">
                    {row}
                  </th>
                  {Array.from({ length: extent.cols }, (_, j) => {
                    const col = j + 1;
                    const key = `${row},${col}`;
                    if (covered.has(key)) return null;
                    const isSelected = selection?.row === row && selection.col === col;
                    const fill = state.effectiveFill(sheetName, row, col);
                    const area = look.wrapped[sheetName];
                    const wraps = sheet.styles?.get(key)?.wrapText ?? (!!area && row <= area.rows && col <= area.cols);
                    return (
                      <td
                        key={key}
                        {...spans.get(key)}
                        ref={isSelected ? selectedRef : undefined}
                        className={`${styles.cell}${wraps ? '' : ` ${styles.nowrap}`}${isSelected ? ` ${styles.selected}` : ''}`}
                        style={{ background: fill ?? undefined, fontWeight: bold.has(key) ? 700 : undefined }}
                        data-cell={a1(row, col)}
                        data-fill={fill ?? ''}
                        data-selected={isSelected || undefined}
                        onClick={() => select(row, col)}
                        onDoubleClick={() => setEditing({ row, col, text: textAt(sheet, row, col) })}
                      >
                        {editing?.row === row && editing.col === col ? (
                          <input className={styles.editor} aria-label={a1(row, col)} autoFocus value={editing.text} onChange={(e) => setEditing({ ...editing, text: e.target.value })} onBlur={commit} onKeyDown={onKey} />
                        ) : (
                          textAt(sheet, row, col)
                        )}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className={styles.tabs} role="tablist" aria-label="Sheets">
        {state.sheets.map((s) => (
          <button
            key={s.name}
            role="tab"
            aria-selected={s.name === sheetName}
            className={`${styles.tab}${s.name === sheetName ? ` ${styles.activeTab}` : ''}`}
            onClick={() => state.activate(s.name)}
          >
            {s.name}
          </button>
        ))}
      </div>
    </div>
  );
}
