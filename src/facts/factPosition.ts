import type { Store } from './schema.js';

/** Each store's fact positions by id, worked out on first use: a loaded store never changes, a reload is a new one. */
const positionsByStore = new WeakMap<Store, ReadonlyMap<string, number>>();

/** Where the fact with this id is in the store's list (the first, should ids repeat), or undefined when it is not there. */
export function factPosition(store: Store, id: string): number | undefined {
  let positions = positionsByStore.get(store);
  if (positions === undefined) {
    const byId = new Map<string, number>();
    for (const [position, fact] of store.facts.entries()) if (!byId.has(fact.id)) byId.set(fact.id, position);
    positions = byId;
    positionsByStore.set(store, positions);
  }
  return positions.get(id);
}
