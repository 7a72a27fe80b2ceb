/** The ribbon's function file: the Home-tab buttons that work without opening the task pane. */
import { whenOfficeReady, registerRibbonCommands, showTaskpane } from '../excel/office-host';
import { createOfficeWorkbook } from '../excel/office-workbook';
import { completing, highlightLateTasks, validateActiveSheet } from './actions';

void whenOfficeReady().then(() => {
  const api = createOfficeWorkbook();
  registerRibbonCommands(
    {
      validateSheet: async () => {
        await validateActiveSheet(api);
        // The pane shows the findings; open it where the runtime allows.
        await showTaskpane();
      },
      highlightLate: () => highlightLateTasks(api),
      clearHighlights: () => api.clearHighlight(),
    },
    completing,
  );
});
