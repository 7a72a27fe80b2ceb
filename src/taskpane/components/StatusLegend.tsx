/** Counts by status with the highlight colour of each: the legend of the sheet's colours. */
import { makeStyles, tokens } from '@fluentui/react-components';
import { STATUS_ORDER, statusLabel } from '../../core/labels';
import type { TaskStatus } from '../../core/types';
import { HIGHLIGHT_COLORS } from '../../excel/highlight';
import { useApp } from '../app-context';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', gridTemplateColumns: '1fr auto', rowGap: tokens.spacingVerticalXXS },
  swatch: {
    display: 'inline-block', width: '14px', height: '14px', marginRight: tokens.spacingHorizontalS, verticalAlign: 'middle',
    border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusSmall,
  },
  count: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', fontWeight: tokens.fontWeightSemibold },
});

export function StatusLegend({ counts }: { counts: Record<TaskStatus, number> }) {
  const { lang } = useApp();
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {STATUS_ORDER.map((s) => (
        <li key={s} style={{ display: 'contents' }}>
          <span>
            <span className={styles.swatch} style={{ background: HIGHLIGHT_COLORS[s] ?? 'transparent' }} aria-hidden />
            {statusLabel(s, lang)}
          </span>
          <span className={styles.count}>{counts[s]}</span>
        </li>
      ))}
    </ul>
  );
}
