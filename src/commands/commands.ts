/** The ribbon's function file: the Home-tab buttons that work without opening the task pane. */
import { createOfficeWorkbook } from '../excel/office-workbook';
import { completing, highlightLateTasks, validateActiveSheet } from './ribbon-actions';

Office.onReady(() => {
  const api = createOfficeWorkbook();
  Office.actions.associate('validateSheet', (event: Office.AddinCommands.Event) =>
    completing(event, async () => {
      await validateActiveSheet(api);
      // The pane shows the findings; open it where the runtime allows.
      await Office.addin?.showAsTaskpane?.();
    }),
  );
  Office.actions.associate('highlightLate', (event: Office.AddinCommands.Event) => completing(event, () => highlightLateTasks(api)));
  Office.actions.associate('clearHighlights', (event: Office.AddinCommands.Event) => completing(event, () => api.clearHighlight()));
});
