import type { Fact } from '../facts/schema.js';
import { MAX_CITATIONS } from './answer.js';
import type { RankedFact } from './retrieve.js';

/** An answer rests on two facts at most (and their other sides), three when the question asks for an overview. */
const MAX_LEADING_FACTS = 2;
const MAX_OVERVIEW_FACTS = 3;
/** A fact joins the answer only when it scores close to the best one; weaker matches are noise. */
const RELATIVE_SCORE_FLOOR = 0.45;

/**
 * The facts an answer rests on, most relevant first: the best matches, and beside any disputed fact the fact that
 * disputes it, so both sides are always shown together.
 */
export function selectFacts(
  ranked: RankedFact[],
  factsById: ReadonlyMap<string, Fact>,
  minimumMatchedTerms: number,
  overview = false,
): Fact[] {
  const best = ranked[0];
  if (best === undefined) return [];
  const leading = ranked
    .filter((candidate) => candidate.score >= best.score * RELATIVE_SCORE_FLOOR && candidate.matchedTerms >= minimumMatchedTerms)
    .slice(0, overview ? MAX_OVERVIEW_FACTS : MAX_LEADING_FACTS)
    .map((candidate) => candidate.fact);
  const selected: Fact[] = [];
  const add = (fact: Fact): void => {
    if (selected.length < MAX_CITATIONS && !selected.some((chosen) => chosen.id === fact.id)) selected.push(fact);
  };
  for (const fact of leading) {
    add(fact);
    for (const otherId of fact.disputedBy) {
      const other = factsById.get(otherId);
      if (other !== undefined) add(other);
    }
  }
  return selected;
}
