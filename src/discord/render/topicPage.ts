import { factsForTopic } from '../../facts/factsForTopic.js';
import type { Store, Topic } from '../../facts/schema.js';
import { COLORS } from './colors.js';
import { factField } from './factField.js';
import type { Page } from './pagedEmbed.js';
import { pagedEmbed } from './pagedEmbed.js';

export const FACTS_PER_PAGE = 5;

export function topicPage(store: Store, topic: Topic, page: number): Page {
  const facts = factsForTopic(store, topic.id);
  return pagedEmbed({
    base: { color: COLORS.answer, title: `${topic.label} · ${facts.length} facts`, description: topic.description },
    fields: facts.map((fact) => ({ field: factField(fact), factId: fact.id })),
    page,
    perPage: FACTS_PER_PAGE,
    pageId: `facts:${topic.id}`,
  });
}
