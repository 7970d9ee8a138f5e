// Discord echoes every message change in a guild channel over the gateway, the bot's own messages included; a bot
// that answers messages and forgets to ignore its own output loops here as it would in a guild.
import { GatewayDispatchEvents } from 'discord.js';
import type { StoredMessage } from './messageStore.js';
import type { World } from './world.js';

function withGuild(world: World, message: StoredMessage, roles: string[]): object {
  const guild = world.guildOfChannel(message.channel_id);
  if (!guild) return message;
  const authorRoles = message.author.id === world.botUser.id ? [guild.botRoleId] : roles;
  const member = { roles: authorRoles, joined_at: guild.joinedAt, deaf: false, mute: false, flags: 0, nick: null };
  return { ...message, guild_id: guild.definition.id, ...(message.webhook_id === undefined ? { member } : {}) };
}

export function announceCreated(world: World, message: StoredMessage, authorRoles: string[] = []): void {
  world.dispatch(GatewayDispatchEvents.MessageCreate, withGuild(world, message, authorRoles));
}

export function announceUpdated(world: World, message: StoredMessage): void {
  world.dispatch(GatewayDispatchEvents.MessageUpdate, withGuild(world, message, []));
}

export function announceDeleted(world: World, message: StoredMessage): void {
  const guild = world.guildOfChannel(message.channel_id);
  world.dispatch(GatewayDispatchEvents.MessageDelete, {
    id: message.id,
    channel_id: message.channel_id,
    ...(guild ? { guild_id: guild.definition.id } : {}),
  });
}

export function announcePins(world: World, channelId: string): void {
  const guild = world.guildOfChannel(channelId);
  world.dispatch(GatewayDispatchEvents.ChannelPinsUpdate, {
    channel_id: channelId,
    last_pin_timestamp: new Date().toISOString(),
    ...(guild ? { guild_id: guild.definition.id } : {}),
  });
}
