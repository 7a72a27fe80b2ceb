/** What will be inserted: the layout drawn as the sheet will show it (merged header cells joined). */
import { makeStyles, tokens } from '@fluentui/react-components';
import { displayText } from '../../../core/indices/render';
import type { TableLayout } from '../../../core/indices/layout';
import { useApp } from '../../app-context';

const useStyles = makeStyles({
  scroll: { overflowX: 'auto', maxHeight: '320px', border: `1px solid ${tokens.colorNeutralStroke2}` },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, whiteSpace: 'nowrap' },
  cell: { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: '2px 6px' },
  head: { background: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightSemibold },
  self: { background: '#FFF2CC' },
  caption: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, padding: '4px 0', whiteSpace: 'normal' },
  foot: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, margin: `${tokens.spacingVerticalXS} 0` },
});

/** rowSpan/colSpan of each merge anchor, and the cells a merge covers, in [header…, body…] coordinates. */
function spans(t: TableLayout) {
  const anchor = new Map<string, { rowSpan: number; colSpan: number }>();
  const covered = new Set<string>();
  for (const m of t.merges) {
    // Layout merges count the title as row 0; the preview shows the title as the caption.
    const top = m.top - 1;
    const bottom = m.bottom - 1;
    if (top < 0) continue;
    anchor.set(`${top},${m.left}`, { rowSpan: bottom - top + 1, colSpan: m.right - m.left + 1 });
    for (let r = top; r <= bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== top || c !== m.left) covered.add(`${r},${c}`);
  }
  return { anchor, covered };
}

export function TablePreview({ layout, label }: { layout: TableLayout; label: string }) {
  const { lang } = useApp();
  const styles = useStyles();
  const { anchor, covered } = spans(layout);
  const rows = [...layout.header, ...layout.body];
  return (
    <div>
      <div className={styles.scroll} role="region" aria-label={label} tabIndex={0}>
        <table className={styles.table}>
          <caption className={styles.caption}>{layout.title}</caption>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i}>
                {row.map((c, j) => {
                  if (covered.has(`${i},${j}`)) return null;
                  const Tag = i < layout.header.length ? 'th' : 'td';
                  const cls = [styles.cell, i < layout.header.length ? styles.head : '', c.mark === 'self' ? styles.self : ''].join(' ');
                  return (
                    <Tag key={j} className={cls} {...anchor.get(`${i},${j}`)} style={{ textAlign: c.align ?? (typeof c.value === 'number' ? 'right' : 'left') }}>
                      {displayText(c, lang)}
                    </Tag>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className={styles.foot}>{layout.source}</p>
      {layout.notes.map((n) => (
        <p key={n} className={styles.foot}>
          * {n}
        </p>
      ))}
    </div>
  );
}
