import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import type { Answerer } from '../answers/createAnswerer.js';
import { loadAnswerer } from '../answers/loadAnswerer.js';
import type { AnswerEnv } from '../config/env.js';
import type { Store } from '../facts/schema.js';
import type { BotContext } from './botContext.js';

/** The parts of the context that come from the data folder and are replaced together on a reload. */
export type LoadedFacts = Pick<BotContext, 'store' | 'articleTexts' | 'answerer' | 'storeTag'>;

const storeTagOf = (store: Store): string =>
  createHash('sha256')
    .update(store.articles.map((article) => article.sha256).join(','))
    .update(store.facts.map((fact) => fact.id).join(','))
    .digest('base64url')
    .slice(0, 8);

async function readArticleTexts(store: Store, dataDir: string): Promise<Map<string, string>> {
  return new Map(
    await Promise.all(
      store.articles.map(async (article) => [article.id, await readFile(path.join(dataDir, article.file), 'utf8')] as const),
    ),
  );
}

/** Reads and checks the store, and builds what answers from it; throws StoreInvalidError for an invalid store. */
export async function loadFacts(env: AnswerEnv, logger: Logger, dataDir: string, answerer?: Answerer): Promise<LoadedFacts> {
  const loaded = answerer ?? (await loadAnswerer(env, logger, dataDir));
  const store = loaded.engine.store;
  return { store, articleTexts: await readArticleTexts(store, dataDir), answerer: loaded, storeTag: storeTagOf(store) };
}
