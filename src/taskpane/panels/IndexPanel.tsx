/** "Bảng chỉ số" — replaced below once the adapter's index-table methods land. */
import { useApp } from '../app-context';

export default function IndexPanel() {
  const { t } = useApp();
  return <p>{t.loadingPanel}</p>;
}
