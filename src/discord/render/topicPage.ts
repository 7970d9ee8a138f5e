import { factsForTopic } from '../../facts/factsForTopic.js';
import type { Store, Topic } from '../../facts/schema.js';
import { COLORS } from './colors.js';
import { factField } from './factField.js';
import type { Page } from './pagedEmbed.js';
import { nearestPage, pageCount, pagedEmbed } from './pagedEmbed.js';

export const FACTS_PER_PAGE = 5;

/** A page depends only on the store, its topic and its number: each is rendered once per store. */
const rendered = new WeakMap<Store, Map<string, Page>>();

/** One page of a topic's facts, or the nearest one. Callers share the remembered pages and must not change them. */
export function topicPage(store: Store, topic: Topic, page: number): Page {
  const facts = factsForTopic(store, topic.id);
  const shown = nearestPage(page, pageCount(facts.length, FACTS_PER_PAGE));
  let pages = rendered.get(store);
  if (pages === undefined) {
    pages = new Map();
    rendered.set(store, pages);
  }
  const key = `${topic.id}:${shown}`;
  let result = pages.get(key);
  if (result === undefined) {
    result = pagedEmbed({
      base: { color: COLORS.answer, title: `${topic.label} · ${facts.length} facts`, description: topic.description },
      fields: facts.map((fact) => ({ field: factField(fact), factId: fact.id })),
      page: shown,
      perPage: FACTS_PER_PAGE,
      pageId: `facts:${topic.id}`,
    });
    pages.set(key, result);
  }
  return result;
}
