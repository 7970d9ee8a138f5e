import type { APIEmbed } from 'discord.js';
import { factsForTopic } from '../../facts/factsForTopic.js';
import { formatSource } from '../../facts/formatSource.js';
import type { Fact, Store } from '../../facts/schema.js';
import { EMBED_LIMITS, truncateAtWord } from '../limits.js';
import { COLORS } from './colors.js';
import { fitEmbed } from './embedFit.js';

const line = (fact: Fact): string => `• ${fact.claim} — *${formatSource(fact.attribution)}*`;

/** The moderators' overview: one section per summary topic, each fact a line that names its source. */
export function summaryEmbed(store: Store): APIEmbed {
  const sections = store.topics.filter((topic) => topic.inSummary);
  return fitEmbed({
    color: COLORS.summary,
    title: `Summary: ${store.articles.map((article) => article.title).join('; ')}`,
    description:
      'Key figures and claims, each with its source. Claims are attributed, not established; disputed claims are listed together.',
    fields: sections.map((topic) => {
      const lines = factsForTopic(store, topic.id).map(line);
      let value = '';
      for (const next of lines) {
        if (value.length + next.length + 1 > EMBED_LIMITS.fieldValue) break;
        value = value === '' ? next : `${value}\n${next}`;
      }
      return { name: topic.label, value: value === '' ? truncateAtWord(lines[0] ?? '—', EMBED_LIMITS.fieldValue) : value };
    }),
    footer: { text: `${store.facts.length} facts · /source <fact> shows any one in full` },
  });
}
