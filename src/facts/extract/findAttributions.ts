import type { Token } from './tokens.js';

export interface AttributionMention {
  /** The words naming the source, as printed: "the deputy mayor", "He". */
  asPrinted: string;
  verb: string;
  /** Offsets of the whole mention (source and verb) within the sentence. */
  start: number;
  end: number;
  /** For a pronoun, the printed name of the last named source it stands for. */
  resolvedFrom?: string;
}

const REPORTING_VERBS = new Set([
  'said',
  'says',
  'say',
  'claimed',
  'claims',
  'reported',
  'reports',
  'vowed',
  'told',
  'announced',
  'stated',
  'added',
  'warned',
  'insisted',
  'denied',
  'confirmed',
]);

const SPEAKER_PRONOUNS = new Set(['he', 'she', 'they', 'it']);

/** Parts of speech a source's noun phrase is made of ("the Kazakh Interior Ministry", "Russian-led military coalition"). */
const NOUN_PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM', 'PART']);

const isVerb = (token: Token | undefined): boolean => token !== undefined && REPORTING_VERBS.has(token.text.toLowerCase());

/** Extends a phrase over hyphen-joined words such as "Russian-led", which the tagger splits into three tokens. */
const isHyphenLink = (tokens: Token[], index: number): boolean => {
  const token = tokens[index];
  return token?.text === '-' && token.joined && tokens[index + 1]?.joined === true;
};

function phraseBefore(tokens: Token[], verbIndex: number): { first: number; last: number } | undefined {
  let last = verbIndex - 1;
  while (last >= 0 && tokens[last]?.pos === 'ADV') last -= 1;
  let first = last + 1;
  for (let index = last; index >= 0; index -= 1) {
    const token = tokens[index];
    if (token === undefined) break;
    const partOfCompound = isHyphenLink(tokens, index) || isHyphenLink(tokens, index - 1) || isHyphenLink(tokens, index + 1);
    if (!NOUN_PHRASE_POS.has(token.pos) && !partOfCompound) break;
    first = index;
  }
  return first <= last ? { first, last } : undefined;
}

function phraseAfter(tokens: Token[], verbIndex: number): { first: number; last: number } | undefined {
  let last = verbIndex;
  for (let index = verbIndex + 1; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (token === undefined || (!NOUN_PHRASE_POS.has(token.pos) && !isHyphenLink(tokens, index))) break;
    last = index;
  }
  return last > verbIndex ? { first: verbIndex + 1, last } : undefined;
}

function mentionAt(sentence: string, tokens: Token[], verbIndex: number): AttributionMention | undefined {
  const verb = tokens[verbIndex];
  if (verb === undefined) return undefined;
  const before = phraseBefore(tokens, verbIndex);
  // "..., said Armenian Prime Minister Nikol Pashinyan": the source follows the verb after a comma.
  const afterComma = tokens[verbIndex - 1]?.text === ',' ? phraseAfter(tokens, verbIndex) : undefined;
  const phrase = afterComma ?? before;
  if (phrase === undefined) return undefined;
  const first = tokens[phrase.first];
  const last = tokens[phrase.last];
  if (first === undefined || last === undefined) return undefined;
  const asPrinted = sentence.slice(first.start, last.end);
  const start = Math.min(first.start, verb.start);
  const end = Math.max(last.end, verb.end);
  return { asPrinted, verb: verb.text.toLowerCase(), start, end };
}

function accordingTo(sentence: string, tokens: Token[], index: number): AttributionMention | undefined {
  const according = tokens[index];
  if (according?.text.toLowerCase() !== 'according' || tokens[index + 1]?.text.toLowerCase() !== 'to') return undefined;
  const phrase = phraseAfter(tokens, index + 1);
  const last = phrase === undefined ? undefined : tokens[phrase.last];
  const first = phrase === undefined ? undefined : tokens[phrase.first];
  if (first === undefined || last === undefined) return undefined;
  return { asPrinted: sentence.slice(first.start, last.end), verb: 'according to', start: according.start, end: last.end };
}

/** A caption ends with its photo credit in parentheses: "(Yan Blagov/AP)". */
function photoCredit(sentence: string): AttributionMention | undefined {
  const match = /\(([^()]+?\s*\/\s*[^()]+)\)\s*$/.exec(sentence);
  if (match?.[1] === undefined) return undefined;
  return { asPrinted: match[1], verb: 'photographed', start: match.index, end: sentence.length };
}

/**
 * Finds who is said to have said what in one sentence: "X said", "said X", "according to X", "X claimed",
 * "X reported", and photo credits. A pronoun ("He also said") is carried to the last named source,
 * which the caller passes in and gets back updated.
 */
export function findAttributions(
  sentence: string,
  tokens: Token[],
  lastNamed: string | undefined,
): { mentions: AttributionMention[]; lastNamed: string | undefined } {
  const mentions: AttributionMention[] = [];
  let named = lastNamed;
  for (let index = 0; index < tokens.length; index += 1) {
    const mention = isVerb(tokens[index]) ? mentionAt(sentence, tokens, index) : accordingTo(sentence, tokens, index);
    if (mention === undefined) continue;
    if (SPEAKER_PRONOUNS.has(mention.asPrinted.toLowerCase())) {
      if (named !== undefined) mentions.push({ ...mention, resolvedFrom: named });
    } else {
      mentions.push(mention);
      named = mention.asPrinted;
    }
  }
  const credit = photoCredit(sentence);
  if (credit !== undefined) mentions.push(credit);
  return { mentions, lastNamed: named };
}
