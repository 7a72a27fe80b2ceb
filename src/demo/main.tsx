/**
 * `npm run demo`: the real task pane beside a simulated workbook. The pane talks to the same
 * Office.js adapter as in Excel; only Excel itself is replaced by the in-memory fake. Query
 * parameters: ?lang=en starts the fake Office in English.
 */
import { FluentProvider, makeStyles, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { createOfficeWorkbook } from '../excel/office-workbook';
import { App } from '../taskpane/App';
import { STRINGS, langOf } from '../taskpane/i18n';
import { createDemoWorkbook } from './sample';
import { SheetGrid } from './SheetGrid';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', height: '100vh', fontFamily: '"Segoe UI", system-ui, sans-serif' },
  banner: { background: '#0f6b3a', color: '#fff', padding: '6px 12px', fontSize: '13px', margin: 0, fontWeight: 600 },
  body: { display: 'flex', flexGrow: 1, minHeight: 0, '@media (max-width: 900px)': { flexDirection: 'column' } },
  grid: { flexGrow: 1, minWidth: 0, minHeight: '300px', padding: '8px' },
  pane: { width: '380px', flexShrink: 0, overflowY: 'auto', borderLeft: '1px solid #d4d4d4', background: '#fff', '@media (max-width: 900px)': { width: 'auto' } },
});

function Demo() {
  const styles = useStyles();
  const displayLanguage = new URLSearchParams(location.search).get('lang') === 'en' ? 'en-US' : 'vi-VN';
  const { fake, look } = demo(displayLanguage);
  const t = STRINGS[langOf(displayLanguage)];
  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.page}>
        <header className={styles.banner}>{t.demoBanner}</header>
        <div className={styles.body}>
          <section className={styles.grid} aria-label={t.demoGridLabel}>
            <SheetGrid state={fake.state} look={look} label={t.demoGridLabel} />
          </section>
          {/* The pane's own <main> is the page's main landmark, as in Excel's task pane. */}
          <div className={styles.pane}>
            <App api={createOfficeWorkbook(fake)} />
          </div>
        </div>
      </div>
    </FluentProvider>
  );
}

let built: ReturnType<typeof createDemoWorkbook> | null = null;
/** One workbook per page load (the component may render more than once). */
function demo(displayLanguage: string) {
  built ??= createDemoWorkbook(displayLanguage);
  // Exposed for the browser tests, which inspect the simulated workbook's state.
  (window as unknown as { phulucDemo: unknown }).phulucDemo = built.fake;
  return built;
}

createRoot(document.getElementById('root')!).render(<Demo />);
