/**
 * "Kiểm tra": check the active sheet, see the verdict, the detected table and its columns
 * (editable), the findings by severity and field (click → the cell), and insert a report sheet.
 */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Body1, Button, Field, makeStyles, Radio, RadioGroup, Subtitle2, tokens } from '@fluentui/react-components';
import { CheckmarkStarburstRegular, DocumentTableRegular, DeleteRegular } from '@fluentui/react-icons';
import type { Finding, Profile } from '../../core/types';
import { useApp } from '../app-context';
import { ColumnMapping } from '../components/ColumnMapping';
import { Feedback } from '../components/Feedback';
import { FindingList } from '../components/FindingList';
import { Verdict } from '../components/Verdict';
import { useAction } from '../state/use-action';
import type { Validation } from '../state/use-validation';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

export function CheckPanel({ validation }: { validation: Validation }) {
  const { api, lang, t } = useApp();
  const styles = useStyles();
  const action = useAction();
  const { report, snapshot, settings } = validation;

  const check = () => action.run(async () => void (await validation.check()));
  const select = (f: Finding) => action.run(() => api.selectCell(report?.sheet ?? '', f.cell));
  const setProfile = (profile: Profile) => action.run(() => validation.update({ profile }));
  const insertReport = () =>
    action.run(async () => {
      if (!report) return;
      const { sheet } = await api.insertReportSheet(report, lang);
      return t.reportInserted(sheet);
    });
  const removeReports = () => action.run(async () => t.reportsRemoved(await api.removeReportSheets()));

  return (
    <div className={styles.panel}>
      <div className={styles.row}>
        <Button appearance="primary" icon={<CheckmarkStarburstRegular />} onClick={check} disabled={action.busy}>
          {report ? t.revalidate : t.validate}
        </Button>
      </div>
      <Field label={t.profile}>
        <RadioGroup layout="horizontal" value={settings.profile ?? 'normal'} onChange={(_, d) => setProfile(d.value as Profile)}>
          <Radio value="normal" label={t.profileNormal} />
          <Radio value="strict" label={t.profileStrict} />
        </RadioGroup>
      </Field>
      <Feedback action={action} />
      {!report && (
        <div>
          <Subtitle2 as="h2" block>{t.emptyTitle}</Subtitle2>
          <Body1 as="p" block>{t.emptyBody}</Body1>
        </div>
      )}
      {report && (
        <>
          <Verdict report={report} />
          {report.table?.layout === 'inline' && (
            <Body1 as="p">{t.inlineFound(report.sheet, report.table.firstRow, report.table.lastRow)}</Body1>
          )}
          {report.table && report.table.layout !== 'inline' && snapshot && (
            <Accordion collapsible>
              <AccordionItem value="mapping">
                <AccordionHeader>
                  {t.tableFound(report.sheet, report.table.headerRows.join('–'), report.table.firstRow, report.table.lastRow)}
                </AccordionHeader>
                <AccordionPanel>
                  <ColumnMapping
                    key={JSON.stringify(report.table.columns)}
                    snapshot={snapshot}
                    table={report.table}
                    onApply={(columns) => action.run(() => validation.update({ columns }))}
                  />
                </AccordionPanel>
              </AccordionItem>
            </Accordion>
          )}
          <section>
            <Subtitle2 as="h2">
              {t.findingsTitle}
            </Subtitle2>
            <FindingList findings={report.findings} onSelect={select} />
          </section>
          <div className={styles.row}>
            <Button icon={<DocumentTableRegular />} onClick={insertReport} disabled={action.busy}>
              {t.insertReport}
            </Button>
            <Button appearance="subtle" icon={<DeleteRegular />} onClick={removeReports} disabled={action.busy}>
              {t.removeReports}
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
