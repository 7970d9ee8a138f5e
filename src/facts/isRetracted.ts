import type { Fact } from './schema.js';

/**
 * A retracted fact stays in the store under its id, so answers that cited it can still be looked up and marked, but it
 * is never used to answer again.
 */
export function isRetracted(fact: Fact): boolean {
  return fact.status.state === 'retracted';
}
