import type { Store, StoreVersion } from '../schema.js';
import { Fact } from '../schema.js';

export interface ClaimChange {
  from: string;
  to: string;
}

export interface FactChange {
  id: string;
  /** The fields whose value differs, in the schema's order; the hash is left out, it only follows the rest. */
  fields: string[];
  /** Present when the claim is among the fields. */
  claim?: ClaimChange;
}

export interface ChangedFact extends FactChange {
  /**
   * What the fact says changed (not merely its span, paragraph or topics) with no new `corrected` entry: answers that
   * cited the old content cannot be marked as corrected.
   */
  unmarked: boolean;
}

export interface CorrectedFact extends FactChange {
  on: string;
  changed: string;
  reason: string;
}

export interface StoreDiff {
  version: { from?: StoreVersion; to: StoreVersion };
  added: { id: string; claim: string }[];
  /** Changed with no new correction or retraction. */
  changed: ChangedFact[];
  /** Newly marked corrected, or given a new correction. */
  corrected: CorrectedFact[];
  /** Newly retracted. */
  retracted: { id: string; on: string; reason: string }[];
  /** In the committed store and gone from the rebuild. */
  removed: { id: string; claim: string }[];
  /** Parts of the store besides its facts that differ: fact order, articles, topics. */
  otherChanges: ('order' | 'articles' | 'topics')[];
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

const FIELDS = Object.keys(Fact.shape) as (keyof Fact)[];

function factChange(old: Fact, fact: Fact): FactChange {
  const fields = FIELDS.filter((key) => key !== 'hash' && !same(old[key], fact[key]));
  return { id: fact.id, fields, ...(old.claim === fact.claim ? {} : { claim: { from: old.claim, to: fact.claim } }) };
}

/**
 * What a rebuild changes against the committed store, fact by fact, for a curator to review before committing it. Each
 * fact lands in at most one list: retraction over correction over a plain change.
 */
export function diffStores(committed: Store | undefined, rebuilt: Store): StoreDiff {
  const oldById = new Map((committed?.facts ?? []).map((fact) => [fact.id, fact]));
  const newIds = new Set(rebuilt.facts.map((fact) => fact.id));
  const diff: StoreDiff = {
    version: { ...(committed === undefined ? {} : { from: committed.version }), to: rebuilt.version },
    added: [],
    changed: [],
    corrected: [],
    retracted: [],
    removed: (committed?.facts ?? []).filter((fact) => !newIds.has(fact.id)).map(({ id, claim }) => ({ id, claim })),
    otherChanges: [],
  };
  for (const fact of rebuilt.facts) {
    const old = oldById.get(fact.id);
    if (old === undefined) {
      diff.added.push({ id: fact.id, claim: fact.claim });
      continue;
    }
    const { status } = fact;
    const statusIsNew = !same(old.status, status);
    if (status.state === 'retracted' && old.status.state !== 'retracted') {
      diff.retracted.push({ id: fact.id, on: status.on, reason: status.reason });
    } else if (status.state === 'corrected' && statusIsNew) {
      diff.corrected.push({ ...factChange(old, fact), on: status.on, changed: status.changed, reason: status.reason });
    } else if (!same(old, fact)) {
      diff.changed.push({ ...factChange(old, fact), unmarked: old.hash !== fact.hash && status.state !== 'retracted' });
    }
  }
  if (committed !== undefined) {
    const shared = (facts: Fact[]): string[] => facts.map((fact) => fact.id).filter((id) => oldById.has(id) && newIds.has(id));
    if (!same(shared(committed.facts), shared(rebuilt.facts))) diff.otherChanges.push('order');
    if (!same(committed.articles, rebuilt.articles)) diff.otherChanges.push('articles');
    if (!same(committed.topics, rebuilt.topics)) diff.otherChanges.push('topics');
  }
  return diff;
}

/** Whether the rebuild would change anything at all. */
export function isUnchanged(diff: StoreDiff): boolean {
  const { added, changed, corrected, retracted, removed, otherChanges } = diff;
  return (
    [added, changed, corrected, retracted, removed, otherChanges].every((list) => list.length === 0) &&
    same(diff.version.from, diff.version.to)
  );
}
