import type { Client } from 'discord.js';
import type { Logger } from 'pino';
import type { AnswerEnv } from '../../config/env.js';
import { formatProblem, StoreInvalidError } from '../../facts/problem.js';
import { standingFacts } from '../../facts/standingFacts.js';
import type { StoreVersion } from '../../facts/schema.js';
import type { BotContext } from '../botContext.js';
import { loadFacts } from '../loadFacts.js';
import type { CorrectionTally } from './applyCorrections.js';
import { applyCorrections } from './applyCorrections.js';

export type ReloadOutcome =
  | {
      ok: true;
      previous: StoreVersion;
      version: StoreVersion;
      /** Facts that still stand (retracted ones left out). */
      facts: number;
      total: CorrectionTally;
      byGuild: Map<string, CorrectionTally>;
    }
  | { ok: false; problems: string[] };

/**
 * Reloading the facts: read and check the store, swap it in, then bring earlier answers up to date. Passes run one at
 * a time, so a reload during the start-up pass cannot edit a message twice for the same change.
 */
export function createFactsReloader(options: { env: AnswerEnv; logger: Logger; dataDir: string }) {
  const { env, logger, dataDir } = options;
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.catch(() => undefined).then(work);
    queue = next;
    return next;
  };

  return {
    /** Brings earlier answers up to date with the store already loaded (at start). */
    correct: (client: Client, context: BotContext) => serially(() => applyCorrections(client, context)),
    reload: (client: Client, context: BotContext): Promise<ReloadOutcome> =>
      serially(async () => {
        let loaded;
        try {
          loaded = await loadFacts(env, logger, dataDir);
        } catch (error) {
          if (!(error instanceof StoreInvalidError)) throw error;
          logger.error(
            { problems: error.problems.length },
            'reload refused: the fact store is invalid; still answering from the current one',
          );
          return { ok: false, problems: error.problems.map(formatProblem) };
        }
        const previous = context.store.version;
        Object.assign(context, loaded);
        logger.info({ from: previous.number, to: loaded.store.version.number, facts: loaded.store.facts.length }, 'facts reloaded');
        const { total, byGuild } = await applyCorrections(client, context);
        const facts = standingFacts(loaded.store).length;
        return { ok: true, previous, version: loaded.store.version, facts, total, byGuild };
      }),
  };
}
