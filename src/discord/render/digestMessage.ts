import type { Store } from '../../facts/schema.js';
import { withReportButton } from '../reports/reportButton.js';
import type { MessagePayload } from './answerMessage.js';
import { summaryEmbed } from './summaryEmbed.js';

/** The summary as a message of its own: posted and pinned by /summary, re-rendered whenever the store changes. */
export function digestMessage(store: Store): MessagePayload {
  const { embed, factIds } = summaryEmbed(store);
  return withReportButton({ embeds: [embed], components: [], factIds });
}
