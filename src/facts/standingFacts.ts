import { isRetracted } from './isRetracted.js';
import type { Fact, Store } from './schema.js';

/** The facts that still stand: every fact but the retracted ones, in the store's order. */
export function standingFacts(store: Pick<Store, 'facts'>): Fact[] {
  return store.facts.filter((fact) => !isRetracted(fact));
}
