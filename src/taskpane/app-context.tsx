/**
 * What every panel needs: the workbook (the WorkbookApi, real or fake), the language and its
 * strings. Injected through context so that UI tests and the demo pass their own workbook.
 */
import { createContext, useContext } from 'react';
import type { Lang } from '../core/labels';
import type { WorkbookApi } from '../excel/api';
import type { Strings } from './i18n';

export interface AppContextValue {
  api: WorkbookApi;
  lang: Lang;
  t: Strings;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp outside <AppContext.Provider>');
  return value;
}
