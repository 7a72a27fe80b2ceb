/** "Kiểm tra bảng mục tiêu": the arithmetic and the figures of target tables on the active sheet. */
import { Body1, Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { CalculatorRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Geo, IndexId } from '../../../core/indices/model';
import { checkTargetTables, type TargetReport } from '../../../core/indices/target-check';
import { datasetsForTargets } from '../../../data/indices/with-data';
import { useApp } from '../../app-context';
import type { ActionState } from '../../state/use-action';
import { FindingList } from '../FindingList';

export function TargetCheck({ geo, imported, action }: { geo: Geo; imported: Partial<Record<IndexId, string>>; action: ActionState }) {
  const { api, t } = useApp();
  const [report, setReport] = useState<TargetReport | null>(null);
  const check = () =>
    action.run(async () => {
      const snapshot = await api.readActiveSheet();
      const datasets = await datasetsForTargets([snapshot], imported);
      setReport(checkTargetTables(snapshot, { geo, datasets }));
    });
  const errors = report?.findings.filter((f) => f.severity === 'error').length ?? 0;
  return (
    <>
      <Body1 as="p">{t.targetHint}</Body1>
      <Button icon={<CalculatorRegular />} onClick={check} disabled={action.busy}>
        {t.checkTargets}
      </Button>
      {report && report.tables.length === 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{t.noTargetTable}</MessageBarBody>
        </MessageBar>
      )}
      {report && report.tables.length > 0 && (
        <>
          <MessageBar intent={errors ? 'error' : 'success'}>
            <MessageBarBody>{t.targetSummary(report.tables.length, errors)}</MessageBarBody>
          </MessageBar>
          <FindingList findings={report.findings} onSelect={(f) => action.run(() => api.selectCell(report.sheet, f.cell))} fieldName={(f) => t.targetFields[f] ?? f} />
        </>
      )}
    </>
  );
}
