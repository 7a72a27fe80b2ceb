/** The answer a leader needs first: how many errors stand between the sheet and signing. */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Report } from '../../core/types';
import { useApp } from '../app-context';

export function Verdict({ report }: { report: Report }) {
  const { lang, t } = useApp();
  const { errors, warnings, infos, tasks } = report.summary;
  if (!report.table) {
    const why = report.findings[0];
    return (
      <MessageBar intent="warning">
        <MessageBarBody>
          <MessageBarTitle>{t.noTableTitle}</MessageBarTitle>
          {why ? (lang === 'vi' ? why.message : why.messageEn) : null}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent={errors > 0 ? 'error' : 'success'} aria-live="polite">
      <MessageBarBody>
        <MessageBarTitle>{errors > 0 ? t.verdictErrors(errors) : t.verdictReady}</MessageBarTitle>
        {t.verdictDetail(tasks, warnings, infos)}
      </MessageBarBody>
    </MessageBar>
  );
}
