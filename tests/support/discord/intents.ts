// Discord sends a bot only the events its IDENTIFY intents ask for, and blanks message content unless the bot has
// the privileged MessageContent intent (or is mentioned, wrote the message, or reads a DM). The stand-in does the same, so a
// bot that forgets an intent sees nothing here either, instead of passing its tests and going deaf in production.
import { GatewayDispatchEvents, GatewayIntentBits } from 'discord.js';

const GUILD_EVENTS = new Set<string>([
  GatewayDispatchEvents.GuildCreate,
  GatewayDispatchEvents.GuildUpdate,
  GatewayDispatchEvents.GuildDelete,
  GatewayDispatchEvents.ChannelCreate,
  GatewayDispatchEvents.ChannelUpdate,
  GatewayDispatchEvents.ChannelDelete,
  GatewayDispatchEvents.ChannelPinsUpdate,
]);

const MESSAGE_EVENTS = new Set<string>([
  GatewayDispatchEvents.MessageCreate,
  GatewayDispatchEvents.MessageUpdate,
  GatewayDispatchEvents.MessageDelete,
]);

/** The event as this bot receives it, or undefined when its intents filter it out. */
export function shapeForIntents(event: string, data: any, intents: number, botUserId: string): unknown {
  const has = (intent: GatewayIntentBits): boolean => (intents & intent) === intent;
  if (GUILD_EVENTS.has(event)) return has(GatewayIntentBits.Guilds) ? data : undefined;
  if (!MESSAGE_EVENTS.has(event)) return data;
  const needed = data.guild_id === undefined ? GatewayIntentBits.DirectMessages : GatewayIntentBits.GuildMessages;
  if (!has(needed)) return undefined;
  if (event === GatewayDispatchEvents.MessageDelete || has(GatewayIntentBits.MessageContent)) return data;
  const mentionsBot = (data.mentions ?? []).some((user: { id: string }) => user.id === botUserId);
  if (data.author?.id === botUserId || mentionsBot || data.guild_id === undefined) return data;
  return { ...data, content: '', embeds: [], attachments: [], components: [] };
}
