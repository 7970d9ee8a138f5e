import type { Fact, Store } from '../../facts/schema.js';
import type { CitedFact } from '../../ledger/ledgerEntry.js';

/**
 * How a cited fact differs from the version a message showed. `updated`: its content changed without the curator
 * marking it corrected; `removed`: its id is gone from the store.
 */
export type FactChange = { kind: 'corrected' | 'retracted' | 'updated'; id: string; fact: Fact } | { kind: 'removed'; id: string };

/** The cited facts whose current version is not the one the message showed. */
export function factChanges(cited: readonly CitedFact[], store: Store): FactChange[] {
  return cited.flatMap((shown): FactChange[] => {
    const fact = store.facts.find((candidate) => candidate.id === shown.id);
    if (fact === undefined) return [{ kind: 'removed', id: shown.id }];
    if (fact.hash === shown.hash) return [];
    const kind = fact.status.state === 'current' ? 'updated' : fact.status.state;
    return [{ kind, id: shown.id, fact }];
  });
}
