/**
 * The task pane: three tabs over one shared validation state. The workbook (real Office.js or
 * the demo's in-memory Excel) is passed in, so the same component runs in Excel, the demo and
 * the UI tests. The index-table panel and its dataset load only when that tab is opened.
 */
import { Button, Caption1, FluentProvider, makeStyles, Spinner, Tab, TabList, Title3, tokens, webLightTheme } from '@fluentui/react-components';
import { TranslateRegular } from '@fluentui/react-icons';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import type { Lang } from '../core/labels';
import type { WorkbookApi } from '../excel/api';
import { AppContext } from './app-context';
import { langOf, STRINGS } from './i18n';
import { CheckPanel } from './panels/CheckPanel';
import { ProgressPanel } from './panels/ProgressPanel';
import { useValidation } from './state/use-validation';

const IndexPanel = lazy(() => import(/* webpackChunkName: "index-panel" */ './panels/IndexPanel'));

type TabId = 'check' | 'progress' | 'index';

const useStyles = makeStyles({
  root: { minWidth: '280px', padding: tokens.spacingHorizontalM, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, boxSizing: 'border-box' },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  title: { margin: 0 },
  tabs: { flexWrap: 'wrap' },
});

export function App({ api, initialLang }: { api: WorkbookApi; initialLang?: Lang }) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang ?? langOf(api.displayLanguage()));
  const [tab, setTab] = useState<TabId>('check');
  const t = STRINGS[lang];
  const context = useMemo(() => ({ api, lang, t }), [api, lang, t]);
  const validation = useValidation(api);
  const hasReport = validation.report !== null;
  const { check } = validation;

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  // Once the user has checked the sheet, keep the report in step with their edits.
  useEffect(() => {
    if (!hasReport) return;
    let stop: (() => void) | null = null;
    let live = true;
    api
      .onSheetChanged(() => {
        check(true).catch(() => undefined); // a failed background check leaves the last report
      })
      .then((off) => (live ? (stop = off) : off()), () => undefined);
    return () => {
      live = false;
      stop?.();
    };
  }, [api, hasReport, check]);

  return (
    <AppContext.Provider value={context}>
      <FluentProvider theme={webLightTheme} lang={lang}>
        <main className={styles.root}>
          <header className={styles.header}>
            <Title3 as="h1" className={styles.title}>
              {t.appTitle}
            </Title3>
            <Button size="small" appearance="subtle" icon={<TranslateRegular />} aria-label={t.switchToLabel} onClick={() => setLang(lang === 'vi' ? 'en' : 'vi')}>
              {t.switchTo}
            </Button>
          </header>
          <TabList className={styles.tabs} aria-label={t.tabsLabel} selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)}>
            <Tab value="check">{t.tabCheck}</Tab>
            <Tab value="progress">{t.tabProgress}</Tab>
            <Tab value="index">{t.tabIndex}</Tab>
          </TabList>
          <Caption1 aria-live="polite">{validation.automatic && tab !== 'index' ? t.sheetChanged : ''}</Caption1>
          <div role="tabpanel" aria-label={tab === 'check' ? t.tabCheck : tab === 'progress' ? t.tabProgress : t.tabIndex}>
            {tab === 'check' && <CheckPanel validation={validation} />}
            {tab === 'progress' && <ProgressPanel validation={validation} />}
            {tab === 'index' && (
              <Suspense fallback={<Spinner size="small" label={t.loadingPanel} />}>
                <IndexPanel validation={validation} />
              </Suspense>
            )}
          </div>
        </main>
      </FluentProvider>
    </AppContext.Provider>
  );
}
