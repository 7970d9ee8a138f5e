import { DeployEnv } from '../config/env.js';
import { loadCommands } from '../discord/loadCommands.js';
import { registerCommands } from '../discord/registerCommands.js';
import { exitOnStartupError } from './exitOnStartupError.js';
import { readDiscordEnv } from './readDiscordEnv.js';

async function main(): Promise<void> {
  const env = readDiscordEnv(DeployEnv);
  const registered = await registerCommands(env, (await loadCommands()).values());
  const where =
    env.DISCORD_GUILD_ID === undefined ? 'globally (they may take up to an hour to appear)' : `in guild ${env.DISCORD_GUILD_ID}`;
  console.log(`Registered ${registered.length} commands ${where}: ${registered.map((command) => command.name).join(', ')}`);
}

await main().catch(exitOnStartupError);
