import type { Store } from '../../facts/schema.js';
import type { MessagePayload } from './answerMessage.js';
import { summaryEmbed } from './summaryEmbed.js';

/**
 * The summary as a message of its own: posted and pinned by /summary, re-rendered whenever the store changes. Like
 * every message, it gets its "Report a problem" button where it is sent.
 */
export function digestMessage(store: Store): MessagePayload {
  const { embed, factIds } = summaryEmbed(store);
  return { embeds: [embed], components: [], factIds };
}
