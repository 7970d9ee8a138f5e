import { NUMBER_WORDS, numbersIn } from '../facts/extract/parseQuantity.js';
import type { Fact } from '../facts/schema.js';
import { englishDictionary } from './question/englishDictionary.js';
import { isIrregularVerb, pastTense } from './baseForms.js';
import { isStopword, stem, wordsOfNormalized } from './vocabulary.js';
import { memoizeWord } from './memoizeWord.js';

/** Nationality adjectives to the country each names: "chinese" → "China". */
export type Demonyms = Readonly<Record<string, string>>;

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
const ORDINAL = new RegExp(`^(?:\\d+(?:st|nd|rd|th)|${ORDINALS.join('|')})$`);
const TIME_UNIT = /^(?:hours?|days?|weeks?|fortnight|months?|years?|decades?)$/;
const TIME_UNIT_IN = /\b(?:hours?|days?|weeks?|fortnight|months?|years?|decades?)\b|-(?:hour|day|week|month|year)\b/g;

const MULTIPLE = /^(doubl|tripl|quadrupl|halv)(?:e|ed|es|ing)?$/;

const unitOf = (text: string): string => text.replace(/^-/, '').replace(/s$/, '');

/**
 * Whether a fact states something else in a slot that holds one value, which the question's word fills: "5th"
 * against "ninth largest", "a month" against "two-week", "chinese-led" against "Russian-led". Then the question has a
 * detail wrong, and the fact is its correction. A place or a country alone is no such slot: the internet being back in
 * Almaty does not say it is not back in Nur-Sultan, and other words are not judged.
 */
export function statesOtherDetail(word: string, fact: Fact, demonyms: Demonyms, question: string): boolean {
  const text = `${fact.claim} ${fact.time ?? ''}`;
  const factWords = wordsOfNormalized(text.toLowerCase());
  if (ORDINAL.test(word)) return factWords.some((other) => ORDINAL.test(other) && other !== word);
  // "Did the price triple?" against "the near doubling of the price": a change by another multiple.
  const multiple = MULTIPLE.exec(word)?.[1];
  if (multiple !== undefined) return factWords.some((other) => (MULTIPLE.exec(other)?.[1] ?? multiple) !== multiple);
  if (TIME_UNIT.test(word)) return [...text.toLowerCase().matchAll(TIME_UNIT_IN)].some(([unit]) => unitOf(unit) !== unitOf(word));
  if (/^\d[\d,]*$/.test(word) || word in NUMBER_WORDS) {
    const [asked] = numbersIn(word);
    const stated = numbersIn(fact.claim);
    return stated.size > 0 && asked !== undefined && !stated.has(asked);
  }
  if (statesOtherModifier(word, text.toLowerCase(), question)) return true;
  // "Chinese-led", "led by China", "headquartered in Almaty": a bloc is led, backed or based by one country or city.
  if (!/-(?:led|based|backed)\b|\b(?:led|backed) by\b|\b(?:based|headquartered) in\b/.test(question)) return false;
  const adjective = Object.entries(demonyms).find(([, country]) => country === word)?.[0];
  const names = [word, ...(adjective === undefined ? [] : [adjective])];
  const role = names.map((name) => roleOf(name, question)).find((found) => found !== undefined);
  if (role === undefined) return false;
  return factWords.some((other) => {
    const [by, otherRole] = other.split('-');
    return otherRole === role && by !== undefined && !names.includes(by);
  });
}

/** Whether a word the question puts after another is a noun it modifies, not a verb: "prices", "airport", not "declare". */
function isNoun(word: string): boolean {
  const dictionary = englishDictionary();
  if (/(?:ed|ing)$/.test(word)) return false;
  if (word.endsWith('s') && dictionary.has(word.slice(0, -1))) return true;
  return !isIrregularVerb(word) && !dictionary.has(pastTense(word, (candidate) => dictionary.has(candidate)));
}

/** The word after a given one: compiled once per word, since each fact is checked against the same question words. */
const followingWord = memoizeWord((word) => new RegExp(`\\b${word} (\\p{L}+)`, 'u'));

const MODIFIER_STOPWORDS = new Set('the a an of its their his her this that these those its some any and or'.split(' '));

/**
 * "Over electricity prices", against "the price of liquefied petroleum gas" or "fuel prices": the question's word
 * names what a noun is of, and the fact names another. Only a common word (what the dictionary holds in lower case):
 * a place the question names may be another one the article does not report on, not a wrong one.
 */
function statesOtherModifier(word: string, factText: string, question: string): boolean {
  if (!/^\p{Ll}+$/u.test(word) || !englishDictionary().has(word)) return false;
  const noun = followingWord(word).exec(question)?.[1];
  if (noun === undefined || isStopword(noun) || !isNoun(noun)) return false;
  const nounStem = stem(noun);
  const factWords = wordsOfNormalized(factText);
  return factWords.some((factWord, at) => {
    if (stem(factWord) !== nounStem) return false;
    const before = factWords[at - 1];
    const after = factWords[at + 1];
    const named = after === 'of' ? factWords[at + 2] : before;
    return named !== undefined && named !== word && !MODIFIER_STOPWORDS.has(named) && !(after === 'of' && MODIFIER_STOPWORDS.has(named));
  });
}

/** What the question says a name leads, backs or is the base of: "chinese-led", "led by china", "based in almaty". */
function roleOf(name: string, question: string): 'led' | 'backed' | 'based' | undefined {
  const found = new RegExp(`\\b${name}-(led|based|backed)\\b|\\b(led|backed) by ${name}\\b|\\b(based|headquartered) in ${name}\\b`).exec(
    question,
  );
  const role = found?.[1] ?? found?.[2] ?? found?.[3];
  if (role === undefined) return undefined;
  return role === 'headquartered' ? 'based' : (role as 'led' | 'backed' | 'based');
}
