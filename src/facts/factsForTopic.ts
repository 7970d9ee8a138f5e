import type { Fact, Store } from './schema.js';

export function factsForTopic(store: Store, topicId: string): Fact[] {
  return store.facts.filter((fact) => fact.topics.includes(topicId));
}
