/** The sentence the pane shows for a failure: the adapter's own bilingual message, or a generic one. */
import type { Lang } from '../../core/labels';
import { AddinError } from '../../excel/api';
import type { Strings } from '../i18n';

export function errorText(error: unknown, lang: Lang, t: Strings): string {
  if (error instanceof AddinError) return lang === 'vi' ? error.messageVi : error.messageEn;
  return t.unexpected;
}
