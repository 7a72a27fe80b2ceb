/** Newer official results pasted by the user, validated, kept in the workbook and used like the bundled data. */
import { Body1, Button, Field, makeStyles, MessageBar, MessageBarBody, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { parseImport } from '../../../core/indices/import';
import type { Geo, IndexId } from '../../../core/indices/model';
import { useApp } from '../../app-context';
import type { ActionState } from '../../state/use-action';

const SHOWN_ERRORS = 5;
const useStyles = makeStyles({ row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' }, list: { margin: 0, paddingLeft: '1.2em' } });

interface Props {
  geo: Geo;
  index: IndexId;
  current: string | undefined;
  action: ActionState;
  onSave: (text: string | undefined) => Promise<void>;
}

export function ImportData({ geo, index, current, action, onSave }: Props) {
  const { lang, t } = useApp();
  const styles = useStyles();
  const [text, setText] = useState(current ?? '');
  const [errors, setErrors] = useState<string[]>([]);

  const apply = () =>
    action.run(async () => {
      const { tables, issues } = parseImport(text, index, geo);
      const bad = issues.filter((i) => i.severity === 'error');
      setErrors(bad.slice(0, SHOWN_ERRORS).map((i) => t.importLine(i.line, lang === 'vi' ? i.message : i.messageEn)));
      if (bad.length || tables.length === 0) return;
      await onSave(text);
      return t.imported(tables.length);
    });
  const clear = () =>
    action.run(async () => {
      setText('');
      setErrors([]);
      await onSave(undefined);
      return t.importCleared;
    });

  return (
    <>
      <Body1 as="p">{t.importHint}</Body1>
      <Field label={t.importLabel}>
        <Textarea value={text} onChange={(_, d) => setText(d.value)} rows={4} resize="vertical" placeholder={'năm,tỉnh,level,score\n2025,Lào Cai,total,42.1'} />
      </Field>
      {errors.length > 0 && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {t.importErrors}
            <ul className={styles.list}>
              {errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        <Button onClick={apply} disabled={action.busy || !text.trim()}>
          {t.importApply}
        </Button>
        {current && (
          <Button appearance="subtle" onClick={clear} disabled={action.busy}>
            {t.importClear}
          </Button>
        )}
      </div>
    </>
  );
}
