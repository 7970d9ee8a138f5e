import { REST, Routes } from 'discord.js';
import type { RESTPutAPIApplicationCommandsResult } from 'discord.js';
import type { DeployEnv } from '../config/env.js';
import type { Command } from './command.js';

/**
 * Registers the commands by bulk overwrite, to one guild when DISCORD_GUILD_ID is set (instant, for development) or
 * globally; running it twice leaves the same set.
 */
export async function registerCommands(env: DeployEnv, commands: Iterable<Command>): Promise<RESTPutAPIApplicationCommandsResult> {
  const rest = new REST(env.DISCORD_API_URL === undefined ? {} : { api: env.DISCORD_API_URL }).setToken(env.DISCORD_TOKEN);
  const route =
    env.DISCORD_GUILD_ID === undefined
      ? Routes.applicationCommands(env.DISCORD_CLIENT_ID)
      : Routes.applicationGuildCommands(env.DISCORD_CLIENT_ID, env.DISCORD_GUILD_ID);
  return (await rest.put(route, { body: [...commands].map((command) => command.data.toJSON()) })) as RESTPutAPIApplicationCommandsResult;
}
