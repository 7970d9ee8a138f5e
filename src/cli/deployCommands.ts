import { DeployEnv, MISSING_TOKEN_HELP, parseEnv } from '../config/env.js';
import { loadDotEnv } from '../config/loadDotEnv.js';
import { loadCommands } from '../discord/loadCommands.js';
import { registerCommands } from '../discord/registerCommands.js';
import { exitOnStartupError } from './exitOnStartupError.js';

async function main(): Promise<void> {
  loadDotEnv();
  if ((process.env.DISCORD_TOKEN ?? '').trim() === '') {
    console.error(MISSING_TOKEN_HELP);
    process.exit(1);
  }
  const env = parseEnv(DeployEnv, process.env);
  const registered = await registerCommands(env, (await loadCommands()).values());
  const where =
    env.DISCORD_GUILD_ID === undefined ? 'globally (they may take up to an hour to appear)' : `in guild ${env.DISCORD_GUILD_ID}`;
  console.log(`Registered ${registered.length} commands ${where}: ${registered.map((command) => command.name).join(', ')}`);
}

await main().catch(exitOnStartupError);
