/**
 * The detected role of each column, editable: the user corrects a column the engine got wrong,
 * and the choice is saved with the workbook (settings.columns) and used by the ribbon too.
 */
import { Button, Caption1, Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { columnLetter } from '../../core/address';
import { fieldLabel } from '../../core/labels';
import { clean } from '../../core/text/normalize';
import { ROLES, type ColumnMap, type Role, type SheetSnapshot, type TableInfo } from '../../core/types';
import { useApp } from '../app-context';

const NONE = '';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(130px, 1fr))', gap: tokens.spacingHorizontalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
});

/** "E — Đơn vị chủ trì" for each column of the snapshot, from the table's header rows. */
function columnChoices(snapshot: SheetSnapshot, table: TableInfo): { letter: string; label: string }[] {
  const width = snapshot.values[0]?.length ?? 0;
  return Array.from({ length: width }, (_, j) => {
    const col = snapshot.left + j;
    const words = table.headerRows
      .map((r) => snapshot.values[r - snapshot.top]?.[j])
      .filter((v): v is string => typeof v === 'string')
      .map((v) => clean(v));
    const title = [...new Set(words)].join(' / ');
    const letter = columnLetter(col);
    return { letter, label: title ? `${letter} — ${title.length > 40 ? `${title.slice(0, 39)}…` : title}` : letter };
  });
}

export function ColumnMapping(props: { snapshot: SheetSnapshot; table: TableInfo; onApply: (columns: Partial<ColumnMap> | undefined) => void }) {
  const { snapshot, table, onApply } = props;
  const { lang, t } = useApp();
  const styles = useStyles();
  const choices = useMemo(() => columnChoices(snapshot, table), [snapshot, table]);
  const [draft, setDraft] = useState<ColumnMap>(table.columns);
  const changed = ROLES.some((r) => (draft[r] ?? null) !== (table.columns[r] ?? null));
  const set = (role: Role, letter: string) => setDraft({ ...draft, [role]: letter === NONE ? null : letter });

  return (
    <div>
      <Caption1>{t.mappingHint}</Caption1>
      <div className={styles.grid}>
        {ROLES.map((role) => (
          <Field key={role} label={fieldLabel(role, lang)} size="small">
            <Select size="small" value={draft[role] ?? NONE} onChange={(_, d) => set(role, d.value)}>
              <option value={NONE}>{t.mappingNone}</option>
              {choices.map((c) => (
                <option key={c.letter} value={c.letter}>
                  {c.label}
                </option>
              ))}
            </Select>
          </Field>
        ))}
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" size="small" disabled={!changed} onClick={() => onApply(draft)}>
          {t.mappingApply}
        </Button>
        <Button size="small" onClick={() => onApply(undefined)}>
          {t.mappingReset}
        </Button>
      </div>
    </div>
  );
}

