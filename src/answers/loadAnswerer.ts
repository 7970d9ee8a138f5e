import type { Logger } from 'pino';
import type { AnswerEnv } from '../config/env.js';
import { DEFAULT_DATA_DIR } from '../facts/dataFiles.js';
import { loadStore } from '../facts/loadStore.js';
import { createAnswerEngine } from './answerEngine.js';
import type { Answerer } from './createAnswerer.js';
import { createAnswerer } from './createAnswerer.js';
import { loadAnswerData } from './loadAnswerData.js';

/** Everything answering needs, from the data folder and the environment: the store, the engine, and the model if a key is set. */
export async function loadAnswerer(env: AnswerEnv, logger: Logger, dataDir: string = DEFAULT_DATA_DIR): Promise<Answerer> {
  const [store, answerData] = await Promise.all([loadStore(dataDir), loadAnswerData(dataDir)]);
  const engine = createAnswerEngine(store, answerData);
  // The OpenAI SDK is loaded only when a key is set: without one the bot never needs it.
  const createLlmComposer = env.OPENAI_API_KEY === undefined ? undefined : (await import('./llm/createLlmComposer.js')).createLlmComposer;
  const llm =
    env.OPENAI_API_KEY === undefined || createLlmComposer === undefined
      ? undefined
      : createLlmComposer({
          apiKey: env.OPENAI_API_KEY,
          ...(env.OPENAI_BASE_URL === undefined ? {} : { baseURL: env.OPENAI_BASE_URL }),
          model: env.OPENAI_MODEL,
          timeoutMs: env.OPENAI_TIMEOUT_MS,
          subject: answerData.subject.name,
        });
  return createAnswerer(engine, { llm, logger });
}
