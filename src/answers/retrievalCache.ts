import { LRUCache } from 'lru-cache';
import type { AnswerEngine, AnswerOptions, Retrieval } from './answerEngine.js';

/** Enough for every question a busy server asks in a day; a retrieval holds references into the store, not copies. */
const MAX_REMEMBERED = 2_000;
/**
 * A bound on what the remembered questions and their answers weigh, in characters: long questions (free text may run
 * to thousands of characters) push out others sooner, so a flood of them cannot grow the cache past a few megabytes.
 */
const MAX_CHARACTERS = 2_000_000;
/** How many questions asked once are kept in mind, to know a question when it comes back. */
const MAX_ASKED_ONCE = 20_000;
const weight = (retrieval: Retrieval, key: string): number =>
  key.length + retrieval.answer.question.length + retrieval.answer.answer.length + 500;

/**
 * The questions asked once, by their text: only a question asked before is worth remembering the answer to. Starts
 * over when full, so a flood of new questions cannot grow it.
 */
function askedOnce(): (question: string) => boolean {
  let asked = new Set<string>();
  return (question) => {
    if (asked.has(question)) return true;
    if (asked.size >= MAX_ASKED_ONCE) asked = new Set();
    asked.add(question);
    return false;
  };
}

/**
 * The engine's answers, remembered per exact question. The same questions come back again and again (`/ask` with the
 * same words, a "Find related facts" on a quoted message), and an extractive answer depends only on the question and
 * the store, so it is worked out once per store. A reload builds a new engine, and with it a new cache.
 *
 * An answer is remembered from the second time its question is asked. Most questions in a server are asked once, and
 * remembering each of those kept thousands of answers alive long enough for the garbage collector to move them to the
 * old generation and sweep them there, which cost more than answering them.
 *
 * Callers share the remembered objects and must not change them.
 */
export function retrievalCache(engine: AnswerEngine): (question: string, options?: AnswerOptions) => Retrieval {
  const cache = () => new LRUCache<string, Retrieval>({ max: MAX_REMEMBERED, maxSize: MAX_CHARACTERS, sizeCalculation: weight });
  // One cache per kind of lookup, keyed by the text itself: the same words asked and related give different answers.
  const asked = cache();
  const related = cache();
  const seenAsked = askedOnce();
  const seenRelated = askedOnce();
  return (question, options = {}) => {
    const isRelated = options.related === true;
    const remembered = isRelated ? related : asked;
    let retrieval = remembered.get(question);
    if (retrieval === undefined) {
      retrieval = engine.answerExtractive(question, options);
      if ((isRelated ? seenRelated : seenAsked)(question)) remembered.set(question, retrieval);
    }
    return retrieval;
  };
}
