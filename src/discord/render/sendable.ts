import { MessagePayload } from 'discord.js';
import type { APIActionRowComponent, APIButtonComponent, APIEmbed, JSONEncodable, MessageFlags, RepliableInteraction } from 'discord.js';
import { withReportButton } from '../reports/reportButton.js';
import { NO_MENTIONS } from '../safeText.js';
import type { MessagePayload as Message } from './answerMessage.js';

const asIs = <Json>(json: Json): JSONEncodable<Json> => ({ toJSON: () => json });

interface Prepared {
  embeds: JSONEncodable<APIEmbed>[];
  components: JSONEncodable<APIActionRowComponent<APIButtonComponent>>[];
  allowedMentions: typeof NO_MENTIONS;
}

type Visibility = { flags?: MessageFlags.Ephemeral };

/** A remembered answer is sent again and again; it is prepared once. */
const prepared = new WeakMap<Message, Prepared>();
/** The body discord.js resolved for a prepared message, by its flags: a reply or page turn needs no other. */
const resolvedBodies = new WeakMap<Prepared, Map<number, MessagePayload['body']>>();

/**
 * A message as discord.js is given it: with the "Report a problem" button, mentions off, and the embeds and buttons
 * handed over as the Discord JSON they already are. Given plain objects, discord.js walks them converting every key
 * to snake_case, which on the hot path of an answer is a measurable part of the cost of replying.
 */
export function sendable(message: Message): Prepared {
  // A fresh object each time: discord.js writes into the options it is given.
  return { ...prepare(message) };
}

/**
 * The message as the first reply to an interaction (shown to everyone or only to the asker) or as a page turn, its
 * body already resolved. discord.js would work out the body afresh for every reply, with lazy `require` calls on the
 * way: about 30 µs, an eighth of the bot's time per answer under load. The body of an interaction reply does not
 * depend on the interaction, so discord.js works it out once per message and visibility, and each reply carries it.
 */
export function replyPayload(interaction: RepliableInteraction, message: Message, visibility: Visibility = {}): MessagePayload {
  const ready = prepare(message);
  let bodies = resolvedBodies.get(ready);
  if (bodies === undefined) {
    bodies = new Map();
    resolvedBodies.set(ready, bodies);
  }
  const flags = visibility.flags ?? 0;
  let body = bodies.get(flags);
  if (body === undefined) {
    body = MessagePayload.create(interaction, { ...ready, ...visibility }).resolveBody().body;
    bodies.set(flags, body);
  }
  // discord.js reads only the body and files of a payload whose body is set.
  const payload = new MessagePayload(interaction, ready);
  payload.body = body;
  payload.files = [];
  return payload;
}

function prepare(message: Message): Prepared {
  let ready = prepared.get(message);
  if (ready === undefined) {
    const { embeds, components } = withReportButton(message);
    ready = { embeds: embeds.map(asIs), components: components.map(asIs), allowedMentions: NO_MENTIONS };
    prepared.set(message, ready);
  }
  return ready;
}
