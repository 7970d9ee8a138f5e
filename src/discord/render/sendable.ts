import type { JSONEncodable } from 'discord.js';
import { withReportButton } from '../reports/reportButton.js';
import { NO_MENTIONS } from '../safeText.js';
import type { MessagePayload } from './answerMessage.js';

const asIs = <Json>(json: Json): JSONEncodable<Json> => ({ toJSON: () => json });

/**
 * A message as discord.js is given it: with the "Report a problem" button, mentions off, and the embeds and buttons
 * handed over as the Discord JSON they already are. Given plain objects, discord.js walks them converting every key
 * to snake_case, which on the hot path of an answer is a measurable part of the cost of replying.
 */
export function sendable(message: MessagePayload) {
  const { embeds, components } = withReportButton(message);
  return { embeds: embeds.map(asIs), components: components.map(asIs), allowedMentions: NO_MENTIONS };
}
