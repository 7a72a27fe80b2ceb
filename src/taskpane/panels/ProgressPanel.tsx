/**
 * "Tiến độ": as of a date, counts by status, the overdue and due-soon tasks (click → row), the
 * by-owner summary, and highlighting the sheet by status (reversibly) with its legend.
 */
import { Button, Field, makeStyles, SpinButton, Subtitle2, tokens } from '@fluentui/react-components';
import { PaintBucketRegular, EraserRegular } from '@fluentui/react-icons';
import { highlightedRows, highlightRequest } from '../../commands/actions';
import { todayIso } from '../../core/dates';
import { DEFAULT_DUE_SOON_DAYS } from '../../core/status';
import { useApp } from '../app-context';
import { AsOfField } from '../components/AsOfField';
import { Feedback } from '../components/Feedback';
import { LateTasks, taskCell } from '../components/LateTasks';
import { OwnerTable } from '../components/OwnerTable';
import { StatusLegend } from '../components/StatusLegend';
import { useAction } from '../state/use-action';
import type { Validation } from '../state/use-validation';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
});

export function ProgressPanel({ validation }: { validation: Validation }) {
  const { api, t } = useApp();
  const styles = useStyles();
  const action = useAction();
  const { report, settings } = validation;
  const asOf = report?.asOf ?? settings.asOf ?? todayIso();

  const setDueSoon = (value: number | null | undefined) => {
    if (value === null || value === undefined || !Number.isInteger(value) || value < 0 || value > 366) return;
    void action.run(() => validation.update({ dueSoonDays: value }));
  };
  const highlight = () =>
    action.run(async () => {
      const request = report && highlightRequest(report);
      if (!request) return t.needValidation;
      return t.highlighted(highlightedRows(await api.highlight(request)));
    });
  const clear = () => action.run(async () => t.cleared((await api.clearHighlight()).removed));

  return (
    <div className={styles.panel}>
      <div className={styles.row}>
        <AsOfField value={asOf} onChange={(date) => action.run(() => validation.update({ asOf: date }))} />
        <Field label={t.dueSoonDays}>
          <SpinButton min={0} max={366} value={settings.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS} onChange={(_, d) => setDueSoon(d.value ?? Number(d.displayValue))} />
        </Field>
      </div>
      <div className={styles.row}>
        <Button appearance="primary" icon={<PaintBucketRegular />} onClick={highlight} disabled={action.busy || !report?.table}>
          {t.highlight}
        </Button>
        <Button icon={<EraserRegular />} onClick={clear} disabled={action.busy}>
          {t.clearHighlight}
        </Button>
      </div>
      <Feedback action={action} />
      {!report && <p>{t.needValidation}</p>}
      {report && (
        <>
          <section>
            <Subtitle2 as="h2">
              {t.countsTitle} · {t.legend}
            </Subtitle2>
            <StatusLegend counts={report.summary.byStatus} />
          </section>
          <section>
            <Subtitle2 as="h2">
              {t.lateTitle}
            </Subtitle2>
            <LateTasks report={report} onSelect={(task) => action.run(() => api.selectCell(report.sheet, taskCell(task)))} />
          </section>
          <section>
            <Subtitle2 as="h2">
              {t.byOwnerTitle}
            </Subtitle2>
            <OwnerTable rows={report.summary.byOwner} caption={t.byOwnerTitle} />
          </section>
        </>
      )}
    </div>
  );
}
