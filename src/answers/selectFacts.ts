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
  fits: (fact: Fact) => boolean = () => true,
): Fact[] {
  // The floor is set by the best match that fits, and a fact's fit is checked only once it matches enough.
  const limit = overview ? MAX_OVERVIEW_FACTS : MAX_LEADING_FACTS;
  const leading: Fact[] = [];
  let floor: number | undefined;
  for (const candidate of ranked) {
    if (leading.length >= limit || (floor !== undefined && candidate.score < floor)) break;
    if (candidate.matchedTerms < minimumMatchedTerms || !fits(candidate.fact)) continue;
    floor ??= candidate.score * RELATIVE_SCORE_FLOOR;
    leading.push(candidate.fact);
  }
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
