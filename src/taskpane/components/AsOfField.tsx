/** The as-of date, typed day first ("30/6/2025"); "Hôm nay" goes back to following today's date. */
import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { formatViDate, parseDayFirst } from '../../core/dates';
import type { IsoDate } from '../../core/types';
import { useApp } from '../app-context';

const useStyles = makeStyles({ row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' } });

export function AsOfField({ value, onChange }: { value: IsoDate; onChange: (date: IsoDate | null) => void }) {
  const { t } = useApp();
  const styles = useStyles();
  const [text, setText] = useState(formatViDate(value));
  useEffect(() => setText(formatViDate(value)), [value]);
  const parsed = parseDayFirst(text);
  const commit = () => {
    if (parsed && parsed !== value) onChange(parsed);
  };
  return (
    <div className={styles.row}>
      <Field label={t.asOf} hint={t.asOfHint} validationMessage={parsed ? undefined : t.asOfInvalid} validationState={parsed ? 'none' : 'error'}>
        <Input value={text} onChange={(_, d) => setText(d.value)} onBlur={commit} onKeyDown={(e) => e.key === 'Enter' && commit()} inputMode="numeric" />
      </Field>
      <Button onClick={() => onChange(null)}>{t.today}</Button>
    </div>
  );
}
