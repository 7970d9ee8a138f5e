import type { APIEmbed } from 'discord.js';
import { factsForTopic } from '../../facts/factsForTopic.js';
import { formatSource } from '../../facts/formatSource.js';
import type { Fact, Store } from '../../facts/schema.js';
import { standingFacts } from '../../facts/standingFacts.js';
import { EMBED_LIMITS, truncateAtWord } from '../limits.js';
import { COLORS } from './colors.js';
import { fitEmbed } from './embedFit.js';

const line = (fact: Fact): string => `• ${fact.claim} — *${formatSource(fact.attribution)}*`;

/** "store version 3 of 2026-11-25": what a digest is current with. */
export const asOf = (store: Store): string => `store version ${store.version.number} of ${store.version.date}`;

/**
 * The moderators' overview: one section per summary topic, each fact a line that names its source, and the store
 * version it is current with. Returns the facts it shows, so the digest can be re-rendered when one changes.
 */
export function summaryEmbed(store: Store): { embed: APIEmbed; factIds: string[] } {
  const factIds: string[] = [];
  const sections = store.topics.filter((topic) => topic.inSummary);
  const fields = sections.map((topic) => {
    const facts = factsForTopic(store, topic.id);
    let value = '';
    for (const fact of facts) {
      const next = line(fact);
      if (value.length + next.length + 1 > EMBED_LIMITS.fieldValue) break;
      value = value === '' ? next : `${value}\n${next}`;
      factIds.push(fact.id);
    }
    if (value === '' && facts[0] !== undefined) {
      factIds.push(facts[0].id);
      value = truncateAtWord(line(facts[0]), EMBED_LIMITS.fieldValue);
    }
    return { name: topic.label, value: value === '' ? '—' : value };
  });
  const embed = fitEmbed({
    color: COLORS.summary,
    title: `Summary: ${store.articles.map((article) => article.title).join('; ')}`,
    description:
      'Key figures and claims, each with its source. Claims are attributed, not established; disputed claims are listed together.',
    fields,
    footer: {
      text: `As of ${asOf(store)} · ${standingFacts(store).length} facts · /source <fact> shows any one in full`,
    },
  });
  return { embed, factIds: [...new Set(factIds)] };
}
