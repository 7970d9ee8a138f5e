import type { Answer } from '../answer.js';
import type { EvalItem } from './evalItem.js';

export interface Scored {
  item: EvalItem;
  answer: Answer;
  passed: boolean;
  /** Why it failed, for the report. */
  reason?: string;
}

const contains = (haystack: string, needle: string): boolean => haystack.includes(needle.toLowerCase());

/** Judges one answer against its eval item, as the eval format defines. */
export function scoreAnswer(item: EvalItem, answer: Answer): Scored {
  const fail = (reason: string): Scored => ({ item, answer, passed: false, reason });
  if (item.expect === 'abstain') return answer.answered ? fail('answered, but should have abstained') : { item, answer, passed: true };
  if (!answer.answered) return fail('abstained, but should have answered');
  const text = [answer.answer, ...answer.citations.slice(0, 2).map((citation) => citation.quote)].join(' ').toLowerCase();
  const sources = answer.citations.map((citation) => citation.source.toLowerCase());
  if (item.any !== undefined && !item.any.some((phrase) => contains(text, phrase)))
    return fail(`contains none of ${JSON.stringify(item.any)}`);
  if (item.all !== undefined && !item.all.every((phrase) => contains(text, phrase)))
    return fail(`lacks one of ${JSON.stringify(item.all)}`);
  if (item.source !== undefined && !item.source.some((wanted) => sources.some((source) => contains(source, wanted)))) {
    return fail(`cites none of ${JSON.stringify(item.source)}`);
  }
  if (item.sources_all !== undefined && !item.sources_all.every((wanted) => sources.some((source) => contains(source, wanted)))) {
    return fail(`does not cite all of ${JSON.stringify(item.sources_all)}`);
  }
  return { item, answer, passed: true };
}

export interface EvalRates {
  answerItems: number;
  answeredCorrectly: number;
  abstainItems: number;
  abstainedCorrectly: number;
}

export function evalRates(scored: readonly Scored[]): EvalRates {
  const answers = scored.filter((entry) => entry.item.expect === 'answer');
  const abstains = scored.filter((entry) => entry.item.expect === 'abstain');
  return {
    answerItems: answers.length,
    answeredCorrectly: answers.filter((entry) => entry.passed).length,
    abstainItems: abstains.length,
    abstainedCorrectly: abstains.filter((entry) => entry.passed).length,
  };
}

export const EVAL_THRESHOLD = 0.95;
