/**
 * Pick index, province, years and layout → preview → insert at the selected cell. Cells that
 * already hold data are never overwritten without the user saying so.
 */
import { Button, Field, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Select, tokens } from '@fluentui/react-components';
import { TableAddRegular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { LAYOUT_KINDS, type LayoutKind, type TableLayout } from '../../../core/indices/layout';
import { INDEX_IDS, INDEX_NAMES, INDEX_SHORT, pick, type Geo, type IndexDataset, type IndexId } from '../../../core/indices/model';
import type { ProvinceSelection } from '../../../core/indices/provinces';
import { levelsOf, yearsOf } from '../../../core/indices/query';
import { buildTable, hasFigures } from '../../../core/indices/tables';
import { AddinError } from '../../../excel/api';
import { useApp } from '../../app-context';
import type { ActionState } from '../../state/use-action';
import { ProvincePicker } from './ProvincePicker';
import { TablePreview } from './TablePreview';


const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', '& > *': { flexGrow: 1, minWidth: '110px' } },
});

export interface InsertForm {
  index: IndexId;
  selection: ProvinceSelection | null;
  from: number | null;
  to: number | null;
  layout: LayoutKind;
  level: string | undefined;
}

interface Props {
  geo: Geo;
  ds: IndexDataset | null;
  form: InsertForm;
  onForm: (form: InsertForm) => void;
  action: ActionState;
  onInserted: () => Promise<void>;
}

export function InsertTableForm({ geo, ds, form, onForm, action, onInserted }: Props) {
  const { api, lang, t } = useApp();
  const styles = useStyles();
  const [confirm, setConfirm] = useState<string | null>(null);
  const years = ds ? yearsOf(ds) : [];
  const to = form.to ?? years[years.length - 1] ?? null;
  const from = form.layout === 'profile' ? (form.from ?? to) : to;
  const chosenYears = from !== null && to !== null && from <= to ? years.filter((y) => y >= from && y <= to) : [];
  const levels = ds && to !== null ? levelsOf(ds, to) : [];

  const layout: TableLayout | null = useMemo(() => {
    if (!ds || !form.selection || chosenYears.length === 0) return null;
    return buildTable(form.layout, { ds, geo, selection: form.selection, years: chosenYears, lang, level: form.layout === 'ranking' ? form.level : undefined });
  }, [ds, geo, form.selection, form.layout, form.level, chosenYears.join(','), lang]);

  const insert = (overwrite: boolean) =>
    action.run(async () => {
      if (!layout) return;
      setConfirm(null);
      try {
        const record = await api.insertIndexTable(layout, { overwrite });
        await onInserted();
        return t.inserted(record.address);
      } catch (e) {
        if (e instanceof AddinError && e.code === 'not-empty') {
          setConfirm(lang === 'vi' ? e.messageVi : e.messageEn);
          return;
        }
        throw e;
      }
    });

  const set = (patch: Partial<InsertForm>) => onForm({ ...form, ...patch });
  return (
    <div className={styles.form}>
      <div className={styles.row}>
        <Field label={t.indexLabel}>
          <Select value={form.index} onChange={(_, d) => set({ index: d.value as IndexId, from: null, to: null, level: undefined })}>
            {INDEX_IDS.map((id) => (
              <option key={id} value={id} title={pick(INDEX_NAMES[id].name, lang)}>
                {INDEX_SHORT[id]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.layoutLabel}>
          <Select value={form.layout} onChange={(_, d) => set({ layout: d.value as LayoutKind })}>
            {LAYOUT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t.layouts[k]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <ProvincePicker geo={geo} value={form.selection} onChange={(selection) => set({ selection })} />
      <div className={styles.row}>
        {form.layout === 'profile' && (
          <Field label={t.fromYear}>
            <Select value={String(from ?? '')} onChange={(_, d) => set({ from: Number(d.value) })}>
              {years.map((y) => (
                <option key={y}>{y}</option>
              ))}
            </Select>
          </Field>
        )}
        <Field label={form.layout === 'profile' ? t.toYear : t.year}>
          <Select value={String(to ?? '')} onChange={(_, d) => set({ to: Number(d.value) })}>
            {years.map((y) => (
              <option key={y}>{y}</option>
            ))}
          </Select>
        </Field>
        {form.layout === 'ranking' && (
          <Field label={t.levelLabel}>
            <Select value={form.level ?? ''} onChange={(_, d) => set({ level: d.value || undefined })}>
              {levels.map((l) => (
                <option key={l.code} value={l.code === 'total' ? '' : l.code}>
                  {pick(l.label, lang)}
                </option>
              ))}
            </Select>
          </Field>
        )}
      </div>
      {layout && !hasFigures(layout) && form.selection && (
        <MessageBar intent="warning">
          <MessageBarBody>{t.noFigures(INDEX_SHORT[form.index], chosenYears.join(', '), pick(form.selection.province, lang), years.join(', '))}</MessageBarBody>
        </MessageBar>
      )}
      {layout && hasFigures(layout) && (
        <>
          <TablePreview layout={layout} label={t.preview} />
          <Button appearance="primary" icon={<TableAddRegular />} onClick={() => insert(false)} disabled={action.busy}>
            {t.insertAtCell}
          </Button>
        </>
      )}
      {confirm && (
        <MessageBar intent="warning" role="alert">
          <MessageBarBody>{confirm}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => insert(true)} disabled={action.busy}>
              {t.notEmptyConfirm}
            </Button>
            <Button size="small" appearance="transparent" onClick={() => setConfirm(null)}>
              {t.dismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}
