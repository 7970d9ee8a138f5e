import { formatSource } from '../../facts/formatSource.js';
import { numbersIn } from '../../facts/extract/parseQuantity.js';
import type { Fact } from '../../facts/schema.js';
import { isStopword, words } from '../vocabulary.js';
import type { LlmReply } from './llmReply.js';

export type CheckedReply = { ok: true; sentences: { text: string; facts: Fact[] }[] } | { ok: false; reason: string };

const MENTION = /@(?:everyone|here)|<[@#][!&]?\d+>/i;

const ARTICLE_VOICE = /\b(?:article|reports?|reported|according)\b/i;

/** A sentence names its source when it uses a distinctive word of a cited fact's source ("Tokayev", "ministry"). */
function namesASource(text: string, facts: readonly Fact[]): boolean {
  const sentenceWords = new Set(words(text));
  return facts.some((fact) => {
    if (fact.attribution.kind === 'article') return ARTICLE_VOICE.test(text);
    return words(`${formatSource(fact.attribution)} ${fact.attribution.asPrinted}`).some(
      (word) => !isStopword(word) && word.length > 2 && sentenceWords.has(word),
    );
  });
}

/**
 * Accepts the model's answer only if it is grounded: every cited id was sent, every sentence cites and names a
 * source, and every number it states appears in a quote it cites.
 */
export function checkLlmReply(reply: LlmReply, sent: readonly Fact[]): CheckedReply {
  const byId = new Map(sent.map((fact) => [fact.id, fact]));
  const sentences: { text: string; facts: Fact[] }[] = [];
  for (const sentence of reply.sentences) {
    const unknown = sentence.factIds.find((id) => !byId.has(id));
    if (unknown !== undefined) return { ok: false, reason: `cited fact id "${unknown}" was not among the facts sent` };
    const facts = sentence.factIds.map((id) => byId.get(id) as Fact);
    const quoted = new Set(facts.flatMap((fact) => [...numbersIn(fact.quote)]));
    const invented = [...numbersIn(sentence.text)].find((number) => !quoted.has(number));
    if (invented !== undefined) return { ok: false, reason: `the number "${invented}" is not in any quote the sentence cites` };
    if (!namesASource(sentence.text, facts)) return { ok: false, reason: `a sentence does not say who said it: "${sentence.text}"` };
    if (MENTION.test(sentence.text)) return { ok: false, reason: 'a sentence holds mention syntax, which no fact does' };
    sentences.push({ text: sentence.text, facts });
  }
  return { ok: true, sentences };
}
