import type { QueryTerm } from './analyzeQuestion.js';
import type { CoveredTerm } from './coverage.js';
import { isStopword } from './vocabulary.js';

/** A verb that opens a second clause ("…or did they escalate") or closes a second noun ("police or troops were…"). */
const AUXILIARY = new Set('did does do was were is are has have had will would could can get got be been being'.split(' '));
const PRONOUN = new Set('they it he she we you there'.split(' '));
/** "…or not" and "…or what" ask whether, not which. */
const NO_ALTERNATIVE = new Set('not no never nothing what'.split(' '));
const MAX_WORDS = 3;
/** "Did the attackers get killed too, or just police?": the choice is between the clause's subject and what follows. */
const TOO = new Set(['too', 'also']);
const ONLY = new Set(['just', 'only', 'merely']);

const isWord = (token: string): boolean => /^[\p{L}\p{N}'-]+$/u.test(token);
const bare = (token: string): string => token.replace(/[^\p{L}\p{N}'-]+$/u, '');

/**
 * The two things an "A or B" question offers to choose between, as the words each names: "were they protesters or
 * attackers" → [protesters], [attackers]; "did the protests stay small or did they escalate quickly" → [protests, stay,
 * small], [escalate, quickly]. The first runs back from "or" to a function word or a comma; the second runs on to the
 * question's end when it opens a clause of its own, and is as long as the first when it does not, so the verb they
 * share ("…or tourists get hurt") is neither's; so is a noun both share before them ("were any journalists killed or
 * hurt" → [killed], [hurt]). Undefined when either side names nothing.
 */
export function alternativesOf(question: string): [string[], string[]] | undefined {
  const tokens = question.split(/\s+/).filter((token) => token !== '');
  // "Attackers vs security forces": set against each other, two things are offered as "or" offers them.
  const or = tokens.findIndex((token) => token === 'or' || token === 'vs' || token === 'vs.' || token === 'versus');
  if (or <= 0) return undefined;
  if (TOO.has(bare(tokens[or - 1] as string)) && ONLY.has(tokens[or + 1] ?? '')) return subjectOrOnly(tokens, or);
  const first: string[] = [];
  for (let index = or - 1; index >= 0 && first.length < MAX_WORDS; index -= 1) {
    const token = tokens[index] as string;
    if (!isWord(token) || isStopword(token) || AUXILIARY.has(token)) break;
    first.unshift(token);
  }
  let start = or + 1;
  const clause = AUXILIARY.has(bare(tokens[start] ?? ''));
  if (clause) start += 1;
  // "…or did they get worse": a clause's subject and its auxiliaries come before what it offers.
  const opensClause = (word: string): boolean => PRONOUN.has(word) || isStopword(word) || (clause && AUXILIARY.has(word));
  while (start < tokens.length && opensClause(bare(tokens[start] as string))) start += 1;
  const second = sideFrom(tokens, start, clause ? MAX_WORDS + 1 : first.length, NO_ALTERNATIVE);
  if (first.length === 0 || second.length === 0) return undefined;
  // "were any journalists killed or hurt": what the shorter second side leaves over at the first's start is shared.
  return [clause ? first : first.slice(-second.length), second];
}

/**
 * "Did the attackers get killed too, or just police?" → [attackers], [police]: the first side is the subject after
 * the opening auxiliary, as many words as the second side has.
 */
function subjectOrOnly(tokens: readonly string[], or: number): [string[], string[]] | undefined {
  const second = sideFrom(tokens, or + 2, MAX_WORDS);
  if (!AUXILIARY.has(tokens[0] ?? '')) return undefined;
  const subject: string[] = [];
  for (let index = 1; index < or - 1 && subject.length < second.length; index += 1) {
    const word = tokens[index] as string;
    if (AUXILIARY.has(word) || !isWord(word)) break;
    if (!isStopword(word)) subject.push(word);
  }
  return subject.length === 0 || second.length === 0 ? undefined : [subject, second];
}

/**
 * The words of a side read on from `start`: at most `limit`, up to a function word, an auxiliary, one of `stops`, or
 * the word that ends in punctuation.
 */
function sideFrom(tokens: readonly string[], start: number, limit: number, stops: ReadonlySet<string> = new Set()): string[] {
  const side: string[] = [];
  for (let index = start; index < tokens.length && side.length < limit; index += 1) {
    const token = tokens[index] as string;
    const word = bare(token);
    if (word === '' || isStopword(word) || AUXILIARY.has(word) || stops.has(word)) break;
    side.push(word);
    if (word !== token) break;
  }
  return side;
}

/** The alternatives' words when the store covers neither alternative's words that ask something; otherwise none. */
export function neitherAlternative(terms: readonly QueryTerm[], covered: readonly CoveredTerm[]): QueryTerm[] {
  const asking = terms.filter((term) => term.alternative?.required === true);
  return asking.length === 0 || covered.some((entry) => entry.term.alternative?.required === true) ? [] : asking;
}
