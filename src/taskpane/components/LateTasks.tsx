/** Overdue tasks (most days late first), then due-soon ones; each selects its row in the sheet. */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { a1 } from '../../core/address';
import { formatViDate } from '../../core/dates';
import { statusLabel } from '../../core/labels';
import type { Report, Task } from '../../core/types';
import { HIGHLIGHT_COLORS } from '../../excel/highlight';
import { useApp } from '../app-context';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  item: { justifyContent: 'flex-start', textAlign: 'left', width: '100%', fontWeight: tokens.fontWeightRegular, display: 'block' },
  meta: { display: 'block', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  mark: { display: 'inline-block', width: '10px', height: '10px', marginRight: tokens.spacingHorizontalXS, borderRadius: '2px' },
});

function lateTasks(report: Report): Task[] {
  const overdue = report.tasks.filter((t) => t.status === 'overdue').sort((a, b) => (b.daysOverdue ?? 0) - (a.daysOverdue ?? 0) || a.row - b.row);
  const soon = report.tasks.filter((t) => t.status === 'due-soon').sort((a, b) => (a.deadline.due ?? '').localeCompare(b.deadline.due ?? '') || a.row - b.row);
  return [...overdue, ...soon];
}

/** The cell a task jumps to: its task text, else its number, else any field it has. */
export function taskCell(task: Task): string {
  return task.cells.task ?? task.cells.id ?? Object.values(task.cells)[0] ?? a1(task.row, 1);
}

export function LateTasks({ report, onSelect }: { report: Report; onSelect: (task: Task) => void }) {
  const { lang, t } = useApp();
  const styles = useStyles();
  const tasks = lateTasks(report);
  if (tasks.length === 0) return <p>{t.noLate}</p>;
  return (
    <ul className={styles.list}>
      {tasks.map((task) => (
        <li key={task.row}>
          <Button appearance="subtle" size="small" className={styles.item} onClick={() => onSelect(task)}>
            <span>
              <span className={styles.mark} style={{ background: HIGHLIGHT_COLORS[task.status] }} aria-hidden />
              {task.id ? `${task.id}. ` : ''}
              {task.task ?? ''}
            </span>
            <span className={styles.meta}>
              {[
                statusLabel(task.status, lang),
                task.status === 'overdue' && task.daysOverdue ? t.daysLate(task.daysOverdue) : null,
                task.deadline.due ? t.due(formatViDate(task.deadline.due)) : null,
                task.owner.agencies[0] ?? task.owner.text,
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>
          </Button>
        </li>
      ))}
    </ul>
  );
}
