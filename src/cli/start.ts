import { BotEnv } from '../config/env.js';
import { createLogger } from '../config/createLogger.js';
import { Events } from 'discord.js';
import { createBot } from '../discord/createBot.js';
import { FATAL_CLOSE_CODES } from '../discord/fatalCloseCodes.js';
import { explainLoginFailure } from '../discord/explainLoginFailure.js';
import { exitOnStartupError } from './exitOnStartupError.js';
import { readDiscordEnv } from './readDiscordEnv.js';

async function main(): Promise<void> {
  const env = readDiscordEnv(BotEnv);
  const logger = createLogger(env.LOG_LEVEL);
  const bot = await createBot(env, logger);
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping: finishing the work in flight');
    void bot.stop().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'stopping failed');
        process.exit(1);
      },
    );
  };
  // Discord ends the session for good on these codes; say why and exit rather than retry forever.
  bot.client.on(Events.ShardDisconnect, (event) => {
    if (!FATAL_CLOSE_CODES.has(event.code)) return;
    const explanation = explainLoginFailure({ code: event.code, message: event.reason }, env);
    logger.fatal({ code: event.code }, explanation);
    console.error(explanation);
    void bot.stop().finally(() => process.exit(1));
  });
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  try {
    await bot.start();
  } catch (error) {
    const explanation = explainLoginFailure(error, env);
    logger.fatal({ err: error }, explanation);
    console.error(explanation);
    await bot.stop().catch(() => undefined);
    process.exit(1);
  }
}

await main().catch(exitOnStartupError);
