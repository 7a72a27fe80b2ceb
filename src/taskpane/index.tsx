/** The task pane inside Excel: wait for Office, then render the pane over the real workbook. */
import { createRoot } from 'react-dom/client';
import { whenOfficeReady } from '../excel/office-host';
import { createOfficeWorkbook } from '../excel/office-workbook';
import { App } from './App';

void whenOfficeReady().then(() => {
  const root = document.getElementById('root');
  if (root) createRoot(root).render(<App api={createOfficeWorkbook()} />);
});
