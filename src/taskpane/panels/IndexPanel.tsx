/**
 * "Bảng chỉ số": insert index result tables (PAPI, PAR INDEX, SIPAS, PCI) from the bundled
 * dataset, refresh or delete the inserted ones, check target tables, import newer results.
 * Loaded lazily with its dataset, so the pane's first load does not carry them.
 */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { Geo, IndexDataset } from '../../core/indices/model';
import { requestFromMeta, buildTable } from '../../core/indices/tables';
import type { IndexId } from '../../core/indices/model';
import { loadGeo } from '../../data/indices/load';
import { datasetWithImport } from '../../data/indices/with-data';
import type { IndexTableRecord } from '../../excel/api';
import { useApp } from '../app-context';
import { Feedback } from '../components/Feedback';
import { ImportData } from '../components/index/ImportData';
import { InsertedTables } from '../components/index/InsertedTables';
import { InsertTableForm, type InsertForm } from '../components/index/InsertTableForm';
import { TargetCheck } from '../components/index/TargetCheck';
import { useAction } from '../state/use-action';
import type { Validation } from '../state/use-validation';

const useStyles = makeStyles({ panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS }, inner: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS } });

export default function IndexPanel({ validation }: { validation: Validation }) {
  const { api, t } = useApp();
  const styles = useStyles();
  const action = useAction();
  const imported = validation.settings.imported ?? {};
  const [geo, setGeo] = useState<Geo | null>(null);
  const [ds, setDs] = useState<IndexDataset | null>(null);
  const [tables, setTables] = useState<IndexTableRecord[]>([]);
  const [form, setForm] = useState<InsertForm>({ index: 'papi', selection: null, from: null, to: null, layout: 'profile', level: undefined });

  const { run } = action; // stable across renders (useCallback in useAction)
  useEffect(() => {
    let live = true;
    loadGeo().then((g) => live && setGeo(g), () => undefined); // bundled with the add-in: cannot fail short of a broken build
    return () => {
      live = false;
    };
  }, []);

  const importedText = imported[form.index];
  useEffect(() => {
    let live = true;
    setDs(null);
    datasetWithImport(form.index, importedText).then((r) => live && setDs(r.ds), () => undefined);
    return () => {
      live = false;
    };
  }, [form.index, importedText]);

  /** Re-read the inserted tables; called inside other actions, so it is not an action itself. */
  const reload = useCallback(async () => setTables(await api.listIndexTables()), [api]);
  useEffect(() => {
    void run(reload);
  }, [run, reload]);

  const refresh = () =>
    action.run(async () => {
      if (!geo) return;
      const summary = await api.refreshIndexTables(async (meta) => {
        const { ds: data } = await datasetWithImport(meta.index, imported[meta.index]);
        const req = requestFromMeta(meta, data, geo);
        return req ? buildTable(meta.layout, req) : null;
      });
      await reload();
      return [t.refreshed(summary.tables, summary.cellsChanged), summary.skipped.length ? t.refreshSkipped(summary.skipped.length) : ''].join(' ').trim();
    });
  const remove = (r: IndexTableRecord) =>
    action.run(async () => {
      const cells = await api.removeIndexTable(r.key);
      await reload();
      return t.removed(cells);
    });
  const saveImport = async (text: string | undefined, index: IndexId) => {
    await validation.update({ imported: { ...imported, [index]: text } });
  };

  if (!geo) return <Spinner size="small" label={t.loadingPanel} />;
  return (
    <div className={styles.panel}>
      <Feedback action={action} />
      <Accordion multiple collapsible defaultOpenItems={['insert', 'inserted']}>
        <AccordionItem value="insert">
          <AccordionHeader as="h2">{t.insertTitle}</AccordionHeader>
          <AccordionPanel className={styles.inner}>
            <InsertTableForm geo={geo} ds={ds} form={form} onForm={setForm} action={action} onInserted={reload} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="inserted">
          <AccordionHeader as="h2">{t.insertedTitle}</AccordionHeader>
          <AccordionPanel className={styles.inner}>
            <InsertedTables tables={tables} action={action} onRefresh={refresh} onRemove={remove} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="targets">
          <AccordionHeader as="h2">{t.targetTitle}</AccordionHeader>
          <AccordionPanel className={styles.inner}>
            <TargetCheck geo={geo} imported={imported} action={action} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="import">
          <AccordionHeader as="h2">{t.importTitle}</AccordionHeader>
          <AccordionPanel className={styles.inner}>
            <ImportData key={form.index} geo={geo} index={form.index} current={importedText} action={action} onSave={(text) => saveImport(text, form.index)} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </div>
  );
}
