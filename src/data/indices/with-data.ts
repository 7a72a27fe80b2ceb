/**
 * The bundled datasets as the add-in and the CLI use them: with the user's imported results
 * applied, and loaded only for the indices a sheet's target tables are about.
 */
import { parseImport, withImported, type ImportIssue } from '../../core/indices/import';
import type { IndexDataset, IndexId } from '../../core/indices/model';
import { findTargetTables } from '../../core/indices/target-detect';
import { Grid } from '../../core/table/grid';
import type { SheetSnapshot } from '../../core/types';
import { loadDataset, loadGeo } from './load';

export interface DatasetWithImport {
  ds: IndexDataset;
  /** Problems in the imported text; with any error the import is not applied. */
  issues: ImportIssue[];
}

/** The bundled dataset of an index plus the user's imported table (CSV or pasted text), if valid. */
export async function datasetWithImport(index: IndexId, imported?: string | null): Promise<DatasetWithImport> {
  const ds = await loadDataset(index);
  if (!imported?.trim()) return { ds, issues: [] };
  const { tables, issues } = parseImport(imported, index, await loadGeo());
  const usable = tables.length > 0 && !issues.some((i) => i.severity === 'error');
  return { ds: usable ? withImported(ds, tables) : ds, issues };
}

/** Datasets for the indices that the target tables of these sheets are about. */
export async function datasetsForTargets(
  sheets: readonly SheetSnapshot[],
  imported: Partial<Record<IndexId, string>> = {},
): Promise<Partial<Record<IndexId, IndexDataset>>> {
  const indices = new Set<IndexId>();
  for (const s of sheets) for (const t of findTargetTables(new Grid(s))) if (t.index) indices.add(t.index);
  const datasets: Partial<Record<IndexId, IndexDataset>> = {};
  for (const id of indices) datasets[id] = (await datasetWithImport(id, imported[id])).ds;
  return datasets;
}
