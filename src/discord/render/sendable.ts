import { MessagePayload } from 'discord.js';
import type {
  APIActionRowComponent,
  APIButtonComponent,
  APIEmbed,
  Client,
  JSONEncodable,
  MessageFlags,
  RepliableInteraction,
} from 'discord.js';
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
type Body = NonNullable<MessagePayload['body']>;

/**
 * A message as discord.js is given it: with the "Report a problem" button, mentions off, and the embeds and buttons
 * handed over as the Discord JSON they already are. Given plain objects, discord.js walks them converting every key
 * to snake_case, which on the hot path of an answer is a measurable part of the cost of replying. A fresh object each
 * time: discord.js writes into the options it is given.
 */
export function sendable(message: Message): Prepared {
  const { embeds, components } = withReportButton(message);
  return { embeds: embeds.map(asIs), components: components.map(asIs), allowedMentions: NO_MENTIONS };
}

/** discord.js's body for an interaction reply without embeds or buttons, by client and then by flags. */
const emptyBodies = new WeakMap<Client, Map<number, Body>>();

/**
 * The message as the first reply to an interaction (shown to everyone or only to the asker) or as a page turn, its
 * body already resolved. discord.js would work out the body afresh for every reply, with lazy `require` calls on the
 * way: about 30 µs and a few kilobytes of garbage, a large part of the bot's own time per answer under load. Of that
 * body only the embeds and buttons differ from message to message: the rest is read from the visibility, the fixed
 * options here and the client's options, never from the interaction itself, and discord.js passes embeds and buttons
 * that are already JSON through as they are. So discord.js resolves the body once per client and visibility, and each
 * reply is that body with its own embeds and buttons in their places (the keys keep their order, so the JSON sent is
 * the same).
 */
export function replyPayload(interaction: RepliableInteraction, message: Message, visibility: Visibility = {}): MessagePayload {
  const { embeds, components } = withReportButton(message);
  // discord.js reads only the body and files of a payload whose body is set.
  const payload = new MessagePayload(interaction, {});
  payload.body = { ...emptyBody(interaction, visibility), embeds, components };
  payload.files = [];
  return payload;
}

function emptyBody(interaction: RepliableInteraction, visibility: Visibility): Body {
  let byFlags = emptyBodies.get(interaction.client);
  if (byFlags === undefined) {
    byFlags = new Map();
    emptyBodies.set(interaction.client, byFlags);
  }
  const flags = visibility.flags ?? 0;
  let body = byFlags.get(flags);
  if (body === undefined) {
    body = MessagePayload.create(interaction, { embeds: [], components: [], allowedMentions: NO_MENTIONS, ...visibility }).resolveBody()
      .body as Body;
    // A nonce must be new for each message; discord.js adds one only when the client enforces nonces, and then the
    // body is resolved for every reply.
    if (!('nonce' in body) || body.nonce === undefined) byFlags.set(flags, body);
  }
  return body;
}
