// The state one stand-in keeps: the application, its guilds, messages, commands and interactions. REST routes read
// and change it; changes the bot should hear about go out through `dispatch` on the gateway, as on Discord.
import type { APIUser, GatewayDispatchEvents } from 'discord.js';
import { createCommandStore } from './commandStore.js';
import type { CommandStore } from './commandStore.js';
import { apiUser } from './guildPayloads.js';
import type { GuildEntry, StandInGuild, StandInUser } from './guildPayloads.js';
import { createMessageStore } from './messageStore.js';
import type { MessageStore } from './messageStore.js';
import { createPendingInteractions } from './pendingInteractions.js';
import type { PendingInteractions } from './pendingInteractions.js';
import { createSnowflakes } from './snowflakes.js';
import type { NextSnowflake } from './snowflakes.js';

export interface World {
  applicationId: string;
  botUser: APIUser;
  nextId: NextSnowflake;
  guilds: Map<string, GuildEntry>;
  guildOfChannel(channelId: string): GuildEntry | undefined;
  /** Users the stand-in can show (GET /users/:id, members): the bot, guild owners, and whoever acted in a test. */
  users: Map<string, APIUser>;
  messages: MessageStore;
  commands: CommandStore;
  interactions: PendingInteractions;
  dispatch(event: GatewayDispatchEvents, data: unknown): void;
}

export function createWorld(
  options: { applicationId: string; botUser: StandInUser; guilds: StandInGuild[]; history: number },
  dispatch: World['dispatch'],
): World {
  const nextId = createSnowflakes();
  const botUser = apiUser({ ...options.botUser, bot: true });
  const joinedAt = new Date().toISOString();
  const guilds = new Map(
    options.guilds.map((definition): [string, GuildEntry] => [definition.id, { definition, botRoleId: nextId(), joinedAt }]),
  );
  const users = new Map<string, APIUser>([[botUser.id, botUser]]);
  for (const { ownerId } of options.guilds) {
    if (!users.has(ownerId)) users.set(ownerId, apiUser({ id: ownerId, username: `owner-${ownerId}` }));
  }
  return {
    applicationId: options.applicationId,
    botUser,
    nextId,
    guilds,
    guildOfChannel: (channelId) =>
      [...guilds.values()].find((entry) => entry.definition.channels.some((channel) => channel.id === channelId)),
    users,
    messages: createMessageStore(options.history),
    commands: createCommandStore(options.applicationId, nextId),
    interactions: createPendingInteractions(options.history),
    dispatch,
  };
}
