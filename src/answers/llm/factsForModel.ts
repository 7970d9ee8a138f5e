import { isRetracted } from '../../facts/isRetracted.js';
import type { Fact, Store } from '../../facts/schema.js';
import { standingFacts } from '../../facts/standingFacts.js';
import type { Retrieval } from '../answerEngine.js';
import { factLine } from './buildMessages.js';

/**
 * How many characters of fact lines (as buildMessages sends them, one newline each) the prompt may hold. A fact line
 * runs to about 300 characters, so 24,000 (about 6,000 tokens) holds some 80 facts: the whole store (33 facts, about
 * 10,000 characters, when this was set) with room for more than twice as many, while the prompt stays small enough for a small model
 * to read within the default two-second timeout and to keep each fact in view rather than lose it in a long context.
 */
export const FACT_LINES_BUDGET = 24_000;

/**
 * At most this many facts are sent, however short: with more, the model is choosing among an article's worth of claims
 * and more often cites a fact beside the one that answers. Set to what the budget holds of facts of ordinary length.
 */
export const MAX_FACTS_SENT = 80;

/** The longest run of facts from the start whose lines fit the budget and the cap. */
function withinBudget(facts: readonly Fact[]): Fact[] {
  let characters = 0;
  let count = 0;
  for (const fact of facts) {
    characters += factLine(fact).length + 1;
    if (characters > FACT_LINES_BUDGET || count === MAX_FACTS_SENT) break;
    count += 1;
  }
  return facts.slice(0, count);
}

/**
 * The facts the model may answer from, so that it, not the word match, decides whether the store answers: every
 * standing fact when they all fit, the extractive candidates first. When they do not fit, an answered question sends
 * its candidates and then as many other standing facts as fit; an abstained one its candidates only (the recall-oriented
 * top-k), or, with none, the store's first facts. Retracted facts are never sent.
 */
export function factsForModel(store: Pick<Store, 'facts'>, retrieval: Retrieval): Fact[] {
  const candidates = retrieval.candidates.filter((fact) => !isRetracted(fact));
  const everything = [...new Map([...candidates, ...standingFacts(store)].map((fact) => [fact.id, fact])).values()];
  const sent = withinBudget(everything);
  if (sent.length === everything.length || retrieval.answer.answered) return sent;
  return candidates.length > 0 ? withinBudget(candidates) : sent;
}
