import { REST, Routes } from 'discord.js';
import { DeployEnv, MISSING_TOKEN_HELP, parseEnv } from '../config/env.js';
import { loadCommands } from '../discord/loadCommands.js';
import { loadDotEnv } from '../config/loadDotEnv.js';
import { exitOnStartupError } from './exitOnStartupError.js';

/** Registers every command in commands/ by bulk overwrite, so running it twice leaves the same set. */
async function main(): Promise<void> {
  loadDotEnv();
  if ((process.env.DISCORD_TOKEN ?? '').trim() === '') {
    console.error(MISSING_TOKEN_HELP);
    process.exit(1);
  }
  const env = parseEnv(DeployEnv, process.env);
  const commands = [...(await loadCommands()).values()].map((command) => command.data.toJSON());
  const rest = new REST(env.DISCORD_API_URL === undefined ? {} : { api: env.DISCORD_API_URL }).setToken(env.DISCORD_TOKEN);
  const route =
    env.DISCORD_GUILD_ID === undefined
      ? Routes.applicationCommands(env.DISCORD_CLIENT_ID)
      : Routes.applicationGuildCommands(env.DISCORD_CLIENT_ID, env.DISCORD_GUILD_ID);
  const registered = (await rest.put(route, { body: commands })) as unknown[];
  const where = env.DISCORD_GUILD_ID === undefined ? 'globally (may take up to an hour to appear)' : `in guild ${env.DISCORD_GUILD_ID}`;
  console.log(`Registered ${registered.length} commands ${where}: ${commands.map((command) => command.name).join(', ')}`);
}

await main().catch(exitOnStartupError);
