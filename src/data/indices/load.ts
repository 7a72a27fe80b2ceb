/**
 * Lazy access to the bundled index dataset. Each generated JSON file is loaded with a dynamic
 * import, so webpack puts it in its own chunk (the task pane's first load does not carry it) and
 * Node reads it only when a command needs it. No Node API is used: the same module runs in both.
 */
import type { Geo, IndexDataset, IndexId } from '../../core/indices/model';
import { geoFromCompact, papiFromCompact, pciFromCompact, pointsIndexFromCompact, type CompactGeo, type CompactPapi, type CompactPci, type CompactPoints } from './compact';

let geo: Promise<Geo> | null = null;
const datasets = new Map<IndexId, Promise<IndexDataset>>();

const json = <T>(m: unknown): T => ((m as { default?: T }).default ?? m) as T;

const loadPoints = async (): Promise<CompactPoints> => json<CompactPoints>(await import(/* webpackChunkName: "data-points" */ './points.generated.json'));

export function loadGeo(): Promise<Geo> {
  geo ??= import(/* webpackChunkName: "data-geo" */ './geo.generated.json').then((m) => geoFromCompact(json<CompactGeo>(m)));
  return geo;
}

async function build(id: IndexId): Promise<IndexDataset> {
  switch (id) {
    case 'papi': {
      const [c, points] = await Promise.all([import(/* webpackChunkName: "data-papi" */ './papi.generated.json'), loadPoints()]);
      return papiFromCompact(json<CompactPapi>(c), points);
    }
    case 'pci':
      return pciFromCompact(json<CompactPci>(await import(/* webpackChunkName: "data-pci" */ './pci.generated.json')));
    case 'par':
    case 'sipas':
      return pointsIndexFromCompact(id, await loadPoints());
  }
}

/** The bundled dataset of one index, built once per process (or page). */
export function loadDataset(id: IndexId): Promise<IndexDataset> {
  let hit = datasets.get(id);
  if (!hit) datasets.set(id, (hit = build(id)));
  return hit;
}
