import type { Phrase } from './phrases.js';
import { widen } from './phrases.js';
import type { Analysis } from './tokens.js';

const LEFT = new Set(['on', 'early', 'late', 'during', 'the', 'in', 'recent', 'last', 'this', 'since']);
const RIGHT = new Set(['later', 'ago', 'earlier']);
const RELATIVE_WORDS = new Set(['later', 'ago', 'earlier', 'recent']);

/**
 * Times as printed ("on Wednesday", "early Thursday", "Hours later"), from wink-nlp's DATE, TIME and DURATION
 * entities widened over the words that anchor them. A bare duration ("two-week") is a length, not a time, so it
 * counts only when anchored ("in recent days", "Hours later").
 */
export function findTimes(text: string, { tokens, entities }: Analysis): Phrase[] {
  const times: Phrase[] = [];
  for (const entity of entities) {
    if (!['DATE', 'TIME', 'DURATION'].includes(entity.type)) continue;
    const phrase = widen(text, tokens, entity, LEFT, RIGHT);
    if (phrase === undefined) continue;
    const words = phrase.text.toLowerCase().split(/\s+/);
    if (entity.type === 'DURATION' && !words.some((word) => RELATIVE_WORDS.has(word))) continue;
    times.push(phrase);
  }
  return times;
}
