/**
 * Findings grouped by severity, then by field, each a button that selects its cell. Long lists
 * are shown a page at a time so that a sheet with thousands of findings stays responsive.
 */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, CounterBadge, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { fieldLabel, SEVERITY_ORDER, severityLabel } from '../../core/labels';
import type { Field, Severity } from '../../core/types';
import { useApp } from '../app-context';

const PAGE = 100;
const BADGE: Record<Severity, 'danger' | 'important' | 'informative'> = { error: 'danger', warning: 'important', info: 'informative' };

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  field: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXXS}`, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
  item: { justifyContent: 'flex-start', textAlign: 'left', width: '100%', fontWeight: tokens.fontWeightRegular, minHeight: '32px' },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalS, flexShrink: 0 },
});

/** What the list needs of a finding: the appendix checks' and the target-table checks' both fit. */
export interface ListedFinding {
  cell: string;
  code: string;
  field: string;
  severity: Severity;
  message: string;
  messageEn: string;
}

interface ListProps<F extends ListedFinding> {
  findings: F[];
  onSelect: (f: F) => void;
  /** The heading of a field's group (default: the appendix fields' names). */
  fieldName?: (field: string) => string;
}

function byField<F extends ListedFinding>(findings: F[]): [string, F[]][] {
  const groups = new Map<string, F[]>();
  for (const f of findings) groups.set(f.field, [...(groups.get(f.field) ?? []), f]);
  return [...groups];
}

function SeverityGroup<F extends ListedFinding>({ findings, onSelect, fieldName }: ListProps<F> & { fieldName: (field: string) => string }) {
  const { lang, t } = useApp();
  const styles = useStyles();
  const [shown, setShown] = useState(PAGE);
  const visible = findings.slice(0, shown);
  return (
    <>
      {byField(visible).map(([field, list]) => (
        <section key={field}>
          <h3 className={styles.field}>{fieldName(field)}</h3>
          <ul className={styles.list}>
            {list.map((f, i) => (
              <li key={`${f.cell}-${f.code}-${i}`}>
                <Button appearance="subtle" size="small" className={styles.item} title={t.goToCell(f.cell)} onClick={() => onSelect(f)}>
                  <span className={styles.cell}>{f.cell}</span>
                  <span>{lang === 'vi' ? f.message : f.messageEn}</span>
                </Button>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {findings.length > shown && (
        <Button appearance="secondary" size="small" onClick={() => setShown(shown + PAGE)}>
          {t.showMore(Math.min(PAGE, findings.length - shown))}
        </Button>
      )}
    </>
  );
}

export function FindingList<F extends ListedFinding>({ findings, onSelect, fieldName }: ListProps<F>) {
  const { lang, t } = useApp();
  const nameOf = fieldName ?? ((field: string) => fieldLabel(field as Field, lang));
  if (findings.length === 0) return <p>{t.noFindings}</p>;
  const groups = SEVERITY_ORDER.map((s) => [s, findings.filter((f) => f.severity === s)] as const).filter(([, list]) => list.length > 0);
  return (
    <Accordion multiple collapsible defaultOpenItems={[groups[0][0]]}>
      {groups.map(([severity, list]) => (
        <AccordionItem key={severity} value={severity}>
          <AccordionHeader>
            {severityLabel(severity, lang)}&nbsp;
            <CounterBadge count={list.length} overflowCount={9999} color={BADGE[severity]} appearance="filled" />
          </AccordionHeader>
          <AccordionPanel>
            <SeverityGroup findings={list} onSelect={onSelect} fieldName={nameOf} />
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
