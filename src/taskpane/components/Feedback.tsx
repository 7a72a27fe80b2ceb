/** The outcome of the last action: an error (bilingual, from the adapter) or a success notice. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useApp } from '../app-context';
import type { ActionState } from '../state/use-action';
import { errorText } from '../state/errors';

export function Feedback({ action }: { action: ActionState }) {
  const { lang, t } = useApp();
  if (action.busy) return <Spinner size="tiny" label={t.working} />;
  const dismiss = (
    <MessageBarActions containerAction={<Button appearance="transparent" aria-label={t.dismiss} icon={<DismissRegular />} onClick={action.dismiss} />} />
  );
  if (action.error) {
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{t.errorTitle}</MessageBarTitle>
          {errorText(action.error, lang, t)}
        </MessageBarBody>
        {dismiss}
      </MessageBar>
    );
  }
  if (action.notice) {
    return (
      <MessageBar intent="success" role="status">
        <MessageBarBody>{action.notice}</MessageBarBody>
        {dismiss}
      </MessageBar>
    );
  }
  return null;
}
