import { standingFacts } from './standingFacts.js';
import type { Fact, Store } from './schema.js';

/** A topic's facts as topic pages and the summary show them: retracted facts are no longer stated. */
export function factsForTopic(store: Store, topicId: string): Fact[] {
  return standingFacts(store).filter((fact) => fact.topics.includes(topicId));
}
