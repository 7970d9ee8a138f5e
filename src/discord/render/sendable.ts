import type { APIActionRowComponent, APIButtonComponent, APIEmbed, JSONEncodable, MessageFlags } from 'discord.js';
import { withReportButton } from '../reports/reportButton.js';
import { NO_MENTIONS } from '../safeText.js';
import type { MessagePayload } from './answerMessage.js';

const asIs = <Json>(json: Json): JSONEncodable<Json> => ({ toJSON: () => json });

interface Prepared {
  embeds: JSONEncodable<APIEmbed>[];
  components: JSONEncodable<APIActionRowComponent<APIButtonComponent>>[];
  allowedMentions: typeof NO_MENTIONS;
}

/** A remembered answer is sent again and again; it is prepared once. */
const prepared = new WeakMap<MessagePayload, Prepared>();

/**
 * A message as discord.js is given it: with the "Report a problem" button, mentions off, and the embeds and buttons
 * handed over as the Discord JSON they already are. Given plain objects, discord.js walks them converting every key
 * to snake_case, which on the hot path of an answer is a measurable part of the cost of replying.
 */
export function sendable(message: MessagePayload): Prepared {
  // A fresh object each time: discord.js writes into the options it is given.
  return { ...prepare(message) };
}

/** The same, as the first reply to an interaction, shown to everyone or only to the asker. */
export function sendableReply(message: MessagePayload, visibility: { flags?: MessageFlags.Ephemeral } = {}): Prepared & typeof visibility {
  return { ...prepare(message), ...visibility };
}

function prepare(message: MessagePayload): Prepared {
  let ready = prepared.get(message);
  if (ready === undefined) {
    const { embeds, components } = withReportButton(message);
    ready = { embeds: embeds.map(asIs), components: components.map(asIs), allowedMentions: NO_MENTIONS };
    prepared.set(message, ready);
  }
  return ready;
}
