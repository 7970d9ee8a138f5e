import type { Logger } from 'pino';
import type { Fact } from '../facts/schema.js';
import { abstentions } from './abstention.js';
import type { Answer } from './answer.js';
import { MAX_CITATIONS } from './answer.js';
import type { AnswerEngine, AnswerOptions } from './answerEngine.js';
import { citationOf } from './composeExtractive.js';
import { checkLlmReply } from './llm/checkLlmReply.js';
import type { LlmComposer } from './llm/createLlmComposer.js';
import { factsForModel } from './llm/factsForModel.js';
import { retrievalCache } from './retrievalCache.js';

export interface Answerer {
  engine: AnswerEngine;
  /** "llm" when a model is configured; answers still fall back to "extractive" one by one. */
  mode: Answer['mode'];
  answer(question: string, options?: AnswerOptions): Promise<Answer>;
}

function missingOtherSide(cited: readonly Fact[], sent: readonly Fact[]): Fact | undefined {
  return cited.find((fact) =>
    fact.disputedBy.some((id) => sent.some((other) => other.id === id) && !cited.some((other) => other.id === id)),
  );
}

/**
 * Answers with the model when one is configured and its answer passes every check; otherwise, and on any error or
 * timeout, with the extractive answer. The model sees the standing facts even when the word match abstained, so a
 * question put in other words than the store's can still be answered; it decides whether the facts answer. Why a model
 * answer was dropped is logged.
 */
export function createAnswerer(engine: AnswerEngine, options: { llm?: LlmComposer | undefined; logger: Logger }): Answerer {
  const { llm, logger } = options;
  const retrieve = retrievalCache(engine);

  async function answer(question: string, options: AnswerOptions = {}): Promise<Answer> {
    const retrieval = retrieve(question, options);
    const extractive = retrieval.answer;
    if (llm === undefined) return extractive;
    const fallback = (reason: string, error?: unknown): Answer => {
      logger.warn({ reason, err: error, question: extractive.question }, 'model answer not used; answering from the store');
      return extractive;
    };
    const sent = factsForModel(engine.store, retrieval);
    let reply;
    try {
      reply = await llm(extractive.question, sent);
    } catch (error) {
      return fallback(error instanceof Error ? error.message : 'the model call failed', error);
    }
    if (reply.notInFacts || reply.sentences.length === 0) {
      return {
        question: extractive.question,
        answered: false,
        // The word match's own abstention says what the store lacks, which a generic one cannot.
        answer: extractive.answered ? abstentions.noDirectAnswer(engine.listedTopics) : extractive.answer,
        citations: [],
        mode: 'llm',
      };
    }
    const checked = checkLlmReply(reply, sent);
    if (!checked.ok) return fallback(checked.reason);
    const cited = [...new Set(checked.sentences.flatMap((sentence) => sentence.facts))];
    if (cited.length > MAX_CITATIONS) return fallback(`the answer cites ${cited.length} facts; at most ${MAX_CITATIONS} fit`);
    const oneSided = missingOtherSide(cited, sent);
    if (oneSided !== undefined) return fallback(`the answer cites ${oneSided.id} without the fact that disputes it`);
    return {
      question: extractive.question,
      answered: true,
      answer: checked.sentences.map((sentence) => sentence.text).join(' '),
      citations: cited.map(citationOf),
      mode: 'llm',
    };
  }

  return { engine, mode: llm === undefined ? 'extractive' : 'llm', answer };
}
