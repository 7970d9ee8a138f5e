import { formatSource } from '../../facts/formatSource.js';
import { numbersIn } from '../../facts/extract/parseQuantity.js';
import type { Fact } from '../../facts/schema.js';
import { isStopword, words } from '../vocabulary.js';
import type { LlmReply } from './llmReply.js';
import { unsupportedWord } from './unsupportedWord.js';

export type CheckedReply = { ok: true; sentences: { text: string; facts: Fact[] }[] } | { ok: false; reason: string };

const MENTION = /@(?:everyone|here)|<[@#][!&]?\d+>/i;

/** A markdown link, an autolink or a bare address: no fact holds one, and a link is where an injected answer sends users. */
const LINK = /\[[^\]]*\]\([^)]*\)|<[a-z][\w+.-]*:[^>\s]*>|\b[a-z][\w+.-]*:\/\/|\bwww\./i;

const ARTICLE_VOICE = /\b(?:article|reports?|reported|according)\b/i;

/** A sentence names a fact's source when it uses a distinctive word of that source ("Tokayev", "ministry"). */
function namesSourceOf(text: string, fact: Fact): boolean {
  if (fact.attribution.kind === 'article') return ARTICLE_VOICE.test(text);
  const sentenceWords = new Set(words(text));
  return words(`${formatSource(fact.attribution)} ${fact.attribution.asPrinted}`).some(
    (word) => !isStopword(word) && word.length > 2 && sentenceWords.has(word),
  );
}

/** Why a sentence cannot be shown as resting on its cited facts, or undefined when it can. */
function refusal(text: string, facts: readonly Fact[]): string | undefined {
  if (MENTION.test(text)) return 'a sentence holds mention syntax, which no fact does';
  if (LINK.test(text)) return `a sentence holds a link, which no fact does: "${text}"`;
  const quoted = new Set(facts.flatMap((fact) => [...numbersIn(fact.quote)]));
  const invented = [...numbersIn(text)].find((number) => !quoted.has(number));
  if (invented !== undefined) return `the number "${invented}" is not in any quote the sentence cites`;
  const unnamed = facts.find((fact) => !namesSourceOf(text, fact));
  if (unnamed !== undefined) return `a sentence does not say who said ${unnamed.id}: "${text}"`;
  const unsupported = unsupportedWord(text, facts);
  if (unsupported !== undefined) return `the word "${unsupported}" is not in the facts the sentence cites: "${text}"`;
  return undefined;
}

/**
 * Accepts the model's answer only if it is grounded: every cited id was sent; no sentence holds a mention or a link;
 * every sentence names the source of each fact it cites, states only numbers a cited quote holds, and uses no name,
 * number or content word its cited facts do not.
 */
export function checkLlmReply(reply: LlmReply, sent: readonly Fact[]): CheckedReply {
  const byId = new Map(sent.map((fact) => [fact.id, fact]));
  const sentences: { text: string; facts: Fact[] }[] = [];
  for (const sentence of reply.sentences) {
    const unknown = sentence.factIds.find((id) => !byId.has(id));
    if (unknown !== undefined) return { ok: false, reason: `cited fact id "${unknown}" was not among the facts sent` };
    const facts = sentence.factIds.map((id) => byId.get(id) as Fact);
    const reason = refusal(sentence.text, facts);
    if (reason !== undefined) return { ok: false, reason };
    sentences.push({ text: sentence.text, facts });
  }
  return { ok: true, sentences };
}
