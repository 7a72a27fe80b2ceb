/** The by-owner summary in the breakdown official progress reports use; scrolls sideways at 300 px. */
import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { OWNER_SUMMARY_COLUMNS, OWNER_SUMMARY_FIGURES as NUMERIC } from '../../core/labels';
import type { OwnerSummary } from '../../core/types';
import { useApp } from '../app-context';

const useStyles = makeStyles({
  scroll: { overflowX: 'auto' },
  table: { minWidth: '620px' },
  owner: { minWidth: '140px' },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', width: '64px' },
});

export function OwnerTable({ rows, caption }: { rows: OwnerSummary[]; caption: string }) {
  const { lang } = useApp();
  const styles = useStyles();
  const percent = (n: number) => n.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 1 }) + '%';
  return (
    <div className={styles.scroll} tabIndex={0} role="region" aria-label={caption}>
      <Table size="extra-small" className={styles.table}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.owner}>{OWNER_SUMMARY_COLUMNS.owner[lang]}</TableHeaderCell>
            {NUMERIC.map((k) => (
              <TableHeaderCell key={k} className={styles.num}>
                {OWNER_SUMMARY_COLUMNS[k][lang]}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.owner}>
              <TableCell className={styles.owner}>{r.owner}</TableCell>
              {NUMERIC.map((k) => (
                <TableCell key={k} className={styles.num}>
                  {k === 'percentOverdue' ? percent(r[k]) : r[k]}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
