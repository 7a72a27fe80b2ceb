/** The tables the add-in inserted in this workbook: go to, delete, and refresh them all in place. */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowSyncRegular, DeleteRegular } from '@fluentui/react-icons';
import { INDEX_SHORT } from '../../../core/indices/model';
import type { IndexTableRecord } from '../../../excel/api';
import { useApp } from '../../app-context';
import type { ActionState } from '../../state/use-action';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  name: { flexGrow: 1, justifyContent: 'flex-start', textAlign: 'left', fontWeight: tokens.fontWeightRegular },
});

interface Props {
  tables: IndexTableRecord[];
  action: ActionState;
  onRefresh: () => void;
  onRemove: (record: IndexTableRecord) => void;
}

export function InsertedTables({ tables, action, onRefresh, onRemove }: Props) {
  const { api, t } = useApp();
  const styles = useStyles();
  if (tables.length === 0) return <p>{t.noInserted}</p>;
  return (
    <>
      <ul className={styles.list}>
        {tables.map((r) => {
          const what = `${INDEX_SHORT[r.meta.index]} · ${t.layouts[r.meta.layout]} · ${r.meta.provinceName} · ${r.meta.years.join(', ')}`;
          return (
            <li key={r.key} className={styles.item}>
              <Button appearance="subtle" size="small" className={styles.name} title={t.goToTable(r.address)} onClick={() => action.run(() => api.selectCell(r.sheet, r.address))}>
                {what} — {r.sheet}!{r.address}
              </Button>
              <Button appearance="subtle" size="small" icon={<DeleteRegular />} aria-label={`${t.removeTable}: ${what}`} onClick={() => onRemove(r)} disabled={action.busy} />
            </li>
          );
        })}
      </ul>
      <Button icon={<ArrowSyncRegular />} onClick={onRefresh} disabled={action.busy}>
        {t.refreshAll}
      </Button>
    </>
  );
}
