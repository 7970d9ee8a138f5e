import { formatSource } from '../facts/formatSource.js';
import type { Fact } from '../facts/schema.js';
import type { Citation } from './answer.js';

export function citationOf(fact: Fact): Citation {
  return { factId: fact.id, source: formatSource(fact.attribution), quote: fact.quote };
}

/**
 * The answer in the store's own words: each fact's claim, which already names who said it, in order of relevance.
 * When both sides of a dispute are present the answer says they conflict.
 */
export function composeExtractive(facts: Fact[]): string {
  const sentences = facts.map((fact) => fact.claim);
  const disputed = facts.some((fact) => fact.disputedBy.some((otherId) => facts.some((other) => other.id === otherId)));
  if (disputed) sentences.push('These accounts conflict, and the article reports both.');
  return sentences.join(' ');
}
