import { isIrregularParticiple, isIrregularVerb, pastTense } from '../baseForms.js';
import { isStopword } from '../vocabulary.js';
import { englishDictionary } from './englishDictionary.js';
import type { ReadQuestion } from './readQuestion.js';

const DO_QUESTION = /^(?:(?:when|why|how|where) )?(?:did|does|do) (.+)$/;
const BE_QUESTION = /^(?:(?:when|why|how|where) )?(was|were|is|are|has|have|had) (.+)$/;
/** "Is it true the protests started over…": the rest is the statement in doubt, as it stands. */
const TRUE_THAT = /^(?:is it|was it|it is|it's) (?:really )?(?:true|right|correct|the case)(?: that)? (.+)$/;
/** Words in doubt that sit before a verb rather than being one: "first", "already", "really", "finally". */
const ADVERB_LIKE = /^(?:first|already|really|finally|ever|still|even|just|also|actually|eventually|later|then|suddenly)$/;
const DETERMINERS = new Set('the a an his her its their this that these those some any'.split(' '));

/** Where the predicate starts in "<subject> <predicate>": the first word past the subject's head that can be a verb. */
function predicateStart(rest: readonly string[], canBeVerb: (word: string, at: number) => boolean): number {
  for (let index = 1; index < rest.length; index += 1) {
    if (DETERMINERS.has(rest[index - 1] as string)) continue;
    if (canBeVerb(rest[index] as string, index)) return index;
  }
  return -1;
}

/**
 * What a yes/no or "when/why did…" question takes for granted, as a statement: "when did Tokayev flee?" presumes
 * "Tokayev fled", "was the mayor killed?" that "the mayor was killed". Undefined when the question is not of that
 * form, or when no word past its subject can be the verb (an irregular verb or a word in doubt after "did", a
 * participle after "was").
 */
export function premiseOf(
  read: ReadQuestion,
  inDoubt: readonly string[],
  cased: (word: string) => string,
  isWord: (word: string) => boolean = (word) => englishDictionary().has(word),
): string | undefined {
  const clause = read.text.split(', ').find((candidate) => inDoubt.some((word) => candidate.split(' ').includes(word)));
  if (clause === undefined) return undefined;
  const statement = (words: string[]): string => words.map(cased).join(' ');
  const stated = TRUE_THAT.exec(clause)?.[1];
  if (stated !== undefined) return statement(stated.split(' '));
  const done = DO_QUESTION.exec(clause);
  if (done?.[1] !== undefined) {
    const rest = done[1].split(' ');
    // "Did the protests start over bread prices": a regular verb before the word in doubt is the predicate, not the word.
    // A phrase in doubt ("turn down") is its first word here: that word is the verb, the rest its particle.
    const doubted = new Set(inDoubt.map((term) => term.split(' ')[0] as string));
    const doubtAt = rest.findIndex((word) => doubted.has(word));
    const regularVerbAt = (word: string, at: number): boolean =>
      at < doubtAt && !word.endsWith('s') && !isStopword(word) && isWord(pastTense(word, isWord));
    // A word in doubt is the verb only when nothing before it can be: "did the internet first go down" is about going.
    const canBeVerb = (word: string, at: number): boolean => isIrregularVerb(word) || regularVerbAt(word, at) || doubted.has(word);
    const firstVerb = predicateStart(rest, canBeVerb);
    const later = rest.findIndex((word, at) => at > firstVerb && isIrregularVerb(word));
    const verb =
      firstVerb >= 0 && doubted.has(rest[firstVerb] as string) && ADVERB_LIKE.test(rest[firstVerb] as string) && later > firstVerb
        ? later
        : firstVerb;
    if (verb < 0) return undefined;
    return statement([...rest.slice(0, verb), pastTense(rest[verb] as string, isWord), ...rest.slice(verb + 1)]);
  }
  const been = BE_QUESTION.exec(clause);
  if (been?.[1] !== undefined && been[2] !== undefined) {
    const rest = been[2].split(' ');
    const participle = predicateStart(rest, (word) => isIrregularParticiple(word) || /(?:ed|ing)$/.test(word));
    if (participle < 0) return undefined;
    return statement([...rest.slice(0, participle), been[1], ...rest.slice(participle)]);
  }
  return undefined;
}
